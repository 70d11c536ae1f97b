#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace carrywell::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("carrywell::ui::CommandLine", text);
}

} // namespace

core::Result<CommandLineOptions> CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exercises, guided sessions and a private journal for back pain after pregnancy."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption list(QStringLiteral("list-exercises"),
                                  tr("Print the exercise library and exit."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("With --list-exercises: only exercises for this body "
                                       "region (%1).")
                                        .arg(core::idList<core::Region>()),
                                    tr("id"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("With --list-exercises: text (default) or json."),
                                    tr("format"), QStringLiteral("text"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep the journal and settings in this folder instead of "
                                        "the standard one."),
                                     tr("folder"));
    const QCommandLineOption contentDir(QStringLiteral("content-dir"),
                                        tr("Also load exercises from the JSON files in this "
                                           "folder (for example from your physiotherapist)."),
                                        tr("folder"));
    const QCommandLineOption render(QStringLiteral("render-illustrations"),
                                    tr("Draw every exercise's steps as PNG files in this folder, "
                                       "with a contact sheet of all of them, and exit."),
                                    tr("folder"));
    parser.addOptions({list, region, format, dataDir, contentDir, render});

    if (!parser.parse(arguments))
        return core::Error{parser.errorText()};
    if (!parser.positionalArguments().isEmpty()) {
        return core::Error{tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first())};
    }

    CommandLineOptions options;
    options.helpText = parser.helpText();
    options.dataDir = parser.value(dataDir);
    options.contentDir = parser.value(contentDir);
    if (parser.isSet(dataDir) && options.dataDir.trimmed().isEmpty())
        return core::Error{tr("--data-dir needs a folder.")};
    if (parser.isSet(contentDir) && options.contentDir.trimmed().isEmpty())
        return core::Error{tr("--content-dir needs a folder.")};

    if (parser.isSet(help))
        options.action = CommandLineOptions::Action::ShowHelp;
    else if (parser.isSet(version))
        options.action = CommandLineOptions::Action::ShowVersion;
    else if (parser.isSet(list))
        options.action = CommandLineOptions::Action::ListExercises;
    else if (parser.isSet(render))
        options.action = CommandLineOptions::Action::RenderIllustrations;
    options.renderDir = parser.value(render);
    if (parser.isSet(render) && options.renderDir.trimmed().isEmpty())
        return core::Error{tr("--render-illustrations needs a folder.")};

    const bool listing = options.action == CommandLineOptions::Action::ListExercises;
    if ((parser.isSet(region) || parser.isSet(format)) && !listing &&
        options.action == CommandLineOptions::Action::ShowWindow) {
        return core::Error{tr("--region and --format go with --list-exercises.")};
    }
    if (parser.isSet(region)) {
        options.region = core::fromId<core::Region>(parser.value(region));
        if (!options.region) {
            return core::Error{tr("Unknown body region “%1”. Use one of: %2.")
                                   .arg(parser.value(region), core::idList<core::Region>())};
        }
    }
    const QString formatValue = parser.value(format);
    if (formatValue == QLatin1String("json")) {
        options.format = CommandLineOptions::Format::Json;
    } else if (formatValue != QLatin1String("text")) {
        return core::Error{
            tr("Unknown format “%1”. Use text or json.").arg(formatValue)};
    }
    return options;
}

} // namespace carrywell::ui
