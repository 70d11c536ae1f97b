#include "TenYearJournal.h"

#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace carrywell::bench {

QDate tenYearJournalFirstDay(QDate lastDay)
{
    return lastDay.addYears(-10).addDays(1);
}

core::ImportBatch tenYearJournal(QDate lastDay, int utcOffsetSeconds)
{
    const auto moment = [utcOffsetSeconds](QDate day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, utcOffsetSeconds);
    };
    const QDate firstDay = tenYearJournalFirstDay(lastDay);
    QRandomGenerator random(2016);
    const QStringList exercises{"cat-cow",  "bird-dog",   "glute-bridge", "child-pose",
                                "dead-bug", "wall-angel", "clamshell",    "pelvic-tilt"};
    core::ImportBatch batch;
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const int base = 3 + int(3 * (1.0 + std::sin(double(firstDay.daysTo(day)) / 60.0)));
        for (const int hour : {7, 14, 21}) {
            core::CheckIn checkIn;
            checkIn.at = moment(day, hour, int(random.bounded(60)));
            checkIn.overall = std::clamp(base + int(random.bounded(5)) - 2, 0, 10);
            const int regions = 1 + int(random.bounded(3));
            for (int i = 0; i < regions; ++i)
                checkIn.setScore(core::Region(random.bounded(7)), int(random.bounded(11)));
            if (random.bounded(3) == 0)
                checkIn.triggers = {core::Trigger(random.bounded(8))};
            if (random.bounded(4) == 0)
                checkIn.note = QStringLiteral("Slept %1 hours; carried the baby a lot.")
                                   .arg(random.bounded(3, 8));
            batch.checkIns.append({0, {}, core::normalized(checkIn)});
        }
        if (random.bounded(7) < 5) {
            core::SessionRecord session;
            session.startedAt = moment(day, 19, int(random.bounded(60)));
            session.routineId = random.bounded(2) ? QStringLiteral("evening-release")
                                                  : QStringLiteral("gentle-start");
            session.routineName = session.routineId;
            session.durationSeconds = 600 + int(random.bounded(900));
            for (const QString& id : exercises) {
                session.exercises.append({id, random.bounded(5) ? core::ExerciseOutcome::Done
                                                                : core::ExerciseOutcome::Skipped});
            }
            session.painBefore = std::clamp(base + 1, 0, 10);
            session.painAfter = std::clamp(base - int(random.bounded(3)), 0, 10);
            batch.sessions.append({0, {}, session});
        }
    }
    return batch;
}

} // namespace carrywell::bench
