#include "JournalTestSupport.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/JournalInspector.h"
#include "core/journal/JournalRecovery.h"
#include "core/journal/JournalSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class JournalIntegrity : public JournalTest
{
protected:
    // A journal of a few pages, closed, with no WAL left beside it.
    void makeJournal(int entries = 200)
    {
        auto journal = open();
        ASSERT_TRUE(journal);
        QList<ImportedEntry<CheckIn>> batch;
        for (int i = 0; i < entries; ++i) {
            batch.append(
                {0,
                 {},
                 makeCheckIn(at(2026, 1, 1, 8).addSecs(i * 3600), i % 11, {{Region::Neck, i % 7}},
                             {}, QStringLiteral("note %1 ").arg(i).repeated(20))});
        }
        ImportBatch imported;
        imported.checkIns = batch;
        ASSERT_TRUE(journal->import(imported).ok());
        journal.reset();
        ASSERT_FALSE(QFileInfo::exists(path() + "-wal"));
    }

    // Opens, expecting `kind`, and checks the file was left byte for byte.
    // With `ahead`, the inspection is started first on its own thread, as
    // the window does.
    JournalProblem expectUntouched(JournalProblem::Kind kind, bool ahead = false)
    {
        const QByteArray before = fileBytes(path());
        const JournalOpenResult opened =
            ahead ? Journal::open(path(), m_clock, JournalInspector::start(path()))
                  : Journal::open(path(), m_clock);
        EXPECT_FALSE(opened.ok());
        EXPECT_EQ(opened.problem().kind, kind) << opened.error().toStdString();
        EXPECT_TRUE(opened.problem().offersRestore());
        EXPECT_EQ(fileBytes(path()), before) << "the file was modified";
        EXPECT_FALSE(QFileInfo::exists(path() + "-wal"));
        EXPECT_FALSE(QFileInfo::exists(path() + ".lock")) << "the lock outlived the attempt";
        return opened.problem();
    }

    void overwrite(qint64 offset, const QByteArray& bytes)
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(offset));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }
};

QByteArray garbage(int size)
{
    QRandomGenerator random(42);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

TEST_F(JournalIntegrity, GarbageIsNotADatabaseAndIsLeftUntouched)
{
    writeFile(path(), garbage(64 * 1024));
    const JournalProblem problem = expectUntouched(JournalProblem::Kind::NotADatabase);
    EXPECT_TRUE(problem.message.contains("is not a database"));
    EXPECT_TRUE(problem.message.contains("Carrywell has not changed it"));
    EXPECT_TRUE(problem.message.contains("There is no automatic backup to restore"));
    EXPECT_FALSE(problem.latestBackup);
}

TEST_F(JournalIntegrity, ATextFileIsNotADatabase)
{
    writeFile(path(), "time,overall\n2026-01-05T09:00:00Z,4\n");
    expectUntouched(JournalProblem::Kind::NotADatabase);
}

TEST_F(JournalIntegrity, ADamagedPageIsFoundAndTheFileIsLeftUntouched)
{
    makeJournal();
    const qint64 pageSize = scalarAt(path(), "PRAGMA page_size").toLongLong();
    ASSERT_GE(scalarAt(path(), "PRAGMA page_count").toLongLong(), 6);
    overwrite(pageSize * 4, QByteArray(512, char(0xAB)));
    const JournalProblem problem = expectUntouched(JournalProblem::Kind::Damaged);
    EXPECT_TRUE(problem.message.contains("found damage inside your journal"));
    EXPECT_FALSE(problem.details.isEmpty());
}

TEST_F(JournalIntegrity, AnInspectionStartedAheadFindsTheSameDamage)
{
    makeJournal();
    const qint64 pageSize = scalarAt(path(), "PRAGMA page_size").toLongLong();
    overwrite(pageSize * 4, QByteArray(512, char(0xAB)));
    const JournalProblem problem = expectUntouched(JournalProblem::Kind::Damaged, true);
    EXPECT_TRUE(problem.message.contains("found damage inside your journal"));
}

TEST_F(JournalIntegrity, AnInspectionStartedAheadOpensAHealthyJournalWithItsEntries)
{
    makeJournal(20);
    std::future<JournalInspection> inspection = JournalInspector::start(path());
    const JournalOpenResult opened = Journal::open(path(), m_clock, std::move(inspection));
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const auto read =
        JournalHistory(*opened.journal()).checkIns({QDate(2026, 1, 1), QDate(2026, 1, 2)});
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().size(), 20);
    EXPECT_TRUE(opened->addCheckIn(makeCheckIn(at(2026, 3, 1, 9), 3)).ok());
}

TEST_F(JournalIntegrity, AnInspectionStartedAheadStillMeetsTheLock)
{
    makeJournal(5);
    auto first = open();
    ASSERT_TRUE(first);
    const JournalOpenResult second =
        Journal::open(path(), m_clock, JournalInspector::start(path()));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.problem().kind, JournalProblem::Kind::AlreadyOpen);
}

TEST_F(JournalIntegrity, ATruncatedFileIsDamaged)
{
    makeJournal();
    const QByteArray whole = fileBytes(path());
    writeFile(path(), whole.left(whole.size() / 2));
    expectUntouched(JournalProblem::Kind::Damaged);
}

TEST_F(JournalIntegrity, AJournalFromANewerCarrywellIsLeftUntouched)
{
    makeJournal(3);
    const int newer = JournalSchema::currentVersion + 1;
    {
        auto raw = rawConnection(path());
        ASSERT_TRUE(raw);
        QSqlQuery(raw->database()).exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
    }
    const JournalProblem problem = expectUntouched(JournalProblem::Kind::NewerVersion);
    EXPECT_TRUE(problem.message.contains("written by a newer version of Carrywell"));
    EXPECT_TRUE(problem.message.contains(
        QStringLiteral("journal format %1; this version reads formats up to %2")
            .arg(newer)
            .arg(JournalSchema::currentVersion)))
        << problem.message.toStdString();
    EXPECT_TRUE(problem.message.contains("Install the newer Carrywell"));
}

TEST_F(JournalIntegrity, AnotherProgramsDatabaseIsLeftUntouched)
{
    {
        auto raw = rawConnection(path());
        ASSERT_TRUE(raw);
        QSqlQuery query(raw->database());
        ASSERT_TRUE(query.exec("CREATE TABLE recipes (name TEXT)"));
        ASSERT_TRUE(query.exec("INSERT INTO recipes VALUES ('porridge')"));
    }
    const JournalProblem problem = expectUntouched(JournalProblem::Kind::NotAJournal);
    EXPECT_TRUE(problem.message.contains("is a database, but not a Carrywell journal"));
}

TEST_F(JournalIntegrity, TheLatestUsableBackupIsOffered)
{
    makeJournal(5);
    for (int day = 15; day <= 17; ++day) { // one daily backup on each of three days
        m_clock.set(at(2026, 1, day, 9));
        auto journal = open();
        ASSERT_TRUE(journal);
        ASSERT_TRUE(journal->addCheckIn(makeCheckIn(at(2026, 1, day, 9), 3)).ok());
    }
    const QList<BackupInfo> backups = JournalBackups(path()).list();
    ASSERT_EQ(backups.size(), 3); // 15, 16 and 17 January: the 14th began empty
    writeFile(path(), garbage(8192));

    JournalProblem problem = expectUntouched(JournalProblem::Kind::NotADatabase);
    ASSERT_TRUE(problem.latestBackup);
    EXPECT_EQ(problem.latestBackup->path, backups[0].path);
    // Written as everywhere else in the app (the tests' locale is the US one).
    EXPECT_TRUE(problem.message.contains("The latest automatic backup is from Sat 17 Jan 2026, "
                                         "8:00 AM."))
        << problem.message.toStdString();

    // A damaged newest backup is passed over for the one before it.
    QFile::resize(backups[0].path, 3000);
    problem = expectUntouched(JournalProblem::Kind::NotADatabase);
    ASSERT_TRUE(problem.latestBackup);
    EXPECT_EQ(problem.latestBackup->path, backups[1].path);
}

TEST_F(JournalIntegrity, RestoringABackupKeepsTheDamagedFileAside)
{
    makeJournal(5);
    m_clock.set(at(2026, 1, 15, 9));
    {
        auto journal = open();
        ASSERT_TRUE(journal);
        ASSERT_TRUE(
            journal->addCheckIn(makeCheckIn(at(2026, 1, 15, 9), 3, {}, {}, "in backup")).ok());
    }
    m_clock.set(at(2026, 1, 16, 9));
    {
        auto journal = open(); // makes the backup of the 16th, holding "in backup"
        ASSERT_TRUE(journal);
    }
    writeFile(path(), garbage(8192));
    const QByteArray damaged = fileBytes(path());
    const JournalProblem problem = expectUntouched(JournalProblem::Kind::NotADatabase);
    ASSERT_TRUE(problem.latestBackup);

    const Result<QString> kept =
        JournalRecovery::restoreBackup(path(), *problem.latestBackup, m_clock);
    ASSERT_TRUE(kept.ok()) << kept.error().toStdString();
    EXPECT_EQ(QFileInfo(kept.value()).fileName(), "journal-kept-20260116T080000000Z.sqlite");
    EXPECT_EQ(fileBytes(kept.value()), damaged);

    auto journal = open();
    ASSERT_TRUE(journal);
    const QList<CheckIn> all = JournalHistory(*journal).allCheckIns().value();
    ASSERT_EQ(all.size(), 6);
    EXPECT_EQ(all.last().note, "in backup");
}

TEST_F(JournalIntegrity, WithoutABackupTheFileCanBeSetAsideForANewJournal)
{
    writeFile(path(), garbage(4096));
    const QByteArray damaged = fileBytes(path());
    expectUntouched(JournalProblem::Kind::NotADatabase);
    const Result<QString> kept = JournalRecovery::setAside(path(), m_clock);
    ASSERT_TRUE(kept.ok()) << kept.error().toStdString();
    EXPECT_EQ(fileBytes(kept.value()), damaged);
    auto journal = open();
    ASSERT_TRUE(journal);
    EXPECT_EQ(journal->diagnostics()->checkIns, 0);
}

TEST_F(JournalIntegrity, RestoringWhileTheJournalIsOpenIsRefused)
{
    makeJournal(5);
    auto journal = open();
    ASSERT_TRUE(journal);
    const Result<BackupInfo> backup = journal->backUpNow("manual");
    ASSERT_TRUE(backup.ok()) << backup.error().toStdString();
    const QByteArray before = fileBytes(path());
    const Result<QString> restored =
        JournalRecovery::restoreBackup(path(), backup.value(), m_clock);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().contains("open in another Carrywell window"));
    EXPECT_EQ(fileBytes(path()), before);
}

TEST_F(JournalIntegrity, TheInspectorNamesWhatItFinds)
{
    EXPECT_EQ(JournalInspector::inspect(path()).verdict, JournalInspection::Verdict::Missing);
    makeJournal(2);
    const JournalInspection healthy = JournalInspector::inspect(path());
    EXPECT_EQ(healthy.verdict, JournalInspection::Verdict::Healthy);
    EXPECT_EQ(healthy.version, JournalSchema::currentVersion);
    EXPECT_EQ(JournalInspector::inspect(folder()).verdict,
              JournalInspection::Verdict::NotADatabase);
}
