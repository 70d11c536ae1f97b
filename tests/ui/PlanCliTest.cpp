// --print-plan and --export-calendar, run as scripts run them: the real
// program, no display. The week's plan comes from the journal, or is made
// from the profile and preferences in settings.ini and saved; bad arguments
// exit 2 and touch nothing.
#include "PlanPrintSupport.h"
#include "ProgramRun.h"
#include "TestPaths.h"
#include "cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/plan/IsoWeek.h"
#include "core/plan/PlanJson.h"
#include "core/plan/PlanPreferences.h"
#include "core/profile/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;
using test::ProgramRun;

namespace {

class PlanCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(dataDir()));
        // What the first-run questions and "Make my week" would have stored.
        QSettings settings(dataDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        core::Profile profile;
        profile.birthType = core::BirthType::Vaginal;
        profile.setWeeksSinceBirth(12, QDate(2026, 1, 5));
        profile.equipment = {core::Equipment::Mat, core::Equipment::Band};
        profile.symptomIds = {QStringLiteral("mid-upper-back-pain")};
        core::ProfileStore(settings).save(profile);
        core::PlanPreferences preferences;
        preferences.minutesPerDay = 15;
        preferences.freeDays = {true, true, false, true, false, true, false};
        preferences.sessionTime = QTime(19, 45);
        core::PlanPreferencesStore(settings).save(preferences);
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString journalPath() const { return dataDir() + QStringLiteral("/journal.sqlite"); }

    /// The real program with this test's data folder and, when given, a locale.
    ProgramRun carrywell(QStringList arguments, const QString& locale = {}) const
    {
        arguments.prepend(dataDir());
        arguments.prepend(QStringLiteral("--data-dir"));
        if (locale.isEmpty())
            return test::runCarrywell(arguments);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LC_ALL"), locale);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CARRYWELL_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    /// The plan the journal keeps for the week of `day`, read with a journal of our own.
    std::optional<core::WeeklyPlan> storedPlan(const QDate& day) const
    {
        core::JournalOpenResult opened = core::Journal::open(journalPath(), m_clock);
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        if (!opened)
            return std::nullopt;
        const auto saved = core::JournalHistory(*opened.journal()).planForWeek(day);
        EXPECT_TRUE(saved.ok());
        if (!saved.ok() || !saved.value())
            return std::nullopt;
        const auto plan = core::weeklyPlanFrom(*saved.value());
        EXPECT_TRUE(plan.ok());
        return plan.ok() ? std::optional(plan.value()) : std::nullopt;
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock;
};

} // namespace

TEST_F(PlanCliTest, PrintsTheWeekMakingAndSavingItsPlanTheFirstTime)
{
    const QString pdf = file(QStringLiteral("plan.pdf"));
    const ProgramRun first = carrywell({"--print-plan", pdf, "--week", "2026-W02"});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(
        first.out.contains(QStringLiteral("No plan was kept for 2026-W02, so Carrywell made one")))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(
        QStringLiteral(
            "Wrote %1: the plan for 2026-W02 (5 – 11 January 2026), 4 of 7 days with exercises.")
            .arg(pdf)))
        << first.out.toStdString();

    const std::optional<core::WeeklyPlan> plan = storedPlan(QDate(2026, 1, 7));
    ASSERT_TRUE(plan) << "the new plan is in the journal";
    EXPECT_EQ(plan->weekStart, QDate(2026, 1, 5));
    EXPECT_EQ(plan->minutesPerDay, 15);
    EXPECT_FALSE(plan->days[0].rest);
    EXPECT_TRUE(plan->days[2].rest) << "Wednesday is not a free day";

    const test::PdfFacts facts = test::readPdf(pdf);
    EXPECT_EQ(facts.pages, 1);
    EXPECT_NEAR(facts.pageSize.width(), 842, 1) << "A4 landscape: the week grid in a C locale";
    EXPECT_NEAR(facts.pageSize.height(), 595, 1);
    EXPECT_TRUE(facts.unembedded.isEmpty());
    const QString text = test::squeezed(facts.text);
    for (const core::PlanDay& day : plan->days) {
        EXPECT_TRUE(text.contains(test::squeezed(day.date.toString(QStringLiteral("dddd")))));
        for (const core::PlannedExercise& item : day.exercises)
            EXPECT_TRUE(text.contains(
                test::squeezed(test::shippedLibrary().exercise(item.exerciseId)->name)));
    }

    // The second time the kept plan is printed as it is.
    const ProgramRun second =
        carrywell({"--print-plan", pdf, "--week", "2026-W02", "--layout", "days"});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_FALSE(second.out.contains(QStringLiteral("No plan was kept")));
    EXPECT_EQ(storedPlan(QDate(2026, 1, 5)), plan);
    const test::PdfFacts portrait = test::readPdf(pdf);
    EXPECT_NEAR(portrait.pageSize.width(), 595, 1);
    EXPECT_NEAR(portrait.pageSize.height(), 842, 1);
}

TEST_F(PlanCliTest, AnAmericanLocalePrintsOnLetter)
{
    const QString pdf = file(QStringLiteral("letter.pdf"));
    const ProgramRun run =
        carrywell({"--print-plan", pdf, "--week", "2026-W10", "--layout", "days"},
                  QStringLiteral("en_US.UTF-8"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const test::PdfFacts facts = test::readPdf(pdf);
    EXPECT_NEAR(facts.pageSize.width(), 612, 1);
    EXPECT_NEAR(facts.pageSize.height(), 792, 1);
}

TEST_F(PlanCliTest, ExportsTheWeekAsACalendarAtTheUsualTime)
{
    const QString ics = file(QStringLiteral("week.ics"));
    const ProgramRun run = carrywell({"--export-calendar", ics, "--week", "2026-W02"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Wrote %1").arg(ics))) << run.out.toStdString();
    const std::optional<core::WeeklyPlan> plan = storedPlan(QDate(2026, 1, 5));
    ASSERT_TRUE(plan);

    const QJsonArray events = test::readIcs(ics)[QStringLiteral("events")].toArray();
    QStringList starts;
    for (const QJsonValue& event : events) {
        starts << event.toObject()[QStringLiteral("start")].toString();
        EXPECT_TRUE(event.toObject()[QStringLiteral("summary")].toString().startsWith(
            QStringLiteral("Carrywell: ")));
    }
    // Monday, Tuesday, Thursday and Saturday at 19:45.
    EXPECT_EQ(starts, (QStringList{QStringLiteral("2026-01-05T19:45:00"),
                                   QStringLiteral("2026-01-06T19:45:00"),
                                   QStringLiteral("2026-01-08T19:45:00"),
                                   QStringLiteral("2026-01-10T19:45:00")}));
}

TEST_F(PlanCliTest, WithoutAWeekItIsThisWeek)
{
    const QString before = core::IsoWeek::format(QDate::currentDate());
    const ProgramRun run = carrywell({"--export-calendar", file(QStringLiteral("now.ics"))});
    const QString after = core::IsoWeek::format(QDate::currentDate());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("the plan for %1").arg(before)) ||
                run.out.contains(QStringLiteral("the plan for %1").arg(after)))
        << run.out.toStdString();
}

TEST_F(PlanCliTest, BadArgumentsExitTwoAndWriteNothing)
{
    const struct
    {
        QStringList args;
        const char* message;
    } cases[] = {
        {{"--print-plan", "plan.txt"}, "--print-plan needs a file name ending in .pdf"},
        {{"--export-calendar", "week.pdf"}, "--export-calendar needs a file name ending in .ics"},
        {{"--print-plan", "plan.pdf", "--week", "next week"}, "like 2026-W48"},
        {{"--print-plan", "plan.pdf", "--week", "2026-W60"}, "no week 60"},
        {{"--export-calendar", "week.ics", "--week", "2026-02-01"}, "--week"},
        {{"--print-plan", "plan.pdf", "--layout", "sideways"},
         "Unknown layout “sideways”. Use week or days."},
        {{"--export-calendar", "week.ics", "--layout", "days"}, "--layout goes with --print-plan"},
        {{"--week", "2026-W02"}, "--week goes with --print-plan or --export-calendar"},
        {{"--print-plan", "plan.pdf", "--export-calendar", "week.ics"}, "at a time"},
        {{"--print-plan", "plan.pdf", "--from", "2026-01-01"},
         "--from goes with --export-journal or --journal-report"},
    };
    for (const auto& c : cases) {
        const ProgramRun run = carrywell(c.args);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(' ').toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(c.message)))
            << c.message << " / " << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(QStringLiteral("plan.pdf")));
    EXPECT_FALSE(QFile::exists(QStringLiteral("week.ics")));
    EXPECT_FALSE(QFile::exists(journalPath())) << "bad arguments never open the journal";
}

TEST_F(PlanCliTest, AFileThatCannotBeWrittenChangesNothing)
{
    for (const char* name : {"nowhere/plan.pdf", "nowhere/week.ics"}) {
        const QString path = file(QString::fromLatin1(name));
        const QString option = path.endsWith(QStringLiteral(".pdf"))
                                   ? QStringLiteral("--print-plan")
                                   : QStringLiteral("--export-calendar");
        const ProgramRun run = carrywell({option, path, "--week", "2026-W02"});
        EXPECT_EQ(run.exitCode, 1) << name;
        EXPECT_TRUE(run.err.contains(QStringLiteral("could not write"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_FALSE(QFile::exists(path));
    }
    EXPECT_FALSE(QFile::exists(journalPath()))
        << "no plan was made for a file that cannot be written";
}

TEST_F(PlanCliTest, AJournalOpenInTheWindowIsLeftAlone)
{
    core::JournalOpenResult window = core::Journal::open(journalPath(), m_clock);
    ASSERT_TRUE(window.ok());
    const QString pdf = file(QStringLiteral("plan.pdf"));
    const ProgramRun run = carrywell({"--print-plan", pdf, "--week", "2026-W02"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("open in another Carrywell")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST(PlanCommandLine, ParsesTheWeekAndLayoutAndListsThemInHelp)
{
    const auto parsed = ui::CommandLine::parse(
        {"carrywell", "--print-plan", "fridge.pdf", "--week", "2026-W48", "--layout", "days"});
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed->action, ui::CommandLineOptions::Action::PrintPlan);
    EXPECT_EQ(parsed->planFile, QStringLiteral("fridge.pdf"));
    EXPECT_EQ(parsed->planWeek, QDate(2026, 11, 23));
    EXPECT_EQ(parsed->planLayout, ui::PlanLayout::DayByDay);

    const auto calendar = ui::CommandLine::parse({"carrywell", "--export-calendar", "week.ICS"});
    ASSERT_TRUE(calendar.ok()) << calendar.error().toStdString();
    EXPECT_EQ(calendar->action, ui::CommandLineOptions::Action::ExportCalendar);
    EXPECT_FALSE(calendar->planWeek.isValid()) << "this week, decided when it runs";
    EXPECT_EQ(calendar->planLayout, ui::PlanLayout::WeekGrid);

    const auto help = ui::CommandLine::parse({"carrywell", "--help"});
    ASSERT_TRUE(help.ok());
    for (const char* option : {"--print-plan", "--export-calendar", "--week", "--layout"})
        EXPECT_TRUE(help->helpText.contains(QString::fromLatin1(option))) << option;
}
