#include "ui/journal/JournalText.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::ui::JournalText);

namespace carrywell::ui {
namespace {

QString briefName(core::WarningSign sign)
{
    switch (sign) {
    case core::WarningSign::Leaking:
        return tr("Leaking");
    case core::WarningSign::Numbness:
        return tr("Numbness");
    case core::WarningSign::NightPain:
        return tr("Night pain");
    }
    return {};
}

} // namespace

QString JournalText::painWord(int score)
{
    if (score <= 0)
        return tr("no pain");
    if (score <= 3)
        return tr("mild");
    if (score <= 6)
        return tr("moderate");
    if (score <= 9)
        return tr("severe");
    return tr("worst imaginable");
}

QHash<core::Region, QString> JournalText::regionNames(const core::ContentLibrary& library)
{
    QHash<core::Region, QString> names;
    for (const core::Region region : core::allValues<core::Region>())
        names.insert(region, core::toId(region));
    for (const core::RegionInfo& info : library.regions())
        names.insert(info.region, info.name);
    return names;
}

QString JournalText::regions(const core::CheckIn& checkIn,
                             const QHash<core::Region, QString>& names)
{
    QStringList parts;
    for (const core::RegionScore& entry : checkIn.regions)
        parts.append(tr("%1 %2").arg(names.value(entry.region, core::toId(entry.region)),
                                     core::LocaleFormat::number(entry.score)));
    return parts.join(tr(", "));
}

QString JournalText::triggers(const core::CheckIn& checkIn)
{
    QStringList parts;
    for (const core::Trigger trigger : checkIn.triggers)
        parts.append(core::displayName(trigger));
    return parts.join(tr(", "));
}

QString JournalText::warningSigns(const core::CheckIn& checkIn)
{
    QStringList parts;
    for (const core::WarningSign sign : checkIn.warningSigns)
        parts.append(core::displayName(sign));
    return parts.join(tr(", "));
}

QString JournalText::briefWarningSigns(const core::CheckIn& checkIn)
{
    QStringList parts;
    for (const core::WarningSign sign : checkIn.warningSigns)
        parts.append(briefName(sign));
    return parts.join(tr(", "));
}

} // namespace carrywell::ui
