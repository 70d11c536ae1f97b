#include "PlanTestSupport.h"

#include "core/content/ContentLoader.h"

namespace carrywell::test {

using namespace core;

const ContentLibrary& shippedLibrary()
{
    static const ContentLoadReport report = ContentLoader::load(ContentLoader::builtInDirectory());
    return report.library;
}

PlanRequest request(BirthType birth, int weeks, QList<Equipment> equipment, QStringList symptoms,
                    int minutes, quint32 seed)
{
    PlanRequest result;
    result.profile.birthType = birth;
    result.profile.equipment = std::move(equipment);
    result.profile.symptomIds = std::move(symptoms);
    result.weeksSinceBirth = weeks;
    result.minutesPerDay = minutes;
    result.weekStart = QDate(2026, 1, 5);
    result.seed = seed;
    return result;
}

QStringList dayLists(const WeeklyPlan& plan)
{
    QStringList lines;
    for (const PlanDay& day : plan.days) {
        QStringList ids;
        for (const PlannedExercise& item : day.exercises)
            ids << item.exerciseId;
        lines << day.date.toString(QStringLiteral("ddd")) + QStringLiteral(": ") +
                     (day.rest ? QStringLiteral("rest") : ids.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace carrywell::test
