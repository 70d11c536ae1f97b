#include "cli/CommandLine.h"

#include "cli/CommandTable.h"
#include "cli/OptionTable.h"
#include "core/common/Done.h"
#include "core/common/Translate.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::ui::CommandLine);

namespace carrywell::ui {
namespace {

QString spelled(const char* name)
{
    return QStringLiteral("--") + QLatin1String(name);
}

bool isSet(const QCommandLineParser& parser, const char* name)
{
    return parser.isSet(QLatin1String(name));
}

/// A parser that knows every option of the table.
void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Exercises, guided sessions and a private journal for back pain after pregnancy."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec& spec : optionTable()) {
        if (spec.builtIn)
            continue;
        QCommandLineOption option(QLatin1String(spec.name), helpLine(spec), valueName(spec));
        if (spec.hidden)
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

/// The folders every command takes must not be empty.
core::Result<core::Done> checkFolders(const QCommandLineParser& parser)
{
    if (isSet(parser, "data-dir") && parser.value(QStringLiteral("data-dir")).trimmed().isEmpty())
        return core::Error{tr("--data-dir needs a folder.")};
    if (isSet(parser, "content-dir") &&
        parser.value(QStringLiteral("content-dir")).trimmed().isEmpty())
        return core::Error{tr("--content-dir needs a folder.")};
    return core::Done{};
}

/// The command given: at most one besides --help and --version, which win;
/// none is the window.
core::Result<const CommandSpec*> chooseCommand(const QCommandLineParser& parser)
{
    QStringList given;
    const CommandSpec* chosen = &commandFor(CommandLineOptions::Action::ShowWindow);
    for (const CommandSpec& command : commandTable()) {
        const OptionSpec* option =
            command.option ? findOption(QLatin1String(command.option)) : nullptr;
        if (option && !option->builtIn && isSet(parser, command.option)) {
            given.append(spelled(command.option));
            chosen = &command;
        }
    }
    if (given.size() > 1)
        return core::Error{tr("Use one of %1 at a time.").arg(given.join(tr(", ")))};
    if (isSet(parser, "help") || isSet(parser, "help-all"))
        return &commandFor(CommandLineOptions::Action::ShowHelp);
    if (isSet(parser, "version"))
        return &commandFor(CommandLineOptions::Action::ShowVersion);
    return chosen;
}

/// "--list-exercises or --log-pain": the commands `option` goes with.
QString commandsFor(const OptionSpec& option)
{
    QStringList names;
    for (const CommandSpec& command : commandTable()) {
        if (command.option && goesWith(command, option))
            names.append(spelled(command.option));
    }
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

/// Every option given goes with the command; --help and --version ignore the rest.
core::Result<core::Done> checkBelonging(const QCommandLineParser& parser,
                                        const CommandSpec& command)
{
    if (command.action == CommandLineOptions::Action::ShowHelp ||
        command.action == CommandLineOptions::Action::ShowVersion)
        return core::Done{};
    for (const OptionSpec& option : optionTable()) {
        if (option.builtIn || !isSet(parser, option.name) || goesWith(command, option))
            continue;
        if (option.misplaced) {
            return core::Error{
                QCoreApplication::translate("carrywell::ui::CommandLine", option.misplaced)
                    .arg(spelled(command.option))};
        }
        return core::Error{
            tr("--%1 goes with %2.").arg(QLatin1String(option.name), commandsFor(option))};
    }
    return core::Done{};
}

} // namespace

core::Result<CommandLineOptions> CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return core::Error{parser.errorText()};
    if (!parser.positionalArguments().isEmpty()) {
        return core::Error{
            tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first())};
    }
    if (const core::Result<core::Done> folders = checkFolders(parser); !folders)
        return core::Error{folders.error()};
    const core::Result<const CommandSpec*> command = chooseCommand(parser);
    if (!command)
        return core::Error{command.error()};
    if (const core::Result<core::Done> fits = checkBelonging(parser, *command.value()); !fits)
        return core::Error{fits.error()};

    CommandLineOptions options;
    options.action = command.value()->action;
    // Qt names the program by how it was started, or "<executable_name>"
    // before a Qt application exists; it is installed as carrywell.
    const QString startedAs = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                           : QStringLiteral("<executable_name>");
    options.helpText = parser.helpText();
    if (const qsizetype at = options.helpText.indexOf(startedAs); at >= 0 && !startedAs.isEmpty())
        options.helpText.replace(at, startedAs.size(), QStringLiteral("carrywell"));
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.contentDir = parser.value(QStringLiteral("content-dir"));
    if (command.value()->read) {
        if (const core::Result<core::Done> read = command.value()->read(parser, options); !read)
            return core::Error{read.error()};
    }
    return options;
}

} // namespace carrywell::ui
