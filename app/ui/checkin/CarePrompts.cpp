#include "ui/checkin/CarePrompts.h"

#include "core/journal/JournalHistory.h"
#include "core/journal/PainTrends.h"
#include "core/journal/WarningSign.h"

#include <QCoreApplication>

#include <algorithm>

namespace carrywell::ui {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::ui::CarePrompts)
};

CarePrompt promptFor(core::WarningSign sign)
{
    switch (sign) {
    case core::WarningSign::Leaking:
        return {core::toId(sign), Tr::tr("Leaking is worth a check"),
                Tr::tr("You noted leaking. It is common after birth, but you do not have to put up "
                       "with it: a pelvic-floor physiotherapist can help. Every new parent can "
                       "benefit from a pelvic-floor check.")};
    case core::WarningSign::Numbness:
        return {core::toId(sign), Tr::tr("Numbness needs a doctor"),
                Tr::tr("You noted numbness or tingling. Please see your doctor about it. Numbness "
                       "around your bottom or genitals, or new trouble controlling your bladder or "
                       "bowels, needs urgent medical help.")};
    case core::WarningSign::NightPain:
        return {
            core::toId(sign), Tr::tr("Pain that wakes you"),
            Tr::tr("You noted pain that woke you. Pain that wakes you at night and does not ease "
                   "when you change position, or comes with a fever, is worth showing your "
                   "doctor.")};
    }
    return {};
}

} // namespace

int CarePrompts::recentHighPainRun(const QList<core::DailyAverage>& days, QDate today)
{
    const QDate since = today.addDays(1 - recentDays);
    int longest = 0;
    int run = 0;
    QDate previous;
    for (const core::DailyAverage& day : days) {
        if (day.day > today)
            break;
        if (day.average >= highPain) {
            run = (previous.isValid() && previous.daysTo(day.day) == 1 && run > 0) ? run + 1 : 1;
            if (day.day >= since)
                longest = std::max(longest, run);
        } else {
            run = 0;
        }
        previous = day.day;
    }
    return longest;
}

QList<CarePrompt> CarePrompts::find(const QList<core::DailyAverage>& days,
                                    const QList<core::CheckIn>& checkIns, QDate today)
{
    QList<CarePrompt> prompts;
    const int run = recentHighPainRun(days, today);
    if (run >= highPainDays) {
        prompts.append(
            {QStringLiteral("high-pain"), Tr::tr("Severe pain for several days"),
             Tr::tr(
                 "Your pain has been 7 or more for %1 days in a row. Pain this strong that "
                 "lasts is worth a visit to your doctor or a physiotherapist; you do not have to "
                 "push through it.")
                 .arg(run)});
    }
    const QDate since = today.addDays(1 - recentDays);
    QList<core::WarningSign> seen;
    for (const core::CheckIn& checkIn : checkIns) {
        if (checkIn.localDate() < since || checkIn.localDate() > today)
            continue;
        // The signs she ticked, and those her note speaks of in her own words.
        seen.append(checkIn.warningSigns);
        seen.append(core::warningSignsMentionedIn(checkIn.note));
    }
    for (const core::WarningSign sign : core::allValues<core::WarningSign>()) {
        if (seen.contains(sign))
            prompts.append(promptFor(sign));
    }
    return prompts;
}

core::Result<QList<CarePrompt>> CarePrompts::current(core::Journal& journal, QDate today)
{
    const core::DateRange recent{today.addDays(1 - recentDays), today};
    const core::Result<QList<core::DailyAverage>> days =
        core::PainTrends(journal).dailyAverages(recent);
    if (!days)
        return core::Error{days.error()};
    const core::Result<QList<core::CheckIn>> checkIns =
        core::JournalHistory(journal).checkIns(recent);
    if (!checkIns)
        return core::Error{checkIns.error()};
    return find(days.value(), checkIns.value(), today);
}

} // namespace carrywell::ui
