#include "JournalTestSupport.h"
#include "core/journal/JournalBackups.h"
#include "core/journal/JournalInspector.h"

#include <QDir>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class JournalBackup : public JournalTest
{
protected:
    // Opens on `day` (09:00, UTC+1), adding one check-in, then closes.
    void useOn(int day, const JournalOptions& options = {})
    {
        m_clock.set(at(2026, 1, day, 9));
        auto journal = open(options);
        ASSERT_TRUE(journal);
        ASSERT_TRUE(journal->addCheckIn(makeCheckIn(at(2026, 1, day, 9), day % 11)).ok());
    }

    QStringList backupNames() const
    {
        QStringList names;
        for (const BackupInfo& backup : JournalBackups(path()).list())
            names.append(QFileInfo(backup.path).fileName());
        return names;
    }
};

} // namespace

TEST_F(JournalBackup, OneDailyBackupOnEachDayOfUse)
{
    useOn(14); // empty when opened: nothing to back up yet
    EXPECT_TRUE(backupNames().isEmpty());
    useOn(14);
    useOn(14);
    useOn(15);
    EXPECT_EQ(backupNames(), QStringList({"journal-20260115T080000000Z-daily.sqlite",
                                          "journal-20260114T080000000Z-daily.sqlite"}));
    EXPECT_EQ(JournalBackups(path()).folder(), folder() + "/backups");
}

TEST_F(JournalBackup, TheDailyBackupIsACompleteJournal)
{
    useOn(14);
    useOn(15); // the backup of the 15th holds the check-in of the 14th only
    const QList<BackupInfo> backups = JournalBackups(path()).list();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups[0].reason, "daily");
    EXPECT_EQ(backups[0].madeAt, QDateTime(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC));
    const JournalInspection inspection = JournalInspector::inspect(backups[0].path);
    EXPECT_EQ(inspection.verdict, JournalInspection::Verdict::Healthy);
    EXPECT_EQ(scalarAt(backups[0].path, "SELECT count(*) FROM checkins").toInt(), 1);
    EXPECT_EQ(scalarAt(path(), "SELECT count(*) FROM checkins").toInt(), 2);
}

TEST_F(JournalBackup, OnlyTheNewestAreKept)
{
    JournalOptions options;
    options.backupsToKeep = 3;
    for (int day = 10; day <= 16; ++day)
        useOn(day, options);
    EXPECT_EQ(backupNames(), QStringList({"journal-20260116T080000000Z-daily.sqlite",
                                          "journal-20260115T080000000Z-daily.sqlite",
                                          "journal-20260114T080000000Z-daily.sqlite"}));
    EXPECT_EQ(JournalBackups::defaultKeep, 7);
}

TEST_F(JournalBackup, TheDayIsTheLocalDay)
{
    // 23:30 at UTC+1 is 22:30 UTC; half past midnight is a new local day.
    m_clock.set(at(2026, 1, 14, 23, 30));
    {
        auto journal = open();
        ASSERT_TRUE(journal);
        ASSERT_TRUE(journal->addCheckIn(makeCheckIn(at(2026, 1, 14, 23, 30), 4)).ok());
        ASSERT_TRUE(journal->backUpIfDue().value());
        EXPECT_FALSE(journal->backUpIfDue().value()); // once a day
        m_clock.set(at(2026, 1, 15, 0, 30));
        const std::optional<BackupInfo> next = journal->backUpIfDue().value();
        ASSERT_TRUE(next);
        EXPECT_EQ(next->madeAt, QDateTime(QDate(2026, 1, 14), QTime(23, 30), Qt::UTC));
    }
    EXPECT_EQ(JournalBackups(path()).list().size(), 2);
}

TEST_F(JournalBackup, BackupsInTheSameMillisecondGetTheirOwnNames)
{
    useOn(14);
    auto journal = open();
    ASSERT_TRUE(journal);
    const BackupInfo first = journal->backUpNow("manual").value();
    const BackupInfo second = journal->backUpNow("manual").value();
    EXPECT_NE(first.path, second.path);
    EXPECT_EQ(first.madeAt.msecsTo(second.madeAt), 1);
    EXPECT_EQ(JournalBackups(path()).list().first().path, second.path);
}

TEST_F(JournalBackup, UnfinishedCopiesAreIgnoredThenCleanedUp)
{
    useOn(14);
    const QString partial = folder() + "/backups/journal-20260101T000000000Z-daily.sqlite.partial";
    QDir().mkpath(folder() + "/backups");
    writeFile(partial, "half a copy");
    EXPECT_TRUE(JournalBackups(path()).list().isEmpty());
    useOn(15);
    EXPECT_EQ(JournalBackups(path()).list().size(), 1);
    EXPECT_FALSE(QFileInfo::exists(partial));
}

TEST_F(JournalBackup, ABackupThatCannotBeWrittenIsAWarningNotAFailure)
{
    useOn(14);
    writeFile(folder() + "/backups", "a file where the folder should be");
    m_clock.set(at(2026, 1, 15, 9));
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_EQ(journal->warnings().size(), 1);
    EXPECT_TRUE(
        journal->warnings()[0].startsWith("Today's backup of your journal could not be made"));
    EXPECT_TRUE(journal->warnings()[0].contains("Your journal itself is unchanged"));
    EXPECT_TRUE(journal->addCheckIn(makeCheckIn(at(2026, 1, 15, 9), 2)).ok());
}
