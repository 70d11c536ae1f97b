#include "JournalTestSupport.h"
#include "core/journal/JournalHistory.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

// The counts the writer printed, each only after its commit returned. A line
// cut off by the kill has no newline yet and does not count.
QList<int> committedCounts(const QByteArray& output)
{
    QList<int> counts;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline
        bool ok = false;
        const int count = lines[i].toInt(&ok);
        if (ok)
            counts.append(count);
    }
    return counts;
}

bool waitFor(QProcess& process, QByteArray& output, const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms || process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(20);
        output += process.readAllStandardOutput();
    }
    return true;
}

} // namespace

using JournalCrash = JournalTest;

TEST_F(JournalCrash, AKilledWriterLosesNoCommittedCheckIn)
{
    QProcess writer;
    writer.start(QStringLiteral(JOURNAL_WRITER), {path()});
    ASSERT_TRUE(writer.waitForStarted(10000)) << writer.errorString().toStdString();
    QByteArray output;
    ASSERT_TRUE(waitFor(
        writer, output, [&] { return output.startsWith("open\n"); }, 10000))
        << "the writer did not open the journal: " << writer.readAllStandardError().toStdString();

    // While it writes, a second Carrywell is turned away.
    {
        const JournalOpenResult second = Journal::open(path(), m_clock);
        ASSERT_FALSE(second.ok());
        EXPECT_EQ(second.problem().kind, JournalProblem::Kind::AlreadyOpen);
    }

    // Let it write for a while (and at least a few entries), then kill it mid-loop.
    QElapsedTimer writing;
    writing.start();
    ASSERT_TRUE(waitFor(
        writer, output,
        [&] { return writing.elapsed() >= 300 && committedCounts(output).size() >= 5; }, 10000))
        << "the writer stopped: " << writer.readAllStandardError().toStdString();
    writer.kill(); // SIGKILL: no destructors, no clean close, lock and WAL left behind
    ASSERT_TRUE(writer.waitForFinished(10000));
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
    output += writer.readAllStandardOutput();

    const QList<int> counts = committedCounts(output);
    ASSERT_FALSE(counts.isEmpty());
    const int committed = counts.last();
    EXPECT_EQ(counts.size(), committed); // printed 1, 2, 3, ... with no gap

    // The stale lock of the dead writer is taken over; every committed entry is there.
    auto journal = open();
    ASSERT_TRUE(journal);
    const QList<CheckIn> all = JournalHistory(*journal).allCheckIns().value();
    ASSERT_GE(all.size(), committed);
    // At most the one entry whose commit finished but whose number was not printed yet.
    EXPECT_LE(all.size(), committed + 1);
    for (int i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].note, QStringLiteral("entry %1").arg(i + 1));
        EXPECT_EQ(all[i].overall, (i + 1) % 11);
        EXPECT_EQ(all[i].scoreFor(Region::LowerBack), ((i + 1) * 7) % 11);
    }
    EXPECT_TRUE(journal->checkIntegrity().ok());
    QSqlQuery check(journal->database());
    ASSERT_TRUE(check.exec("PRAGMA integrity_check"));
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.value(0).toString(), "ok");
    EXPECT_FALSE(check.next());
    RecordProperty("committed", committed);
}
