#include "core/common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace carrywell::core;

namespace {

const QString kFailure = QStringLiteral("Could not write “%1” (%2).");

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
}

/// While it lives, no file of this process may grow past `bytes`: the disk
/// "fills up" part way through a write, as a full disk or a quota would.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace

TEST(AtomicFile, WritesTheWholeFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("plan.ics");
    const Result<Done> written = AtomicFile::write(path, "BEGIN:VCALENDAR\r\n", kFailure);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(contentsOf(path), "BEGIN:VCALENDAR\r\n");
    EXPECT_EQ(filesIn(dir.path()), QStringList{"plan.ics"});
}

TEST(AtomicFile, ReplacesAnOldFileWithTheNewOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("report.pdf");
    ASSERT_TRUE(AtomicFile::write(path, "the old report, which was longer", kFailure).ok());
    ASSERT_TRUE(AtomicFile::write(path, "the new report", kFailure).ok());
    EXPECT_EQ(contentsOf(path), "the new report");
    EXPECT_EQ(filesIn(dir.path()), QStringList{"report.pdf"});
}

TEST(AtomicFile, KeepsTheOldFileWhenTheDiskFillsUpHalfWay)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal-export.json");
    const QByteArray old = "{\"checkIns\": []}";
    ASSERT_TRUE(AtomicFile::write(path, old, kFailure).ok());

    const QByteArray larger(64 * 1024, 'x');
    Result<Done> written = Done{};
    {
        const FileSizeLimit fullDisk(4 * 1024);
        written = AtomicFile::write(path, larger, kFailure);
    }
    ASSERT_FALSE(written.ok());
    // The message is the caller's sentence, naming the file and why.
    EXPECT_TRUE(
        written.error().startsWith("Could not write “" + QDir::toNativeSeparators(path) + "” ("))
        << written.error().toStdString();
    EXPECT_FALSE(written.error().contains("%2")) << written.error().toStdString();
    // The old file is there as it was, and no half-written copy is left beside it.
    EXPECT_EQ(contentsOf(path), old);
    EXPECT_EQ(filesIn(dir.path()), QStringList{"journal-export.json"});
}

TEST(AtomicFile, SaysWhyWhenTheFolderIsMissing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("gone/plan.pdf");
    const Result<Done> written = AtomicFile::write(path, "%PDF-1.4", kFailure);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QDir::toNativeSeparators(path)))
        << written.error().toStdString();
    EXPECT_FALSE(written.error().contains("()")) << "the reason is given";
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}

TEST(AtomicFile, ProbingLeavesAnOldFileAndTheFolderAsTheyWere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("week.ics");
    ASSERT_TRUE(AtomicFile::write(path, "last week's calendar", kFailure).ok());
    EXPECT_TRUE(AtomicFile::probe(path, kFailure).ok());
    EXPECT_TRUE(AtomicFile::probe(dir.filePath("new.ics"), kFailure).ok());
    EXPECT_EQ(contentsOf(path), "last week's calendar");
    EXPECT_EQ(filesIn(dir.path()), QStringList{"week.ics"});

    const Result<Done> missing = AtomicFile::probe(dir.filePath("gone/week.ics"), kFailure);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QDir::toNativeSeparators(dir.filePath("gone/week.ics"))));
}

TEST(AtomicFile, ACallerMayFillInItsOwnWordsFirst)
{
    // The command line names what it writes before the file and the reason.
    QTemporaryDir dir;
    const QString path = dir.filePath("gone/plan.pdf");
    const Result<Done> probed = AtomicFile::probe(
        path, QStringLiteral("Carrywell could not write %1 to “%2” (%3).").arg("the plan"));
    ASSERT_FALSE(probed.ok());
    EXPECT_TRUE(probed.error().startsWith("Carrywell could not write the plan to “" +
                                          QDir::toNativeSeparators(path) + "” ("))
        << probed.error().toStdString();
}
