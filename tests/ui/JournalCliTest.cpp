// The journal's command line, run as scripts run it: the real program with
// no display. Bad arguments exit 2 and leave the journal exactly as it was.
#include "ProgramRun.h"
#include "TestPaths.h"
#include "cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

using test::ProgramRun;

class JournalCliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString dataDir() const { return m_dir.filePath("data"); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    ProgramRun carrywell(QStringList arguments) const
    {
        arguments.prepend(dataDir());
        arguments.prepend(QStringLiteral("--data-dir"));
        return test::runCarrywell(arguments);
    }

    /// Everything in the journal, read with a journal of the test's own.
    QList<core::CheckIn> checkIns() const
    {
        core::JournalOpenResult opened =
            core::Journal::open(dataDir() + QStringLiteral("/journal.sqlite"), m_clock);
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        if (!opened)
            return {};
        const auto all = core::JournalHistory(*opened.journal()).allCheckIns();
        EXPECT_TRUE(all.ok());
        return all.ok() ? all.value() : QList<core::CheckIn>{};
    }

    void writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile out(file(name));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    /// Logs the check-ins the export and report tests start from.
    void seed() const
    {
        ASSERT_EQ(carrywell({"--log-pain", "6", "--region", "lower-back", "--region", "neck=3",
                             "--trigger", "lifting", "--note", "Carried the pram", "--at",
                             "2026-01-05T09:30:00+01:00"})
                      .exitCode,
                  0);
        ASSERT_EQ(carrywell({"--log-pain", "2", "--at", "2026-01-07T21:00"}).exitCode, 0);
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock;
};

} // namespace

TEST_F(JournalCliTest, LogPainAddsACheckInWithRegionsTriggersNoteAndTime)
{
    const ProgramRun run =
        carrywell({"--log-pain", "6", "--region", "lower-back", "--region", "neck=3", "--trigger",
                   "lifting", "--trigger", "poor-sleep", "--note", "Carried the pram", "--at",
                   "2026-01-05T09:30:00+01:00"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out,
              QStringLiteral("Saved a check-in of 6 (moderate) for Mon 5 Jan 2026, 09:30.\n"));
    const QList<core::CheckIn> saved = checkIns();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().overall, 6);
    EXPECT_EQ(saved.first().at,
              QDateTime(QDate(2026, 1, 5), QTime(9, 30), Qt::OffsetFromUTC, 3600));
    EXPECT_EQ(saved.first().at.offsetFromUtc(), 3600);
    EXPECT_EQ(saved.first().regions,
              (QList<core::RegionScore>{{core::Region::Neck, 3}, {core::Region::LowerBack, 6}}));
    EXPECT_EQ(saved.first().triggers,
              (QList<core::Trigger>{core::Trigger::Lifting, core::Trigger::PoorSleep}));
    EXPECT_EQ(saved.first().note, QStringLiteral("Carried the pram"));
}

TEST_F(JournalCliTest, LogPainRecordsWarningSignsAsDataNotInTheNote)
{
    const ProgramRun run =
        carrywell({"--log-pain", "5", "--sign", "night-pain", "--sign", "leaking", "--sign",
                   "leaking", "--note", "Up twice with the baby", "--at", "2026-01-06T07:00"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<core::CheckIn> saved = checkIns();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().warningSigns,
              (QList<core::WarningSign>{core::WarningSign::Leaking, core::WarningSign::NightPain}));
    EXPECT_EQ(saved.first().note, QStringLiteral("Up twice with the baby"));

    // And they leave in the exports as data too.
    ASSERT_EQ(carrywell({"--export-journal", file("out.csv")}).exitCode, 0);
    QFile csv(file("out.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(",triggers,warning-signs,note\r\n")) << text.toStdString();
    EXPECT_TRUE(text.contains(",,leaking;night-pain,Up twice with the baby\r\n"))
        << text.toStdString();
}

TEST_F(JournalCliTest, LogPainWithoutATimeMeansNow)
{
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    const ProgramRun run = carrywell({"--log-pain", "0"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("Saved a check-in of 0 (no pain)"));
    const QList<core::CheckIn> saved = checkIns();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_GE(saved.first().at, before);
    EXPECT_LE(saved.first().at, QDateTime::currentDateTime().addSecs(1));
}

TEST_F(JournalCliTest, BadLogPainArgumentsExitTwoAndAddNothing)
{
    seed();
    const QList<core::CheckIn> before = checkIns();
    const struct
    {
        QStringList args;
        const char* message;
    } cases[] = {
        {{"--log-pain", "11"}, "from 0 (no pain) to 10"},
        {{"--log-pain", "six"}, "not “six”"},
        {{"--log-pain", "5", "--region", "back"}, "Unknown body region “back”"},
        {{"--log-pain", "5", "--region", "neck=12"}, "--region neck="},
        {{"--log-pain", "5", "--region", "neck", "--region", "neck=2"}, "more than once"},
        {{"--log-pain", "5", "--trigger", "dancing"}, "Unknown trigger “dancing”"},
        {{"--log-pain", "5", "--sign", "dizzy"},
         "Unknown warning sign “dizzy”. Use one of: leaking, numbness, night-pain."},
        {{"--sign", "leaking"}, "--sign goes with --log-pain"},
        {{"--log-pain", "5", "--at", "yesterday"}, "ISO 8601"},
        {{"--log-pain", "5", "--at", "2099-01-01T09:00"}, "in the future"},
        {{"--log-pain", "5", "--note", QString(60000, QLatin1Char('x'))}, "characters"},
        {{"--note", "hello"}, "--note goes with --log-pain"},
        {{"--trigger", "lifting"}, "--trigger goes with --log-pain"},
        {{"--log-pain"}, "Missing value"},
        {{"--log-pain", "5", "--export-journal", "x.json"}, "at a time"},
    };
    for (const auto& c : cases) {
        const ProgramRun run = carrywell(c.args);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(' ').left(80).toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(c.message)))
            << c.message << " / " << run.err.toStdString();
    }
    EXPECT_EQ(checkIns(), before);
}

TEST_F(JournalCliTest, ExportsJsonAndCsvByTheFilesExtension)
{
    seed();
    ProgramRun run = carrywell({"--export-journal", file("backup.json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("Wrote %1\n").arg(file("backup.json")));
    QFile json(file("backup.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QByteArray backup = json.readAll();
    EXPECT_TRUE(backup.contains("\"format\": \"carrywell-journal\""));
    EXPECT_TRUE(backup.contains("Carried the pram"));

    run = carrywell({"--export-journal", file("checkins.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile csv(file("checkins.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).contains("date,time,utc-offset,overall"));
    EXPECT_TRUE(lines.at(1).startsWith("2026-01-05,09:30:00,UTC+01:00,6,3,,6,"));
    EXPECT_FALSE(QFile::exists(file("checkins-sessions.csv"))) << "no sessions, no sessions file";

    const ProgramRun bad = carrywell({"--export-journal", file("notes.txt")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(".csv or .json"));
    EXPECT_FALSE(QFile::exists(file("notes.txt")));
    const ProgramRun unwritable = carrywell({"--export-journal", file("missing/folder/x.json")});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains("could not write"));
}

TEST_F(JournalCliTest, ImportsACleanFileAndSkipsDuplicatesTheSecondTime)
{
    writeFile("in.csv", "time,overall,lower-back,triggers,note\n"
                        "2026-01-05T09:00:00+01:00,5,5,lifting,One\n"
                        "2026-01-06T09:00:00+01:00,4,,,Two\n");
    ProgramRun run = carrywell({"--import-journal", file("in.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("Added 2 check-ins.\n"));
    EXPECT_EQ(checkIns().size(), 2);

    run = carrywell({"--import-journal", file("in.csv")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("Skipped line 2: already in your journal."));
    EXPECT_TRUE(run.out.contains("Nothing new was added. 2 entries were already in your journal"));
    EXPECT_EQ(checkIns().size(), 2);

    // The JSON backup of one journal imports into another.
    ASSERT_EQ(carrywell({"--export-journal", file("all.json")}).exitCode, 0);
    const QString other = m_dir.filePath("other");
    QProcess process;
    process.start(CARRYWELL_EXECUTABLE,
                  {"--data-dir", other, "--import-journal", file("all.json")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_EQ(QString::fromUtf8(process.readAllStandardOutput()),
              QStringLiteral("Added 2 check-ins.\n"));
}

TEST_F(JournalCliTest, AFileWithBadRowsImportsNothingUnlessAskedForTheGoodRows)
{
    seed();
    const QList<core::CheckIn> before = checkIns();
    writeFile("mixed.csv", "time,overall,lower-back,triggers,note\n"
                           "2026-01-08T09:00:00+01:00,5,5,lifting,Good\n"
                           "2026-01-09T09:00:00+01:00,15,,,Too high\n"
                           "not a date,3,,,Bad time\n");
    ProgramRun run = carrywell({"--import-journal", file("mixed.csv")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("mixed.csv: line 3: the overall score is “15”"))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("mixed.csv: line 4: ")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("2 rows of the file have problems, so nothing was imported"));
    EXPECT_TRUE(run.err.contains("--good-rows-only"));
    EXPECT_EQ(checkIns(), before);

    run = carrywell({"--import-journal", file("mixed.csv"), "--good-rows-only"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("Added 1 check-in. 2 bad rows were left out."))
        << run.out.toStdString();
    EXPECT_EQ(checkIns().size(), before.size() + 1);
}

TEST_F(JournalCliTest, BadImportArgumentsChangeNothing)
{
    seed();
    const QList<core::CheckIn> before = checkIns();
    writeFile("shopping.csv", "milk,bread\n1,2\n");
    writeFile("notes.txt", "hello");
    const struct
    {
        QStringList args;
        int exitCode;
        const char* message;
    } cases[] = {
        {{"--import-journal", "notes.txt"}, 2, ".csv or .json"},
        {{"--import-journal", file("missing.csv")}, 1, "could not open"},
        {{"--import-journal", file("shopping.csv")}, 1, "does not look like a Carrywell export"},
        {{"--good-rows-only"}, 2, "--good-rows-only goes with --import-journal"},
        {{"--import-journal", file("shopping.csv"), "--export-journal", file("x.json")},
         2,
         "at a time"},
    };
    for (const auto& c : cases) {
        const ProgramRun run = carrywell(c.args);
        EXPECT_EQ(run.exitCode, c.exitCode) << c.args.join(' ').toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(c.message)))
            << c.message << " / " << run.err.toStdString();
    }
    EXPECT_EQ(checkIns(), before);
}

TEST_F(JournalCliTest, AJournalOpenInTheWindowIsLeftAlone)
{
    seed();
    const QList<core::CheckIn> before = checkIns();
    {
        // As if Carrywell's window had it open.
        core::JournalOpenResult window =
            core::Journal::open(dataDir() + QStringLiteral("/journal.sqlite"), m_clock);
        ASSERT_TRUE(window.ok());
        const ProgramRun run = carrywell({"--log-pain", "5"});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains("open in another Carrywell")) << run.err.toStdString();
        EXPECT_EQ(carrywell({"--import-journal", file("none.csv")}).exitCode, 1);
    }
    EXPECT_EQ(checkIns(), before);
}

TEST_F(JournalCliTest, WritesTheReportPdfWithoutADisplay)
{
    seed();
    const ProgramRun run = carrywell(
        {"--journal-report", file("report.pdf"), "--from", "2026-01-01", "--to", "2026-01-10"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The days as people read them, like the report's own first line.
    EXPECT_EQ(
        run.out,
        QStringLiteral("Wrote %1: Thu 1 Jan 2026 to Sat 10 Jan 2026, 2 check-ins, 0 sessions.\n")
            .arg(file("report.pdf")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {file("report.pdf"), QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(words.contains("Thu 1 Jan 2026 to Sat 10 Jan 2026")) << words.toStdString();
    EXPECT_TRUE(words.contains("Carried the pram"));
    EXPECT_TRUE(words.contains("Lower back"));
}

TEST_F(JournalCliTest, BadReportArgumentsWriteNothing)
{
    const struct
    {
        QStringList args;
        const char* message;
    } cases[] = {
        {{"--journal-report", "report.txt"}, "ending in .pdf"},
        {{"--journal-report", "r.pdf", "--from", "5 Jan"}, "YYYY-MM-DD"},
        {{"--journal-report", "r.pdf", "--from", "2026-02-01", "--to", "2026-01-01"}, "is after"},
        {{"--from", "2026-01-01"}, "--from goes with --export-journal or --journal-report"},
        {{"--journal-report", "r.pdf", "--trigger", "lifting"}, "--trigger goes with --log-pain"},
    };
    for (const auto& c : cases) {
        const ProgramRun run = carrywell(c.args);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(' ').toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(c.message)))
            << c.message << " / " << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists("r.pdf"));
    EXPECT_FALSE(QFile::exists(dataDir() + "/journal.sqlite"))
        << "bad arguments never open the journal";
}

TEST(JournalCommandLine, ParsesRegionScoresAndKeepsListingsWorking)
{
    const auto parsed = ui::CommandLine::parse(
        {"carrywell", "--log-pain", "7", "--region", "hips-glutes", "--region", "core=2"});
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed->action, ui::CommandLineOptions::Action::LogPain);
    EXPECT_EQ(parsed->painLog.overall, 7);
    EXPECT_EQ(parsed->painLog.regions,
              (QList<core::RegionScore>{{core::Region::HipsGlutes, 7}, {core::Region::Core, 2}}));
    EXPECT_FALSE(parsed->painLog.at.isValid()) << "now, decided when it is saved";

    const auto listing =
        ui::CommandLine::parse({"carrywell", "--list-exercises", "--region", "neck"});
    ASSERT_TRUE(listing.ok());
    EXPECT_EQ(listing->region, core::Region::Neck);
    EXPECT_FALSE(ui::CommandLine::parse(
                     {"carrywell", "--list-exercises", "--region", "neck", "--region", "core"})
                     .ok());
    EXPECT_FALSE(
        ui::CommandLine::parse({"carrywell", "--list-exercises", "--region", "neck=3"}).ok());

    const auto signs = ui::CommandLine::parse(
        {"carrywell", "--log-pain", "3", "--sign", "numbness", "--sign", "leaking"});
    ASSERT_TRUE(signs.ok()) << signs.error().toStdString();
    EXPECT_EQ(signs->painLog.warningSigns,
              (QList<core::WarningSign>{core::WarningSign::Leaking, core::WarningSign::Numbness}));
    EXPECT_TRUE(signs->painLog.note.isEmpty());

    const auto help = ui::CommandLine::parse({"carrywell", "--help"});
    EXPECT_TRUE(
        help->helpText.simplified().contains("--sign <name> With --log-pain: a warning sign you "
                                             "noticed (leaking, numbness, night-pain)"))
        << help->helpText.toStdString();
    for (const char* option :
         {"--log-pain", "--trigger", "--sign", "--note", "--at", "--export-journal",
          "--import-journal", "--good-rows-only", "--journal-report", "--from", "--to"})
        EXPECT_TRUE(help->helpText.contains(option)) << option;
}
