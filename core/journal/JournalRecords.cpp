#include "core/journal/JournalRecords.h"

#include "core/journal/SqlConnection.h"

#include <QHash>

namespace carrywell::core {
namespace {

QVariant optionalScore(const std::optional<int>& score)
{
    return score ? QVariant(*score) : QVariant();
}

QSqlError insertCheckInDetails(const QSqlDatabase& db, qint64 id, const CheckIn& checkIn)
{
    for (const RegionScore& entry : checkIn.regions) {
        QSqlError error =
            runStatement(db,
                         QStringLiteral("INSERT INTO checkin_regions (checkin_id, region, score) "
                                        "VALUES (?, ?, ?)"),
                         {id, toId(entry.region), entry.score});
        if (error.isValid())
            return error;
    }
    for (Trigger trigger : checkIn.triggers) {
        QSqlError error = runStatement(
            db,
            QStringLiteral("INSERT INTO checkin_triggers (checkin_id, trigger_id) VALUES (?, ?)"),
            {id, toId(trigger)});
        if (error.isValid())
            return error;
    }
    for (WarningSign sign : checkIn.warningSigns) {
        QSqlError error = runStatement(db,
                                       QStringLiteral("INSERT INTO checkin_warning_signs "
                                                      "(checkin_id, sign_id) VALUES (?, ?)"),
                                       {id, toId(sign)});
        if (error.isValid())
            return error;
    }
    return {};
}

// Integer columns arrive as qlonglong: reading them as that is direct, while
// toInt() goes through QMetaType's conversion for every value.
int intAt(const QSqlQuery& query, int column)
{
    return static_cast<int>(query.value(column).toLongLong());
}

QSqlError changedRows(QSqlQuery& query, bool* found)
{
    if (found)
        *found = query.numRowsAffected() > 0;
    return {};
}

} // namespace

QDateTime JournalRecords::fromStored(qint64 utcMilliseconds, int offsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(utcMilliseconds, Qt::OffsetFromUTC, offsetSeconds);
}

QSqlError JournalRecords::insertCheckIn(const QSqlDatabase& db, const CheckIn& checkIn, qint64* id)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query,
                  QStringLiteral("INSERT INTO checkins (at_ms, utc_offset_s, local_day, overall, "
                                 "note) VALUES (?, ?, ?, ?, ?)"),
                  {checkIn.at.toMSecsSinceEpoch(), checkIn.at.offsetFromUtc(),
                   storedDay(checkIn.at), checkIn.overall, textValue(checkIn.note)})) {
        return query.lastError();
    }
    const qint64 newId = query.lastInsertId().toLongLong();
    query.finish();
    if (id)
        *id = newId;
    return insertCheckInDetails(db, newId, checkIn);
}

QSqlError JournalRecords::replaceCheckIn(const QSqlDatabase& db, const CheckIn& checkIn,
                                         bool* found)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query,
                  QStringLiteral("UPDATE checkins SET at_ms = ?, utc_offset_s = ?, local_day = ?, "
                                 "overall = ?, note = ? WHERE id = ?"),
                  {checkIn.at.toMSecsSinceEpoch(), checkIn.at.offsetFromUtc(),
                   storedDay(checkIn.at), checkIn.overall, textValue(checkIn.note), checkIn.id})) {
        return query.lastError();
    }
    const bool exists = query.numRowsAffected() > 0;
    query.finish();
    if (found)
        *found = exists;
    if (!exists)
        return {};
    for (const QString& table :
         {QStringLiteral("checkin_regions"), QStringLiteral("checkin_triggers"),
          QStringLiteral("checkin_warning_signs")}) {
        QSqlError error = runStatement(
            db, QStringLiteral("DELETE FROM %1 WHERE checkin_id = ?").arg(table), {checkIn.id});
        if (error.isValid())
            return error;
    }
    return insertCheckInDetails(db, checkIn.id, checkIn);
}

QSqlError JournalRecords::deleteCheckIn(const QSqlDatabase& db, qint64 id, bool* found)
{
    // Region scores, triggers and warning signs go with it (ON DELETE CASCADE).
    QSqlQuery query = newQuery(db);
    if (!runQuery(query, QStringLiteral("DELETE FROM checkins WHERE id = ?"), {id}))
        return query.lastError();
    return changedRows(query, found);
}

QSqlError JournalRecords::readCheckIns(const QSqlDatabase& db, const QString& where,
                                       const QVariantList& values, QList<CheckIn>* out)
{
    QList<CheckIn> checkIns;
    QHash<qint64, qsizetype> index;
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT c.id, c.at_ms, c.utc_offset_s, c.overall, c.note "
                                     "FROM checkins c WHERE %1 ORDER BY c.at_ms, c.id")
                          .arg(where),
                      values)) {
            return query.lastError();
        }
        while (query.next()) {
            CheckIn checkIn;
            checkIn.id = query.value(0).toLongLong();
            checkIn.at = fromStored(query.value(1).toLongLong(), intAt(query, 2));
            checkIn.overall = intAt(query, 3);
            checkIn.note = query.value(4).toString();
            index.insert(checkIn.id, checkIns.size());
            checkIns.append(std::move(checkIn));
        }
        if (query.lastError().isValid())
            return query.lastError();
    }
    if (checkIns.isEmpty()) {
        *out = {};
        return {};
    }
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(
                query,
                // The region as bytes: as text, QSQLITE would have SQLite convert
                // every one of them to UTF-16 first.
                QStringLiteral("SELECT r.checkin_id, CAST(r.region AS BLOB), r.score "
                               "FROM checkin_regions r JOIN checkins c ON c.id = r.checkin_id "
                               "WHERE %1")
                    .arg(where),
                values)) {
            return query.lastError();
        }
        while (query.next()) {
            const auto at = index.constFind(query.value(0).toLongLong());
            const QByteArray id = query.value(1).toByteArray();
            const std::optional<Region> region = fromId<Region>(QLatin1StringView(id));
            if (at != index.constEnd() && region)
                checkIns[*at].regions.append({*region, intAt(query, 2)});
        }
        if (query.lastError().isValid())
            return query.lastError();
    }
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT t.checkin_id, t.trigger_id FROM checkin_triggers t "
                                     "JOIN checkins c ON c.id = t.checkin_id WHERE %1")
                          .arg(where),
                      values)) {
            return query.lastError();
        }
        while (query.next()) {
            const auto at = index.constFind(query.value(0).toLongLong());
            const std::optional<Trigger> trigger = fromId<Trigger>(query.value(1).toString());
            if (at != index.constEnd() && trigger)
                checkIns[*at].triggers.append(*trigger);
        }
        if (query.lastError().isValid())
            return query.lastError();
    }
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT w.checkin_id, w.sign_id FROM checkin_warning_signs w "
                                     "JOIN checkins c ON c.id = w.checkin_id WHERE %1")
                          .arg(where),
                      values)) {
            return query.lastError();
        }
        while (query.next()) {
            const auto at = index.constFind(query.value(0).toLongLong());
            const std::optional<WarningSign> sign = fromId<WarningSign>(query.value(1).toString());
            if (at != index.constEnd() && sign)
                checkIns[*at].warningSigns.append(*sign);
        }
        if (query.lastError().isValid())
            return query.lastError();
    }
    for (CheckIn& checkIn : checkIns)
        checkIn = normalized(std::move(checkIn));
    *out = std::move(checkIns);
    return {};
}

QSqlError JournalRecords::insertSession(const QSqlDatabase& db, const SessionRecord& session,
                                        qint64* id)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query,
                  QStringLiteral("INSERT INTO sessions (started_ms, utc_offset_s, local_day, "
                                 "duration_s, routine_id, routine_name, pain_before, pain_after) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {session.startedAt.toMSecsSinceEpoch(), session.startedAt.offsetFromUtc(),
                   storedDay(session.startedAt), session.durationSeconds,
                   textValue(session.routineId), textValue(session.routineName),
                   optionalScore(session.painBefore), optionalScore(session.painAfter)})) {
        return query.lastError();
    }
    const qint64 newId = query.lastInsertId().toLongLong();
    query.finish();
    for (qsizetype i = 0; i < session.exercises.size(); ++i) {
        const ExerciseResult& entry = session.exercises[i];
        QSqlError error = runStatement(
            db,
            QStringLiteral("INSERT INTO session_exercises (session_id, position, exercise_id, "
                           "outcome) VALUES (?, ?, ?, ?)"),
            {newId, qint64(i), textValue(entry.exerciseId), toId(entry.outcome)});
        if (error.isValid())
            return error;
    }
    if (id)
        *id = newId;
    return {};
}

QSqlError JournalRecords::deleteSession(const QSqlDatabase& db, qint64 id, bool* found)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query, QStringLiteral("DELETE FROM sessions WHERE id = ?"), {id}))
        return query.lastError();
    return changedRows(query, found);
}

QSqlError JournalRecords::readSessions(const QSqlDatabase& db, const QString& where,
                                       const QVariantList& values, QList<SessionRecord>* out)
{
    QList<SessionRecord> sessions;
    QHash<qint64, qsizetype> index;
    {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT s.id, s.started_ms, s.utc_offset_s, s.duration_s, "
                                     "s.routine_id, s.routine_name, s.pain_before, s.pain_after "
                                     "FROM sessions s WHERE %1 ORDER BY s.started_ms, s.id")
                          .arg(where),
                      values)) {
            return query.lastError();
        }
        while (query.next()) {
            SessionRecord session;
            session.id = query.value(0).toLongLong();
            session.startedAt = fromStored(query.value(1).toLongLong(), intAt(query, 2));
            session.durationSeconds = intAt(query, 3);
            session.routineId = query.value(4).toString();
            session.routineName = query.value(5).toString();
            if (!query.isNull(6))
                session.painBefore = intAt(query, 6);
            if (!query.isNull(7))
                session.painAfter = intAt(query, 7);
            index.insert(session.id, sessions.size());
            sessions.append(std::move(session));
        }
        if (query.lastError().isValid())
            return query.lastError();
    }
    if (!sessions.isEmpty()) {
        QSqlQuery query = newQuery(db);
        if (!runQuery(query,
                      QStringLiteral("SELECT e.session_id, e.exercise_id, e.outcome "
                                     "FROM session_exercises e JOIN sessions s ON s.id = "
                                     "e.session_id WHERE %1 ORDER BY e.session_id, e.position")
                          .arg(where),
                      values)) {
            return query.lastError();
        }
        while (query.next()) {
            const auto at = index.constFind(query.value(0).toLongLong());
            const std::optional<ExerciseOutcome> outcome =
                exerciseOutcomeFromId(query.value(2).toString());
            if (at != index.constEnd() && outcome)
                sessions[*at].exercises.append({query.value(1).toString(), *outcome});
        }
        if (query.lastError().isValid())
            return query.lastError();
    }
    *out = std::move(sessions);
    return {};
}

QSqlError JournalRecords::upsertPlan(const QSqlDatabase& db, const SavedPlan& plan)
{
    return runStatement(
        db,
        QStringLiteral("INSERT INTO plans (week_start, saved_ms, utc_offset_s, plan_json) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (week_start) DO UPDATE SET "
                       "saved_ms = excluded.saved_ms, utc_offset_s = excluded.utc_offset_s, "
                       "plan_json = excluded.plan_json"),
        {plan.weekStart.toString(Qt::ISODate), plan.savedAt.toMSecsSinceEpoch(),
         plan.savedAt.offsetFromUtc(), textValue(plan.json)});
}

QSqlError JournalRecords::deletePlan(const QSqlDatabase& db, QDate weekStart, bool* found)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query, QStringLiteral("DELETE FROM plans WHERE week_start = ?"),
                  {weekStart.toString(Qt::ISODate)})) {
        return query.lastError();
    }
    return changedRows(query, found);
}

QSqlError JournalRecords::readPlans(const QSqlDatabase& db, const QString& where,
                                    const QVariantList& values, QList<SavedPlan>* out)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query,
                  QStringLiteral("SELECT p.week_start, p.saved_ms, p.utc_offset_s, p.plan_json "
                                 "FROM plans p WHERE %1 ORDER BY p.week_start")
                      .arg(where),
                  values)) {
        return query.lastError();
    }
    QList<SavedPlan> plans;
    while (query.next()) {
        plans.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                      fromStored(query.value(1).toLongLong(), query.value(2).toInt()),
                      query.value(3).toString()});
    }
    if (query.lastError().isValid())
        return query.lastError();
    *out = std::move(plans);
    return {};
}

QSqlError JournalRecords::insertActivityRating(const QSqlDatabase& db, const ActivityRating& rating)
{
    return runStatement(db,
                        QStringLiteral("INSERT INTO activity_ratings (rated_ms, utc_offset_s, "
                                       "local_day, activity, score) VALUES (?, ?, ?, ?, ?)"),
                        {rating.ratedAt.toMSecsSinceEpoch(), rating.ratedAt.offsetFromUtc(),
                         storedDay(rating.ratedAt), textValue(rating.activity), rating.score});
}

QSqlError JournalRecords::readActivityRatings(const QSqlDatabase& db, const QString& where,
                                              const QVariantList& values,
                                              QList<ActivityRating>* out)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query,
                  QStringLiteral("SELECT a.rated_ms, a.utc_offset_s, a.activity, a.score "
                                 "FROM activity_ratings a WHERE %1 ORDER BY a.rated_ms, a.id")
                      .arg(where),
                  values)) {
        return query.lastError();
    }
    QList<ActivityRating> ratings;
    while (query.next()) {
        ratings.append({query.value(2).toString(), intAt(query, 3),
                        fromStored(query.value(0).toLongLong(), intAt(query, 1))});
    }
    if (query.lastError().isValid())
        return query.lastError();
    *out = std::move(ratings);
    return {};
}

QSqlError JournalRecords::hasEntries(const QSqlDatabase& db, bool* any)
{
    QSqlQuery query = newQuery(db);
    if (!runQuery(query,
                  QStringLiteral("SELECT EXISTS (SELECT 1 FROM checkins) OR EXISTS "
                                 "(SELECT 1 FROM sessions) OR EXISTS (SELECT 1 FROM plans) OR "
                                 "EXISTS (SELECT 1 FROM activity_ratings)")) ||
        !query.next()) {
        return query.lastError();
    }
    *any = query.value(0).toBool();
    return {};
}

} // namespace carrywell::core
