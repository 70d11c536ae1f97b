#include "JournalTestSupport.h"
#include "journal/JournalHistory.h"
#include "journal/JournalMigrations.h"
#include "journal/JournalSchema.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

// Builds a journal file exactly as an older Carrywell left it.
void createJournalOfVersion(const QString& path, int version, const QStringList& rows = {})
{
    auto raw = rawConnection(path);
    ASSERT_TRUE(raw);
    const QSqlDatabase db = raw->database();
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec("PRAGMA journal_mode = WAL"));
    ASSERT_TRUE(query.exec("BEGIN"));
    const QSqlError error = JournalMigrations::createVersion(db, version);
    ASSERT_FALSE(error.isValid()) << error.text().toStdString();
    for (const QString& row : rows)
        ASSERT_TRUE(query.exec(row))
            << query.lastError().text().toStdString() << " in " << row.toStdString();
    ASSERT_TRUE(query.exec("COMMIT"));
}

qint64 ms(const QDateTime& moment)
{
    return moment.toMSecsSinceEpoch();
}

QString checkInRow(qint64 id, const QDateTime& when, int overall, const QString& extra)
{
    return QStringLiteral("INSERT INTO checkins VALUES (%1, %2, %3, %4, %5, %6)")
        .arg(id)
        .arg(ms(when))
        .arg(when.offsetFromUtc())
        .arg(when.date().toJulianDay())
        .arg(overall)
        .arg(extra);
}

// Version 1: triggers as text in the check-in row.
QStringList version1Rows()
{
    return {
        checkInRow(1, at(2025, 11, 3, 7, 30), 7, "'lifting,feeding', 'Rough night 😴, again'"),
        checkInRow(2, at(2025, 11, 3, 21, 0), 4, "'', ''"),
        checkInRow(3, at(2025, 11, 4, 8, 15, -5 * 3600), 5, "'carrying, juggling', 'on holiday'"),
        "INSERT INTO checkin_regions VALUES (1, 'lower-back', 8)",
        "INSERT INTO checkin_regions VALUES (1, 'pelvic-floor', 3)",
        "INSERT INTO checkin_regions VALUES (3, 'neck', 2)",
    };
}

// Everything that defines the layout: each object's SQL with its spacing
// evened out, and each table's columns as SQLite reports them.
QStringList schemaFingerprint(const QString& path)
{
    auto raw = rawConnection(path);
    QStringList lines;
    QSqlQuery objects(raw->database());
    objects.exec("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                 "ORDER BY type, name");
    QStringList tables;
    while (objects.next()) {
        QString sql = objects.value(2).toString();
        sql.replace(QRegularExpression("\\s+"), " ");
        sql.replace(QRegularExpression(" ?([(),]) ?"), "\\1");
        lines.append(objects.value(0).toString() + " " + objects.value(1).toString() + ": " + sql);
        if (objects.value(0).toString() == "table")
            tables.append(objects.value(1).toString());
    }
    for (const QString& table : tables) {
        QSqlQuery columns(raw->database());
        columns.exec(QStringLiteral("PRAGMA table_xinfo(%1)").arg(table));
        while (columns.next()) {
            QStringList fields;
            for (int i = 1; i < 7; ++i)
                fields.append(columns.value(i).toString());
            lines.append(table + " column " + fields.join("|"));
        }
    }
    lines.append("version " + scalar(raw->database(), "PRAGMA user_version").toString());
    return lines;
}

class JournalMigration : public JournalTest
{
};

} // namespace

TEST_F(JournalMigration, Version1CheckInsArriveIntact)
{
    createJournalOfVersion(path(), 1, version1Rows());
    auto journal = open();
    ASSERT_TRUE(journal);
    EXPECT_EQ(journal->diagnostics()->schemaVersion, 3);

    const QList<CheckIn> all = JournalHistory(*journal).allCheckIns().value();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].id, 1);
    EXPECT_EQ(all[0].at, at(2025, 11, 3, 7, 30));
    EXPECT_EQ(all[0].at.offsetFromUtc(), 3600);
    EXPECT_EQ(all[0].overall, 7);
    EXPECT_EQ(all[0].regions,
              (QList<RegionScore>{{Region::LowerBack, 8}, {Region::PelvicFloor, 3}}));
    EXPECT_EQ(all[0].triggers, (QList<Trigger>{Trigger::Lifting, Trigger::Feeding}));
    EXPECT_EQ(all[0].note, "Rough night 😴, again");
    EXPECT_TRUE(all[1].triggers.isEmpty());
    EXPECT_TRUE(all[1].regions.isEmpty());
    EXPECT_EQ(all[2].at.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(all[2].localDate(), QDate(2025, 11, 4));
    // An id version 1 never wrote is kept as "other" rather than lost.
    EXPECT_EQ(all[2].triggers, (QList<Trigger>{Trigger::Carrying, Trigger::Other}));
    EXPECT_EQ(all[2].note, "on holiday");

    // The new tables work.
    EXPECT_TRUE(
        journal->addSession(makeSession(at(2026, 1, 14, 8), "gentle-start", 600, {"cat-cow"}))
            .ok());
    EXPECT_TRUE(journal->savePlan({QDate(2026, 1, 12), {}, "{}"}).ok());
}

TEST_F(JournalMigration, ABackupOfTheOldVersionIsTakenFirst)
{
    createJournalOfVersion(path(), 1, version1Rows());
    {
        auto journal = open();
        ASSERT_TRUE(journal);
    }
    const QList<BackupInfo> backups = JournalBackups(path()).list();
    ASSERT_GE(backups.size(), 1);
    const BackupInfo& before = backups.last(); // the oldest: made before migrating
    EXPECT_EQ(before.reason, "before-v3");
    EXPECT_EQ(scalarAt(before.path, "PRAGMA user_version").toInt(), 1);
    EXPECT_EQ(scalarAt(before.path, "SELECT triggers FROM checkins WHERE id = 3").toString(),
              "carrying, juggling");
    EXPECT_EQ(scalarAt(before.path, "SELECT count(*) FROM checkin_regions").toInt(), 3);
}

TEST_F(JournalMigration, Version2SessionsArriveIntact)
{
    const QDateTime started = at(2025, 12, 1, 18);
    createJournalOfVersion(
        path(), 2,
        {checkInRow(1, at(2025, 12, 1, 7), 6, "'after the feed'"),
         "INSERT INTO checkin_triggers VALUES (1, 'feeding')",
         QStringLiteral("INSERT INTO sessions VALUES (1, %1, 3600, %2, 754, 'evening-release', "
                        "'Evening release', 6, 3)")
             .arg(ms(started))
             .arg(started.date().toJulianDay()),
         QStringLiteral("INSERT INTO sessions VALUES (2, %1, 3600, %2, 300, 'gentle-start', '', "
                        "NULL, NULL)")
             .arg(ms(started.addDays(1)))
             .arg(started.date().toJulianDay() + 1),
         "INSERT INTO session_exercises VALUES (1, 0, 'child-pose', 'done')",
         "INSERT INTO session_exercises VALUES (1, 1, 'glute-bridge', 'skipped')",
         "INSERT INTO session_exercises VALUES (1, 2, 'cat-cow', 'done')"});
    auto journal = open();
    ASSERT_TRUE(journal);
    const JournalHistory history(*journal);
    const QList<SessionRecord> sessions = history.allSessions().value();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions[0].startedAt, started);
    EXPECT_EQ(sessions[0].durationSeconds, 754);
    EXPECT_EQ(sessions[0].routineName, "Evening release");
    EXPECT_EQ(sessions[0].painBefore, 6);
    EXPECT_EQ(sessions[0].painAfter, 3);
    EXPECT_EQ(sessions[0].exercises,
              (QList<ExerciseResult>{{"child-pose", ExerciseOutcome::Done},
                                     {"glute-bridge", ExerciseOutcome::Skipped},
                                     {"cat-cow", ExerciseOutcome::Done}}));
    EXPECT_EQ(sessions[1].painBefore, std::nullopt);
    EXPECT_TRUE(sessions[1].exercises.isEmpty());
    EXPECT_EQ(history.allCheckIns()->first().triggers, QList<Trigger>{Trigger::Feeding});
}

class EveryOldVersion : public JournalMigration, public ::testing::WithParamInterface<int>
{
};

TEST_P(EveryOldVersion, MigratesToExactlyTheSchemaOfANewJournal)
{
    const QString fresh = folder() + "/fresh.sqlite";
    {
        JournalOpenResult opened = Journal::open(fresh, m_clock);
        ASSERT_TRUE(opened.ok());
    }
    createJournalOfVersion(path(), GetParam());
    {
        auto journal = open();
        ASSERT_TRUE(journal);
    }
    EXPECT_EQ(schemaFingerprint(path()), schemaFingerprint(fresh));
}

INSTANTIATE_TEST_SUITE_P(Journal, EveryOldVersion,
                         ::testing::Range(JournalSchema::firstVersion,
                                          JournalSchema::currentVersion));

TEST_F(JournalMigration, AFailedMigrationLeavesTheOldVersionAndItsData)
{
    createJournalOfVersion(path(), 1, version1Rows());
    const qint64 pages = scalarAt(path(), "PRAGMA page_count").toLongLong();
    JournalOptions options;
    options.maxPageCount = pages; // the new tables need pages the "disk" does not have
    const JournalOpenResult opened = Journal::open(path(), m_clock, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.problem().kind, JournalProblem::Kind::UpdateFailed);
    EXPECT_TRUE(opened.error().contains("The disk is full")) << opened.error().toStdString();
    EXPECT_TRUE(opened.error().contains("your entries are unchanged"));

    EXPECT_EQ(scalarAt(path(), "PRAGMA user_version").toInt(), 1);
    EXPECT_EQ(scalarAt(path(), "SELECT triggers FROM checkins WHERE id = 1").toString(),
              "lifting,feeding");
    EXPECT_EQ(scalarAt(path(), "SELECT count(*) FROM checkins").toInt(), 3);
    EXPECT_EQ(
        scalarAt(path(), "SELECT count(*) FROM sqlite_master WHERE name = 'sessions'").toInt(), 0);

    // With room on the disk, the next start finishes the job.
    auto journal = open();
    ASSERT_TRUE(journal);
    EXPECT_EQ(JournalHistory(*journal).allCheckIns()->size(), 3);
}

TEST_F(JournalMigration, HistoricalSchemasAreKept)
{
    for (int version = JournalSchema::firstVersion; version <= JournalSchema::currentVersion;
         ++version) {
        const QStringList statements = JournalSchema::createStatements(version);
        ASSERT_FALSE(statements.isEmpty());
        EXPECT_EQ(statements.last(), QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    EXPECT_TRUE(JournalSchema::createStatements(JournalSchema::currentVersion + 1).isEmpty());
    EXPECT_TRUE(JournalSchema::createStatements(1).join(' ').contains("triggers TEXT"));
    EXPECT_FALSE(JournalSchema::createStatements(2).join(' ').contains("CREATE TABLE plans"));
}
