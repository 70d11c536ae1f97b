#include "ui/print/PlanSheet.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"

#include <QCoreApplication>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::ui::PlanSheet);

namespace carrywell::ui {
namespace {

/// About two printed lines in the narrow columns of the week grid.
constexpr qsizetype kShortCue = 64;

/// The first sentence of a longer text.
QString firstSentence(const QString& text)
{
    const qsizetype stop = text.indexOf(QLatin1String(". "));
    return stop < 0 ? text : text.left(stop + 1);
}

} // namespace

PlanSheet PlanSheet::from(const core::WeeklyPlan& plan, const core::ContentLibrary& library)
{
    PlanSheet sheet;
    sheet.weekStart = plan.weekStart;
    for (const core::PlanDay& planDay : plan.days) {
        Day day;
        day.date = planDay.date;
        day.rest = planDay.rest || planDay.exercises.isEmpty();
        day.minutes = planDay.minutes(plan.minutesPerDay);
        for (const core::PlannedExercise& planned : planDay.exercises) {
            Item item;
            item.exercise = library.exercise(planned.exerciseId);
            item.name = item.exercise ? item.exercise->name : planned.exerciseId;
            item.dosage = planned.dosage.describe(item.exercise ? item.exercise->tempo()
                                                                : core::Dosage::Tempo::Movement);
            if (item.exercise) {
                item.cue = keyCue(*item.exercise);
                item.illustration = library.illustration(planned.exerciseId);
            }
            if (item.illustration && !item.illustration->steps.isEmpty())
                item.step = bestStep(*item.illustration);
            else
                item.illustration = nullptr;
            day.items.append(item);
        }
        sheet.days.append(day);
    }
    return sheet;
}

QString PlanSheet::keyCue(const core::Exercise& exercise)
{
    for (const QString& cue : exercise.cues) {
        if (cue.size() <= kShortCue)
            return cue;
    }
    if (!exercise.cues.isEmpty()) {
        return *std::min_element(
            exercise.cues.cbegin(), exercise.cues.cend(),
            [](const QString& a, const QString& b) { return a.size() < b.size(); });
    }
    return exercise.steps.isEmpty() ? QString() : firstSentence(exercise.steps.last());
}

int PlanSheet::bestStep(const core::Illustration& illustration)
{
    const auto& steps = illustration.steps;
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        if (illustration.movement.isMovement() &&
            steps[i].fromPose == illustration.movement.fromPose &&
            steps[i].toPose == illustration.movement.toPose)
            return int(i);
    }
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        if (steps[i].isMovement())
            return int(i);
    }
    return int(steps.size()) - 1;
}

int PlanSheet::trainingDays() const
{
    return int(std::count_if(days.cbegin(), days.cend(), [](const Day& day) { return !day.rest; }));
}

QString PlanSheet::title()
{
    return tr("My exercise week");
}

QString PlanSheet::dateRange(const QDate& monday)
{
    return core::LocaleFormat::dayRange(monday, monday.addDays(6));
}

QString PlanSheet::summary() const
{
    int longest = 0;
    for (const Day& day : days) {
        if (!day.rest)
            longest = std::max(longest, day.minutes);
    }
    const int training = trainingDays();
    if (training == 0)
        return tr("A week of rest.");
    const QString minutes = core::LocaleFormat::number(longest);
    return training == 1 ? tr("About %1 minutes on 1 day.").arg(minutes)
                         : tr("Up to %1 minutes a day, on %2 days.")
                               .arg(minutes, core::LocaleFormat::number(training));
}

QString PlanSheet::howTo()
{
    return tr("Tick a day when you have done it, and mark how your pain was that day from 0 (none) "
              "to 10 (worst imaginable).");
}

QString PlanSheet::safetyNote()
{
    return tr("Carrywell teaches general exercises; it is not medical advice. Move within what "
              "feels comfortable. Stop and get help if you have severe or worsening pain, "
              "numbness, leaking or heaviness in the pelvis, fever, heavier bleeding, or pain at a "
              "caesarean scar.");
}

QString PlanSheet::dayLine(const Day& day)
{
    const QString date = core::LocaleFormat::dayAndMonth(day.date);
    if (day.rest)
        return date;
    return tr("%1 · %2").arg(date, core::LocaleFormat::minutes(day.minutes));
}

} // namespace carrywell::ui
