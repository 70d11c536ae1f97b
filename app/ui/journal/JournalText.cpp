#include "ui/journal/JournalText.h"

#include "core/common/LocaleFormat.h"

#include <QCoreApplication>

namespace carrywell::ui {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::JournalText)
};

QString briefName(core::WarningSign sign)
{
    switch (sign) {
    case core::WarningSign::Leaking:
        return Tr::tr("Leaking");
    case core::WarningSign::Numbness:
        return Tr::tr("Numbness");
    case core::WarningSign::NightPain:
        return Tr::tr("Night pain");
    }
    return {};
}

} // namespace

QString JournalText::painWord(int score)
{
    if (score <= 0)
        return Tr::tr("no pain");
    if (score <= 3)
        return Tr::tr("mild");
    if (score <= 6)
        return Tr::tr("moderate");
    if (score <= 9)
        return Tr::tr("severe");
    return Tr::tr("worst imaginable");
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
        parts.append(Tr::tr("%1 %2").arg(names.value(entry.region, core::toId(entry.region)),
                                         core::LocaleFormat::number(entry.score)));
    return parts.join(Tr::tr(", "));
}

QString JournalText::triggers(const core::CheckIn& checkIn)
{
    QStringList parts;
    for (const core::Trigger trigger : checkIn.triggers)
        parts.append(core::displayName(trigger));
    return parts.join(Tr::tr(", "));
}

QString JournalText::warningSigns(const core::CheckIn& checkIn)
{
    QStringList parts;
    for (const core::WarningSign sign : checkIn.warningSigns)
        parts.append(core::displayName(sign));
    return parts.join(Tr::tr(", "));
}

QString JournalText::briefWarningSigns(const core::CheckIn& checkIn)
{
    QStringList parts;
    for (const core::WarningSign sign : checkIn.warningSigns)
        parts.append(briefName(sign));
    return parts.join(Tr::tr(", "));
}

} // namespace carrywell::ui
