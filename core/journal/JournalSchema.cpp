#include "core/journal/JournalSchema.h"

namespace carrywell::core {
namespace {

// Local days are stored as Julian day numbers (QDate::toJulianDay) of the
// calendar date where the entry was written; times as UTC milliseconds plus
// the UTC offset in seconds at that moment.

QStringList metaTable()
{
    return {
        QStringLiteral("CREATE TABLE meta ("
                       "key TEXT PRIMARY KEY, "
                       "value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'carrywell-journal')"),
    };
}

// v1 kept a check-in's triggers in a text column; v2 moved them into rows and
// dropped the column.
QString checkInsTable(bool withTriggersColumn)
{
    return QStringLiteral("CREATE TABLE checkins ("
                          "id INTEGER PRIMARY KEY, "
                          "at_ms INTEGER NOT NULL, "
                          "utc_offset_s INTEGER NOT NULL, "
                          "local_day INTEGER NOT NULL, "
                          "overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 10), ") +
           (withTriggersColumn ? QStringLiteral("triggers TEXT NOT NULL DEFAULT '', ")
                               : QString()) +
           QStringLiteral("note TEXT NOT NULL DEFAULT '')");
}

QStringList checkInIndexesAndRegions()
{
    return {
        QStringLiteral("CREATE INDEX checkins_by_day ON checkins (local_day)"),
        QStringLiteral("CREATE INDEX checkins_by_time ON checkins (at_ms)"),
        QStringLiteral("CREATE TABLE checkin_regions ("
                       "checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE, "
                       "region TEXT NOT NULL, "
                       "score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10), "
                       "PRIMARY KEY (checkin_id, region)) WITHOUT ROWID"),
    };
}

QString userVersion(int version)
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QStringList version1()
{
    return metaTable() + QStringList{checkInsTable(true)} + checkInIndexesAndRegions() +
           QStringList{userVersion(1)};
}

// v2 as created fresh. A journal migrated from v1 ends up with the same
// columns (the migration drops checkins.triggers).
QStringList version2()
{
    return metaTable() + QStringList{checkInsTable(false)} + checkInIndexesAndRegions() +
           QStringList{JournalSchema::triggersTable()} + JournalSchema::sessionsTables() +
           QStringList{userVersion(2)};
}

QStringList version3()
{
    QStringList statements = version2();
    statements.removeLast(); // user_version
    return statements + QStringList{JournalSchema::plansTable(), userVersion(3)};
}

QStringList version4()
{
    QStringList statements = version3();
    statements.removeLast(); // user_version
    return statements + QStringList{JournalSchema::warningSignsTable(), userVersion(4)};
}

QStringList version5()
{
    QStringList statements = version4();
    statements.removeLast(); // user_version
    return statements + JournalSchema::activityRatingsTables() + QStringList{userVersion(5)};
}

} // namespace

QString JournalSchema::triggersTable()
{
    return QStringLiteral("CREATE TABLE checkin_triggers ("
                          "checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE, "
                          "trigger_id TEXT NOT NULL, "
                          "PRIMARY KEY (checkin_id, trigger_id)) WITHOUT ROWID");
}

QStringList JournalSchema::sessionsTables()
{
    return {
        QStringLiteral("CREATE TABLE sessions ("
                       "id INTEGER PRIMARY KEY, "
                       "started_ms INTEGER NOT NULL, "
                       "utc_offset_s INTEGER NOT NULL, "
                       "local_day INTEGER NOT NULL, "
                       "duration_s INTEGER NOT NULL CHECK (duration_s BETWEEN 0 AND 86400), "
                       "routine_id TEXT NOT NULL, "
                       "routine_name TEXT NOT NULL DEFAULT '', "
                       "pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10), "
                       "pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10))"),
        QStringLiteral("CREATE INDEX sessions_by_day ON sessions (local_day)"),
        QStringLiteral("CREATE INDEX sessions_by_time ON sessions (started_ms)"),
        QStringLiteral("CREATE TABLE session_exercises ("
                       "session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, "
                       "exercise_id TEXT NOT NULL, "
                       "outcome TEXT NOT NULL CHECK (outcome IN ('done', 'skipped')), "
                       "PRIMARY KEY (session_id, position)) WITHOUT ROWID"),
    };
}

QString JournalSchema::plansTable()
{
    return QStringLiteral("CREATE TABLE plans ("
                          "week_start TEXT PRIMARY KEY, "
                          "saved_ms INTEGER NOT NULL, "
                          "utc_offset_s INTEGER NOT NULL, "
                          "plan_json TEXT NOT NULL CHECK (json_valid(plan_json)))");
}

QString JournalSchema::warningSignsTable()
{
    return QStringLiteral("CREATE TABLE checkin_warning_signs ("
                          "checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE, "
                          "sign_id TEXT NOT NULL, "
                          "PRIMARY KEY (checkin_id, sign_id)) WITHOUT ROWID");
}

// A rating keeps the activity's name as she wrote it then, not a reference to
// the profile: renaming or removing an activity leaves past ratings whole.
QStringList JournalSchema::activityRatingsTables()
{
    return {
        QStringLiteral("CREATE TABLE activity_ratings ("
                       "id INTEGER PRIMARY KEY, "
                       "rated_ms INTEGER NOT NULL, "
                       "utc_offset_s INTEGER NOT NULL, "
                       "local_day INTEGER NOT NULL, "
                       "activity TEXT NOT NULL CHECK (length(activity) > 0), "
                       "score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10))"),
        QStringLiteral("CREATE INDEX activity_ratings_by_day ON activity_ratings (local_day)"),
    };
}

QStringList JournalSchema::createStatements(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    default:
        return {};
    }
}

} // namespace carrywell::core
