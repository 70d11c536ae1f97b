#include "shell/AppRunner.h"

#include "core/common/Translate.h"
#include "ui/window/DesktopIdentity.h"
#include "shell/WindowLoop.h"
#include "cli/CommandLine.h"
#include "cli/JournalCommands.h"
#include "cli/PlanCommands.h"
#include "cli/SmokeTest.h"
#include "core/content/ContentLoader.h"
#include "core/content/ExerciseListing.h"
#include "ui/figure/IllustrationExport.h"
#include "core/storage/DataDirectory.h"

#include <QApplication>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>
#include <future>

CARRYWELL_TR_CONTEXT(carrywell::ui::AppRunner);

namespace carrywell::ui {
namespace {

void reportContentProblems(const core::ContentLoadReport& report, QTextStream& err)
{
    for (const core::ContentError& error : report.errors)
        err << "carrywell: " << error.toString() << '\n';
    for (const QString& file : report.skippedFiles)
        err << "carrywell: " << tr("skipped %1 because of the problems above").arg(file) << '\n';
    err.flush();
}

int listExercises(const CommandLineOptions& options, const core::ContentLibrary& library,
                  QTextStream& out)
{
    if (options.format == CommandLineOptions::Format::Json) {
        const QList<const core::Exercise*> exercises =
            core::ExerciseListing::select(library, options.region);
        out << QJsonDocument(core::ExerciseListing::toJson(exercises, library))
                   .toJson(QJsonDocument::Indented);
    } else {
        out << core::ExerciseListing::toText(library, options.region);
    }
    out.flush();
    return 0;
}

int listRoutines(const CommandLineOptions& options, const core::ContentLibrary& library,
                 QTextStream& out)
{
    if (options.format == CommandLineOptions::Format::Json)
        out << QJsonDocument(core::ExerciseListing::routinesJson(library)).toJson(QJsonDocument::Indented);
    else
        out << core::ExerciseListing::routinesText(library);
    out.flush();
    return 0;
}

int renderIllustrations(const CommandLineOptions& options, const core::ContentLibrary& library,
                        QTextStream& out, QTextStream& err)
{
    const IllustrationExport::Report report =
        IllustrationExport::writeAll(library, options.renderDir, FigureStyle::light());
    if (!report.error.isEmpty()) {
        err << "carrywell: " << report.error << '\n';
        return 1;
    }
    out << tr("Wrote %1 files to %2").arg(report.written.size()).arg(options.renderDir) << '\n';
    if (!report.missing.isEmpty()) {
        err << "carrywell: "
            << tr("these exercises have no drawings: %1")
                   .arg(report.missing.join(QStringLiteral(", ")))
            << '\n';
        return 1;
    }
    return 0;
}

int showWindow(const CommandLineOptions& options, const core::ContentLoadReport& content,
               QTextStream& err)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) {
        err << "carrywell: " << tr("the window needs a graphical session") << '\n';
        return 1;
    }
    const core::Result<core::DataDirectory> dataDir = core::DataDirectory::open(options.dataDir);
    if (!dataDir) {
        err << "carrywell: " << dataDir.error() << '\n';
        err.flush();
        QMessageBox::critical(nullptr, tr("Carrywell cannot start"), dataDir.error());
        return 1;
    }
    QSettings settings(dataDir->settingsFile(), QSettings::IniFormat);
    return WindowLoop(*app, content, settings, dataDir->journalFile(), core::SystemClock::instance(),
                      options.background)
        .run();
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("carrywell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARRYWELL_VERSION));
    QGuiApplication::setDesktopFileName(DesktopIdentity::desktopId());
}

// Reading the exercise library needs no QApplication. For the window and the
// commands that draw, it is read on the other core while Qt connects to the
// display and loads its fonts; the other commands read it when they need it.
std::future<core::ContentLoadReport> startReadingContent(const CommandLineOptions& options)
{
    using Action = CommandLineOptions::Action;
    const bool beside =
        options.action == Action::ShowWindow || options.action == Action::SmokeTest ||
        options.action == Action::PrintPlan || options.action == Action::JournalReport ||
        options.action == Action::RenderIllustrations;
    return std::async(beside ? std::launch::async : std::launch::deferred,
                      [userDirectory = options.contentDir] {
                          return core::ContentLoader::load(core::ContentLoader::builtInDirectory(),
                                                           userDirectory);
                      });
}

int runCommand(const CommandLineOptions& options, std::future<core::ContentLoadReport> reading,
               QTextStream& out, QTextStream& err)
{
    switch (options.action) {
    case CommandLineOptions::Action::ShowHelp:
        out << options.helpText;
        out.flush();
        return 0;
    case CommandLineOptions::Action::ShowVersion:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        out.flush();
        return 0;
    case CommandLineOptions::Action::LogPain:
        return JournalCommands::logPain(options, core::SystemClock::instance(), out, err);
    case CommandLineOptions::Action::ExportJournal:
        return JournalCommands::exportJournal(options, core::SystemClock::instance(), out, err);
    case CommandLineOptions::Action::ImportJournal:
        return JournalCommands::importJournal(options, core::SystemClock::instance(), out, err);
    case CommandLineOptions::Action::ListExercises:
    case CommandLineOptions::Action::ListRoutines:
    case CommandLineOptions::Action::RenderIllustrations:
    case CommandLineOptions::Action::JournalReport:
    case CommandLineOptions::Action::PrintPlan:
    case CommandLineOptions::Action::ExportCalendar:
    case CommandLineOptions::Action::SmokeTest:
    case CommandLineOptions::Action::ShowWindow:
        break;
    }

    const core::ContentLoadReport content = reading.get();
    reportContentProblems(content, err);

    if (options.action == CommandLineOptions::Action::ListExercises)
        return listExercises(options, content.library, out);
    if (options.action == CommandLineOptions::Action::ListRoutines)
        return listRoutines(options, content.library, out);
    if (options.action == CommandLineOptions::Action::RenderIllustrations)
        return renderIllustrations(options, content.library, out, err);
    if (options.action == CommandLineOptions::Action::JournalReport) {
        return JournalCommands::report(options, content.library, core::SystemClock::instance(),
                                       out, err);
    }
    if (options.action == CommandLineOptions::Action::PrintPlan) {
        return PlanCommands::printPlan(options, content.library, core::SystemClock::instance(),
                                       out, err);
    }
    if (options.action == CommandLineOptions::Action::ExportCalendar) {
        return PlanCommands::exportCalendar(options, content.library,
                                            core::SystemClock::instance(), out, err);
    }
    if (options.action == CommandLineOptions::Action::SmokeTest)
        return SmokeTest::run(options, content, out, err);
    return showWindow(options, content, err);
}

} // namespace

int runCarrywell(int& argc, char** argv)
{
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const core::Result<CommandLineOptions> parsed = CommandLine::parse(arguments);
    if (!parsed) {
        err << "carrywell: " << parsed.error() << '\n'
            << tr("Run “carrywell --help” to see the options.") << '\n';
        err.flush();
        return 2;
    }
    std::future<core::ContentLoadReport> content = startReadingContent(parsed.value());
    // Terminal commands must work over ssh and in scripts, with no display.
    if (parsed->action == CommandLineOptions::Action::ShowWindow ||
        parsed->action == CommandLineOptions::Action::SmokeTest) {
        QApplication app(argc, argv);
        QApplication::setWindowIcon(DesktopIdentity::appIcon());
        return runCommand(parsed.value(), std::move(content), out, err);
    }
    if (parsed->action == CommandLineOptions::Action::RenderIllustrations ||
        parsed->action == CommandLineOptions::Action::JournalReport ||
        parsed->action == CommandLineOptions::Action::PrintPlan) {
        // Drawing needs fonts but no screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runCommand(parsed.value(), std::move(content), out, err);
    }
    QCoreApplication app(argc, argv);
    return runCommand(parsed.value(), std::move(content), out, err);
}

} // namespace carrywell::ui
