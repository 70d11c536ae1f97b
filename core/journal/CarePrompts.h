#pragma once

#include "core/common/Result.h"
#include "core/journal/CheckIn.h"
#include "core/journal/PainTrends.h"

#include <QDate>
#include <QList>
#include <QString>

namespace carrywell::core {

class Journal;

/// A gentle suggestion to see a clinician, with the reason it was shown.
struct CarePrompt
{
    /// Stable: "high-pain", or the warning sign's id ("leaking", "numbness",
    /// "night-pain"); kept in settings when hidden.
    QString id;
    QString title;
    QString text;
};

/// When to suggest a doctor or a pelvic-floor physiotherapist, following the
/// articles behind Carrywell ("if you're experiencing severe pain, please
/// check in with a doc"; leaking and a tight pelvic floor; lingering pain)
/// and the symptoms' "see a clinician" lists.
class CarePrompts
{
public:
    /// Days of high pain in a row that make a prompt.
    static constexpr int highPainDays = 3;
    /// A day's average at or above this counts as high pain.
    static constexpr double highPain = 7.0;
    /// How far back a high-pain run or a warning sign still counts.
    static constexpr int recentDays = 14;

    /// The prompts for the recent journal as of `today`: `days` are daily
    /// averages and `checkIns` the check-ins of the last recentDays days (or
    /// more). A warning sign counts when it was ticked (CheckIn::warningSigns)
    /// or when a note speaks of it in her own words.
    static QList<CarePrompt> find(const QList<DailyAverage>& days, const QList<CheckIn>& checkIns,
                                  QDate today);

    /// The prompts for the journal as it is now: its recent days read and
    /// passed to find().
    static Result<QList<CarePrompt>> current(Journal& journal, QDate today);

    /// The longest run of consecutive high-pain days among `days` that ends
    /// within the last recentDays days.
    static int recentHighPainRun(const QList<DailyAverage>& days, QDate today);
};

} // namespace carrywell::core
