#include "JournalTestSupport.h"
#include "TestPaths.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/JournalMigrations.h"
#include "core/journal/JournalSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
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

/// Every row `sql` gives on the file at `path`, each as its values joined by "|".
QStringList rowsAt(const QString& path, const QString& sql)
{
    auto raw = rawConnection(path);
    QStringList rows;
    QSqlQuery query(raw->database());
    EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

/// What the v4 migration must leave as it was: everything but the notes
/// that ended with a signs line.
const QStringList untouchedBySigns{
    "SELECT key, value FROM meta ORDER BY key",
    "SELECT id, at_ms, utc_offset_s, local_day, overall FROM checkins ORDER BY id",
    "SELECT * FROM checkin_regions ORDER BY checkin_id, region",
    "SELECT * FROM checkin_triggers ORDER BY checkin_id, trigger_id",
    "SELECT * FROM sessions ORDER BY id",
    "SELECT * FROM session_exercises ORDER BY session_id, position",
    "SELECT * FROM plans ORDER BY week_start",
};

class JournalMigration : public JournalTest
{
protected:
    /// A copy of the journal Carrywell with schema v3 wrote (tests/data/journal-v3),
    /// as the one to open and, untouched, as `released()` to compare with.
    void copyReleasedVersion3()
    {
        const QString source = QStringLiteral(CARRYWELL_TEST_DATA_DIR "/journal-v3/journal.sqlite");
        ASSERT_TRUE(QFile::copy(source, path()));
        ASSERT_TRUE(QFile::copy(source, released()));
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(released(), QFile::ReadOwner | QFile::WriteOwner);
        ASSERT_EQ(scalarAt(released(), "PRAGMA user_version").toInt(), 3);
    }
    QString released() const { return folder() + "/released-v3.sqlite"; }
};

} // namespace

TEST_F(JournalMigration, Version1CheckInsArriveIntact)
{
    createJournalOfVersion(path(), 1, version1Rows());
    auto journal = open();
    ASSERT_TRUE(journal);
    EXPECT_EQ(journal->diagnostics()->schemaVersion, JournalSchema::currentVersion);

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
    EXPECT_EQ(before.reason, QStringLiteral("before-v%1").arg(JournalSchema::currentVersion));
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

TEST_F(JournalMigration, Version4EntriesArriveIntactAndActivityRatingsCanBeAdded)
{
    const QDateTime morning = at(2026, 1, 5, 7, 15, -3 * 3600);
    createJournalOfVersion(path(), 4,
                           {checkInRow(1, morning, 6, "'Lifted the car seat'"),
                            "INSERT INTO checkin_regions VALUES (1, 'lower-back', 7)",
                            "INSERT INTO checkin_triggers VALUES (1, 'lifting')",
                            "INSERT INTO checkin_warning_signs VALUES (1, 'leaking')",
                            "INSERT INTO plans VALUES ('2026-01-05', 1767600000000, 3600, '{}')"});
    const QStringList before = rowsAt(path(), "SELECT * FROM checkins") +
                               rowsAt(path(), "SELECT * FROM checkin_warning_signs") +
                               rowsAt(path(), "SELECT * FROM plans");
    {
        auto journal = open();
        ASSERT_TRUE(journal);
        EXPECT_EQ(journal->diagnostics()->schemaVersion, 5);
        const CheckIn checkIn = JournalHistory(*journal).allCheckIns()->first();
        EXPECT_EQ(checkIn.at, morning);
        EXPECT_EQ(checkIn.at.offsetFromUtc(), -3 * 3600);
        EXPECT_EQ(checkIn.warningSigns, QList<WarningSign>{WarningSign::Leaking});
        EXPECT_EQ(checkIn.note, "Lifted the car seat");
        ASSERT_TRUE(
            journal->addActivityRatings({{"Fastening the car seat", 4, at(2026, 1, 14, 8)}}).ok());
    }
    EXPECT_EQ(rowsAt(path(), "SELECT * FROM checkins") +
                  rowsAt(path(), "SELECT * FROM checkin_warning_signs") +
                  rowsAt(path(), "SELECT * FROM plans"),
              before);
    EXPECT_EQ(rowsAt(path(), "SELECT activity, score FROM activity_ratings"),
              QStringList{"Fastening the car seat|4"});

    // The file as version 4 left it was backed up before the update.
    std::optional<BackupInfo> backup;
    for (const BackupInfo& made : JournalBackups(path()).list()) {
        if (made.reason == "before-v5")
            backup = made;
    }
    ASSERT_TRUE(backup);
    EXPECT_EQ(scalarAt(backup->path, "PRAGMA user_version").toInt(), 4);
    EXPECT_EQ(rowsAt(backup->path, "SELECT * FROM checkins"),
              rowsAt(path(), "SELECT * FROM checkins"));
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
    EXPECT_FALSE(JournalSchema::createStatements(3).join(' ').contains("warning-signs"));
    EXPECT_EQ(JournalSchema::createStatements(4).filter("checkin_warning_signs"),
              QStringList{JournalSchema::warningSignsTable()});
    EXPECT_TRUE(JournalSchema::createStatements(4).filter("activity_ratings").isEmpty());
    EXPECT_EQ(JournalSchema::createStatements(5).filter("activity_ratings"),
              JournalSchema::activityRatingsTables());
}

TEST_F(JournalMigration, Version3NotesGiveTheirSignsLineInEveryLanguageToRows)
{
    copyReleasedVersion3();
    auto journal = open();
    ASSERT_TRUE(journal);
    EXPECT_EQ(journal->diagnostics()->schemaVersion, JournalSchema::currentVersion);

    const QList<CheckIn> all = JournalHistory(*journal).allCheckIns().value();
    ASSERT_EQ(all.size(), 8);
    using S = WarningSign;
    // Written in English, Spanish and German: the line goes, the signs stay as rows.
    EXPECT_EQ(all[0].note, "Carried the car seat twice");
    EXPECT_EQ(all[0].warningSigns, (QList<S>{S::Leaking, S::NightPain}));
    EXPECT_EQ(all[1].note, "Mala noche, el bebé no dormía");
    EXPECT_EQ(all[1].warningSigns, (QList<S>{S::Numbness, S::NightPain}));
    EXPECT_EQ(all[2].note, "");
    EXPECT_EQ(all[2].warningSigns, (QList<S>{S::Leaking, S::Numbness, S::NightPain}));
    EXPECT_EQ(all[3].note, "Beim Tragen der Babyschale 🚗");
    EXPECT_EQ(all[3].warningSigns, QList<S>{S::Leaking});
    // Her own words stay as she wrote them, with no signs made of them.
    EXPECT_EQ(all[4].note, "Leaked a bit when I sneezed");
    EXPECT_EQ(all[5].note, "Lovely walk\nAlso noticed: the baby smiled.");
    EXPECT_EQ(all[6].note, "Also noticed: leaking.\nThen I slept well");
    EXPECT_EQ(all[7].note, "");
    for (qsizetype i = 4; i < all.size(); ++i)
        EXPECT_TRUE(all[i].warningSigns.isEmpty()) << "check-in " << i;
    // The rest of each entry is as it was.
    EXPECT_EQ(all[0].regions, (QList<RegionScore>{{Region::Neck, 3}, {Region::LowerBack, 6}}));
    EXPECT_EQ(all[0].triggers, (QList<Trigger>{Trigger::Lifting, Trigger::Carrying}));
    EXPECT_EQ(all[6].at.offsetFromUtc(), -5 * 3600);
    journal.reset();

    for (const QString& sql : untouchedBySigns)
        EXPECT_EQ(rowsAt(path(), sql), rowsAt(released(), sql)) << sql.toStdString();
    EXPECT_EQ(rowsAt(path(), "SELECT id, note FROM checkins WHERE id > 4 ORDER BY id"),
              rowsAt(released(), "SELECT id, note FROM checkins WHERE id > 4 ORDER BY id"));
    EXPECT_EQ(scalarAt(path(), "SELECT count(*) FROM checkin_warning_signs").toInt(), 8);
}

TEST_F(JournalMigration, Version3IsBackedUpAsItWasBeforeTheSignsMove)
{
    copyReleasedVersion3();
    {
        auto journal = open();
        ASSERT_TRUE(journal);
    }
    std::optional<BackupInfo> before;
    for (const BackupInfo& backup : JournalBackups(path()).list()) {
        if (backup.reason == QStringLiteral("before-v%1").arg(JournalSchema::currentVersion))
            before = backup;
    }
    ASSERT_TRUE(before);
    EXPECT_EQ(scalarAt(before->path, "PRAGMA user_version").toInt(), 3);
    QStringList everything = untouchedBySigns;
    everything.append("SELECT id, note FROM checkins ORDER BY id");
    for (const QString& sql : everything)
        EXPECT_EQ(rowsAt(before->path, sql), rowsAt(released(), sql)) << sql.toStdString();
}

TEST_F(JournalMigration, SignsLinesAreConvertedOnceAndNeverAgain)
{
    copyReleasedVersion3();
    qint64 id = 0;
    {
        auto journal = open();
        ASSERT_TRUE(journal);
        // After the update, words she types that look like the old line are hers.
        CheckIn walk = JournalHistory(*journal).allCheckIns()->at(5);
        id = walk.id;
        walk.note = "Also noticed: leaking.";
        ASSERT_TRUE(journal->updateCheckIn(walk).ok());
    }
    const qsizetype backups = JournalBackups(path()).list().size();
    auto journal = open();
    ASSERT_TRUE(journal);
    const CheckIn walk = JournalHistory(*journal).checkIn(id)->value();
    EXPECT_EQ(walk.note, "Also noticed: leaking.");
    EXPECT_TRUE(walk.warningSigns.isEmpty());
    EXPECT_EQ(JournalBackups(path()).list().size(), backups) << "no second update, no backup";
}

TEST_F(JournalMigration, SignsLinesOfAnyVersionBeforeFourAreConverted)
{
    // A version 1 journal goes through every step, the signs included.
    createJournalOfVersion(
        path(), 1,
        {checkInRow(1, at(2025, 11, 3, 7, 30), 7,
                    "'lifting', 'Rough night\nAußerdem bemerkt: Taubheit oder Kribbeln.'")});
    auto journal = open();
    ASSERT_TRUE(journal);
    const CheckIn only = JournalHistory(*journal).allCheckIns()->first();
    EXPECT_EQ(only.note, "Rough night");
    EXPECT_EQ(only.warningSigns, QList<WarningSign>{WarningSign::Numbness});
    EXPECT_EQ(only.triggers, QList<Trigger>{Trigger::Lifting});
}
