#include "cli/LibraryCommands.h"

#include "cli/CommandContext.h"
#include "core/content/ContentLoader.h"
#include "core/content/ExerciseListing.h"
#include "ui/figure/IllustrationExport.h"

#include <QJsonDocument>
#include <QTextStream>

namespace carrywell::ui {
namespace {

bool asJson(const CommandContext& context)
{
    return context.options.format == CommandLineOptions::Format::Json;
}

} // namespace

int LibraryCommands::listExercises(const CommandContext& context)
{
    const core::ContentLibrary& library = context.content->library;
    if (asJson(context)) {
        const QList<const core::Exercise*> exercises =
            core::ExerciseListing::select(library, context.options.region);
        context.out << QJsonDocument(core::ExerciseListing::toJson(exercises, library))
                           .toJson(QJsonDocument::Indented);
    } else {
        context.out << core::ExerciseListing::toText(library, context.options.region);
    }
    context.out.flush();
    return 0;
}

int LibraryCommands::listRoutines(const CommandContext& context)
{
    const core::ContentLibrary& library = context.content->library;
    if (asJson(context)) {
        context.out << QJsonDocument(core::ExerciseListing::routinesJson(library))
                           .toJson(QJsonDocument::Indented);
    } else {
        context.out << core::ExerciseListing::routinesText(library);
    }
    context.out.flush();
    return 0;
}

int LibraryCommands::renderIllustrations(const CommandContext& context)
{
    const QString folder = context.options.renderDir;
    const IllustrationExport::Report report =
        IllustrationExport::writeAll(context.content->library, folder, FigureStyle::light());
    if (!report.error.isEmpty()) {
        context.err << "carrywell: " << report.error << '\n';
        return 1;
    }
    context.out << tr("Wrote %1 files to %2").arg(report.written.size()).arg(folder) << '\n';
    if (!report.missing.isEmpty()) {
        context.err << "carrywell: "
                    << tr("these exercises have no drawings: %1")
                           .arg(report.missing.join(QStringLiteral(", ")))
                    << '\n';
        return 1;
    }
    return 0;
}

} // namespace carrywell::ui
