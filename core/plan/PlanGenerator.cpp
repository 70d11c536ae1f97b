#include "core/plan/PlanGenerator.h"

#include "core/common/Translate.h"
#include "core/content/ContentLibrary.h"
#include "core/plan/PlanRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <random>

CARRYWELL_TR_CONTEXT(carrywell::core::PlanGenerator);

namespace carrywell::core {
namespace {

// Extra sets never grow past this, however many minutes are free: a short
// routine does a few things well rather than one thing for long.
constexpr int kMaxSetsWhenFilling = 3;

struct Choice
{
    const Exercise* exercise = nullptr;
    PlanStage stage = PlanStage::Mobility;
    Dosage full;     ///< The dose to grow towards (after progression).
    int setsCap = 1; ///< How far sets may grow while filling.
    QString reason;
};

class WeekBuilder
{
public:
    WeekBuilder(const ContentLibrary& library, const PlanRequest& request)
        : m_library(library), m_request(request), m_pool(PlanRules::pool(library, request)),
          m_targets(request.targetRegions(library)), m_random(request.seed)
    {
    }

    WeeklyPlan build()
    {
        WeeklyPlan plan;
        plan.weekStart = m_request.weekStart;
        plan.seed = m_request.seed;
        plan.minutesPerDay = m_request.minutesPerDay;
        if (m_request.progression)
            plan.notes << m_request.progression->reason;
        QSet<Region> previousStrength;
        for (int i = 0; i < 7; ++i) {
            PlanDay day;
            day.date = m_request.weekStart.addDays(i);
            if (m_request.freeDays[size_t(i)])
                day.exercises = buildDay(previousStrength);
            day.rest = day.exercises.isEmpty();
            previousStrength = strengthRegions(day);
            plan.days.append(day);
        }
        noteUnreached(plan);
        return plan;
    }

private:
    /// Target regions some allowed exercise works that the week's time did
    /// not reach, said plainly so she can give the plan more room.
    void noteUnreached(WeeklyPlan& plan) const
    {
        QStringList names;
        for (const Region region : m_targets) {
            const bool reachable =
                std::any_of(m_pool.begin(), m_pool.end(),
                            [region](const Exercise* e) { return e->works(region); });
            if (!reachable || m_worked.contains(region))
                continue;
            plan.unreached << region;
            if (const RegionInfo* info = m_library.region(region))
                names << info->name.toLower();
        }
        if (!names.isEmpty())
            plan.notes << tr("This week's time does not reach your %1. Add a free day or a few "
                             "more minutes a day to work it too.")
                              .arg(QLocale().createSeparatedList(names));
    }

    QSet<Region> strengthRegions(const PlanDay& day) const
    {
        QSet<Region> regions;
        for (const PlannedExercise& item : day.exercises) {
            const Exercise* exercise = m_library.exercise(item.exerciseId);
            if (exercise && PlanRules::isStrengthWork(exercise->category))
                regions.unite(QSet<Region>(exercise->regions.begin(), exercise->regions.end()));
        }
        return regions;
    }

    static Dosage oneSet(const Dosage& dosage)
    {
        Dosage result = dosage;
        result.sets = 1;
        return result;
    }

    Dosage fullDosage(const Exercise& exercise, PlanStage stage) const
    {
        Dosage dosage = exercise.dosage;
        dosage.alternatives.clear();
        if (stage == PlanStage::Strength && m_request.progression &&
            (m_request.progression->step == ProgressionStep::StepBack ||
             m_request.previousExerciseIds.contains(exercise.id)))
            dosage = Progression::apply(dosage, m_request.progression->step);
        return dosage;
    }

    QString stageReason(const Exercise& exercise, PlanStage stage) const
    {
        switch (stage) {
        case PlanStage::Breathing:
            return tr("%1 — to start calm and connect your breath with your core")
                .arg(exercise.name);
        case PlanStage::Mobility:
            return tr("%1 — to get moving gently").arg(exercise.name);
        case PlanStage::Strength:
            if (!exercise.regions.isEmpty()) {
                if (const RegionInfo* info = m_library.region(exercise.regions.first()))
                    return tr("%1 — to keep your %2 strong")
                        .arg(exercise.name, info->name.toLower());
            }
            return tr("%1 — to keep you strong for lifting and carrying").arg(exercise.name);
        case PlanStage::Release:
            return tr("%1 — to finish by letting go of tension").arg(exercise.name);
        }
        return exercise.name;
    }

    QString reasonFor(const Exercise& exercise, PlanStage stage) const
    {
        QString why;
        for (const QString& id : m_request.profile.symptomIds) {
            const Symptom* symptom = m_library.symptom(id);
            if (symptom && exercise.symptomIds.contains(id)) {
                why = tr("%1 — for the %2 you logged").arg(exercise.name, symptom->name.toLower());
                break;
            }
        }
        if (why.isEmpty()) {
            for (const Region region : m_targets) {
                const RegionInfo* info = m_library.region(region);
                if (exercise.works(region) && info) {
                    why = tr("%1 — to work your %2").arg(exercise.name, info->name.toLower());
                    break;
                }
            }
        }
        if (why.isEmpty())
            why = stageReason(exercise, stage);
        if (stage == PlanStage::Strength && m_request.progression) {
            const Dosage changed = fullDosage(exercise, stage);
            if (changed.estimatedSeconds() > exercise.dosage.estimatedSeconds())
                why += tr(" (a little more than last week)");
            else if (changed.estimatedSeconds() < exercise.dosage.estimatedSeconds())
                why += tr(" (a little less than last week)");
        }
        return why;
    }

    bool worksUncoveredTarget(const Exercise& exercise) const
    {
        return std::any_of(m_targets.begin(), m_targets.end(), [&](Region region) {
            return exercise.works(region) && !m_worked.contains(region);
        });
    }

    int score(const Exercise& exercise) const
    {
        int points = 0;
        for (const Region region : m_targets) {
            if (exercise.works(region)) {
                points += m_worked.contains(region) ? 10 : 100;
            }
        }
        for (const QString& id : m_request.profile.symptomIds) {
            if (exercise.symptomIds.contains(id)) {
                points += 20;
                break;
            }
        }
        return points - 25 * m_daysUsed.value(exercise.id);
    }

    // The best exercise for a stage that is not yet in today's routine, may
    // still be used this week, rests muscles worked yesterday and fits in
    // `secondsLeft` at one set.
    std::optional<Choice> pick(PlanStage stage, const QList<Choice>& today,
                               const QSet<Region>& previousStrength, int secondsLeft,
                               bool onlyUncovered)
    {
        const Exercise* best = nullptr;
        int bestScore = 0;
        for (const Exercise* exercise : m_pool) {
            // One draw per candidate keeps the sequence of draws independent of
            // which candidates win.
            const int noise = int(m_random() % 10u);
            if (!PlanRules::stagesFor(exercise->category).contains(stage))
                continue;
            if (std::any_of(today.begin(), today.end(),
                            [exercise](const Choice& c) { return c.exercise == exercise; }))
                continue;
            if (PlanRules::isCapped(stage) &&
                m_daysUsed.value(exercise->id) >= PlanRules::kMaxDaysPerExercise)
                continue;
            if (PlanRules::isStrengthWork(exercise->category) &&
                std::any_of(exercise->regions.begin(), exercise->regions.end(),
                            [&](Region r) { return previousStrength.contains(r); }))
                continue;
            if (oneSet(fullDosage(*exercise, stage)).estimatedSeconds() > secondsLeft)
                continue;
            if (onlyUncovered && !worksUncoveredTarget(*exercise))
                continue;
            const int points = score(*exercise) * 10 + noise;
            if (!best || points > bestScore) {
                best = exercise;
                bestScore = points;
            }
        }
        if (!best)
            return std::nullopt;
        Choice choice;
        choice.exercise = best;
        choice.stage = stage;
        choice.full = fullDosage(*best, stage);
        choice.setsCap = std::max(choice.full.sets, kMaxSetsWhenFilling);
        choice.reason = reasonFor(*best, stage);
        for (const Region region : best->regions)
            m_worked.insert(region);
        return choice;
    }

    static int secondsAt(const QList<Choice>& choices, const QList<int>& sets)
    {
        int total = 0;
        for (int i = 0; i < choices.size(); ++i) {
            Dosage dosage = choices[i].full;
            dosage.sets = sets[i];
            total += dosage.estimatedSeconds();
        }
        return total;
    }

    QList<PlannedExercise> buildDay(const QSet<Region>& previousStrength)
    {
        // The routine's frame and coverage may use the minute of leeway; extra
        // exercises and extra sets stay within the budget.
        const int limit = m_request.minutesPerDay * 60;
        const int pickLimit = PlanRules::maxDaySeconds(m_request.minutesPerDay);
        QList<Choice> today;
        int used = 0;
        const auto add = [&](PlanStage stage, bool onlyUncovered, int ceiling) {
            if (auto choice = pick(stage, today, previousStrength, ceiling - used, onlyUncovered)) {
                used += oneSet(choice->full).estimatedSeconds();
                today.append(*choice);
                return true;
            }
            return false;
        };
        // Opening and closing are chosen first so that every day has them; the day
        // is put in stage order below.
        for (const PlanStage stage :
             {PlanStage::Breathing, PlanStage::Release, PlanStage::Strength, PlanStage::Mobility})
            add(stage, false, pickLimit);
        const int most = PlanRules::maxExercisesPerDay(m_request.minutesPerDay);
        // A target region only one stage can reach gets a second exercise of
        // that stage, so that few free days still work every region.
        for (const PlanStage stage :
             {PlanStage::Strength, PlanStage::Mobility, PlanStage::Release}) {
            while (today.size() < most && add(stage, true, pickLimit)) {
            }
        }
        for (bool added = true; added && today.size() < most;) {
            added = add(PlanStage::Strength, false, limit);
            if (today.size() < most)
                added = add(PlanStage::Mobility, false, limit) || added;
        }

        // Grow sets one at a time, round-robin in the order chosen, while the
        // budget allows.
        QList<int> sets(today.size(), 1);
        for (bool grown = true; grown;) {
            grown = false;
            for (int i = 0; i < today.size(); ++i) {
                if (sets[i] >= today[i].setsCap)
                    continue;
                ++sets[i];
                if (secondsAt(today, sets) <= limit) {
                    grown = true;
                } else {
                    --sets[i];
                }
            }
        }

        for (int i = 0; i < today.size(); ++i)
            today[i].full.sets = sets[i];
        std::stable_sort(today.begin(), today.end(),
                         [](const Choice& a, const Choice& b) { return a.stage < b.stage; });
        QList<PlannedExercise> result;
        for (const Choice& choice : today) {
            PlannedExercise item;
            item.exerciseId = choice.exercise->id;
            item.stage = choice.stage;
            item.dosage = choice.full;
            item.reason = choice.reason;
            result.append(item);
            ++m_daysUsed[choice.exercise->id];
        }
        return result;
    }

    const ContentLibrary& m_library;
    const PlanRequest& m_request;
    QList<const Exercise*> m_pool;
    QList<Region> m_targets;
    std::mt19937 m_random;
    QSet<Region> m_worked;
    QHash<QString, int> m_daysUsed;
};

} // namespace

Result<WeeklyPlan> PlanGenerator::generate(const PlanRequest& request) const
{
    const QStringList problems = problemsWith(request);
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char(' '))};
    return WeekBuilder(m_library, request).build();
}

} // namespace carrywell::core
