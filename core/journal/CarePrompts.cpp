#include "core/journal/CarePrompts.h"

#include "core/common/Translate.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/PainTrends.h"
#include "core/journal/WarningSign.h"

#include <QCoreApplication>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::CarePrompts);

namespace carrywell::core {
namespace {

CarePrompt promptFor(WarningSign sign)
{
    switch (sign) {
    case WarningSign::Leaking:
        return {toId(sign), tr("Leaking is worth a check"),
                tr("You noted leaking. It is common after birth, but you do not have to put up "
                   "with it: a pelvic-floor physiotherapist can help. Every new parent can "
                   "benefit from a pelvic-floor check.")};
    case WarningSign::Numbness:
        return {toId(sign), tr("Numbness needs a doctor"),
                tr("You noted numbness or tingling. Please see your doctor about it. Numbness "
                   "around your bottom or genitals, or new trouble controlling your bladder or "
                   "bowels, needs urgent medical help.")};
    case WarningSign::NightPain:
        return {toId(sign), tr("Pain that wakes you"),
                tr("You noted pain that woke you. Pain that wakes you at night and does not ease "
                   "when you change position, or comes with a fever, is worth showing your "
                   "doctor.")};
    }
    return {};
}

} // namespace

int CarePrompts::recentHighPainRun(const QList<DailyAverage>& days, QDate today)
{
    const QDate since = today.addDays(1 - recentDays);
    int longest = 0;
    int run = 0;
    QDate previous;
    for (const DailyAverage& day : days) {
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

QList<CarePrompt> CarePrompts::find(const QList<DailyAverage>& days, const QList<CheckIn>& checkIns,
                                    QDate today)
{
    QList<CarePrompt> prompts;
    const int run = recentHighPainRun(days, today);
    if (run >= highPainDays) {
        prompts.append(
            {QStringLiteral("high-pain"), tr("Severe pain for several days"),
             tr("Your pain has been 7 or more for %1 days in a row. Pain this strong that "
                "lasts is worth a visit to your doctor or a physiotherapist; you do not have to "
                "push through it.")
                 .arg(run)});
    }
    const QDate since = today.addDays(1 - recentDays);
    QList<WarningSign> seen;
    for (const CheckIn& checkIn : checkIns) {
        if (checkIn.localDate() < since || checkIn.localDate() > today)
            continue;
        // The signs she ticked, and those her note speaks of in her own words.
        seen.append(checkIn.warningSigns);
        seen.append(warningSignsMentionedIn(checkIn.note));
    }
    for (const WarningSign sign : allValues<WarningSign>()) {
        if (seen.contains(sign))
            prompts.append(promptFor(sign));
    }
    return prompts;
}

Result<QList<CarePrompt>> CarePrompts::current(Journal& journal, QDate today)
{
    const DateRange recent{today.addDays(1 - recentDays), today};
    const Result<QList<DailyAverage>> days = PainTrends(journal).dailyAverages(recent);
    if (!days)
        return Error{days.error()};
    const Result<QList<CheckIn>> checkIns = JournalHistory(journal).checkIns(recent);
    if (!checkIns)
        return Error{checkIns.error()};
    return find(days.value(), checkIns.value(), today);
}

} // namespace carrywell::core
