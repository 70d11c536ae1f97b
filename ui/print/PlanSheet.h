#pragma once

#include "core/content/ContentLibrary.h"
#include "core/plan/WeeklyPlan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace carrywell::ui {

/// A weekly plan with everything its printed sheet shows, looked up in the
/// library once: names, doses, one cue and one picture per exercise, and the
/// sheet's words. Both layouts paint from this.
struct PlanSheet
{
    struct Item
    {
        QString name;
        QString dosage;                                   ///< "2 sets × 10 reps · each side".
        QString cue;                                      ///< One short line to remember it by.
        const core::Exercise* exercise = nullptr;         ///< Null when the library lacks it.
        const core::Illustration* illustration = nullptr; ///< Null when it has no drawing.
        int step = -1;                                    ///< The illustration step to show.
    };

    struct Day
    {
        QDate date;
        bool rest = true;
        int minutes = 0; ///< To the nearest minute, at most the minutes a day she chose.
        QList<Item> items;
    };

    QDate weekStart;
    QList<Day> days; ///< Monday to Sunday.

    static PlanSheet from(const core::WeeklyPlan& plan, const core::ContentLibrary& library);

    /// The first cue short enough for one or two printed lines, else the
    /// shortest; the last step when there are no cues.
    static QString keyCue(const core::Exercise& exercise);
    /// The step picture that shows the exercise best: the one drawing its
    /// repeated movement, else the last movement, else the last step.
    static int bestStep(const core::Illustration& illustration);

    int trainingDays() const;

    /// "My exercise week".
    static QString title();
    /// "5 – 11 January 2026" for the week from `monday`, across months and
    /// years as needed.
    static QString dateRange(const QDate& monday);
    /// "About 10 minutes on 5 days."
    QString summary() const;
    /// What to do with the sheet, in one line.
    static QString howTo();
    /// Not medical advice, and when to stop and get help.
    static QString safetyNote();
    /// "5 Jan · 12 min" for a day with exercises, "5 Jan" for a free day,
    /// under the day's name.
    static QString dayLine(const Day& day);
};

} // namespace carrywell::ui
