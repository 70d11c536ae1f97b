#include "shell/AppRunner.h"

#include "cli/CommandContext.h"
#include "cli/CommandLine.h"
#include "cli/CommandTable.h"
#include "core/common/Clock.h"
#include "core/common/Translate.h"
#include "core/content/ContentLoader.h"
#include "core/storage/DataDirectory.h"
#include "shell/WindowLoop.h"
#include "ui/window/DesktopIdentity.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <future>
#include <optional>

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

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("carrywell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARRYWELL_VERSION));
    QGuiApplication::setDesktopFileName(DesktopIdentity::desktopId());
}

// Reading the exercise library needs no QApplication. For the commands that
// draw or show windows, it is read on the other core while Qt connects to the
// display and loads its fonts; the others read it when they need it.
std::future<core::ContentLoadReport> startReadingContent(const CommandSpec& command,
                                                         const CommandLineOptions& options)
{
    if (!command.needs.content)
        return {};
    const bool beside = command.needs.app != CommandNeeds::App::Core;
    return std::async(beside ? std::launch::async : std::launch::deferred,
                      [userDirectory = options.contentDir] {
                          return core::ContentLoader::load(core::ContentLoader::builtInDirectory(),
                                                           userDirectory);
                      });
}

/// Provides what the command's row needs, then runs it.
int runCommand(const CommandSpec& command, const CommandLineOptions& options,
               std::future<core::ContentLoadReport> reading, QTextStream& out, QTextStream& err)
{
    std::optional<core::ContentLoadReport> content;
    if (reading.valid()) {
        content = reading.get();
        reportContentProblems(*content, err);
    }
    std::optional<core::DataDirectory> dataDir;
    if (command.needs.journal) {
        core::Result<core::DataDirectory> opened = core::DataDirectory::open(options.dataDir);
        if (!opened) {
            err << "carrywell: " << opened.error() << '\n';
            err.flush();
            if (command.needs.app == CommandNeeds::App::Widgets)
                QMessageBox::critical(nullptr, tr("Carrywell cannot start"), opened.error());
            return 1;
        }
        dataDir = std::move(opened).value();
    }
    const CommandContext context{
        options, core::SystemClock::instance(), out,
        err,     content ? &*content : nullptr, dataDir ? &*dataDir : nullptr};
    return command.run(context);
}

} // namespace

int showWindow(const CommandContext& context)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) {
        context.err << "carrywell: " << tr("the window needs a graphical session") << '\n';
        return 1;
    }
    QSettings settings(context.dataDirectory->settingsFile(), QSettings::IniFormat);
    return WindowLoop(*app, *context.content, settings, context.dataDirectory->journalFile(),
                      context.clock, context.options.background)
        .run();
}

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
    const CommandSpec& command = commandFor(parsed->action);
    std::future<core::ContentLoadReport> content = startReadingContent(command, parsed.value());
    switch (command.needs.app) {
    case CommandNeeds::App::Widgets: {
        QApplication app(argc, argv);
        QApplication::setWindowIcon(DesktopIdentity::appIcon());
        return runCommand(command, parsed.value(), std::move(content), out, err);
    }
    case CommandNeeds::App::Gui: {
        // Drawing needs fonts but no screen; terminal commands work over ssh.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runCommand(command, parsed.value(), std::move(content), out, err);
    }
    case CommandNeeds::App::Core:
        break;
    }
    QCoreApplication app(argc, argv);
    return runCommand(command, parsed.value(), std::move(content), out, err);
}

} // namespace carrywell::ui
