#include "ui/figure/IllustrationExport.h"

#include "core/common/AtomicFile.h"
#include "core/common/Translate.h"
#include "ui/figure/IllustrationRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>

CARRYWELL_TR_CONTEXT(carrywell::ui::IllustrationExport);

namespace carrywell::ui {
namespace {

core::Result<core::Done> savePng(const QImage& image, const QString& path)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return core::Error{tr("Could not write “%1”.").arg(path)};
    return core::AtomicFile::write(path, png, tr("Could not write “%1” (%2)."));
}

} // namespace

QImage IllustrationExport::contactSheet(const core::ContentLibrary& library,
                                        const FigureStyle& style)
{
    const int columns = 6;
    const QSize cell(220, 190);
    const int labelHeight = 34;
    const int count = static_cast<int>(library.exercises().size());
    const int rows = (count + columns - 1) / columns;
    QImage image(columns * cell.width(), rows * cell.height(), QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font = painter.font();
    font.setPixelSize(13);
    font.setBold(true);
    painter.setFont(font);
    int index = 0;
    for (const core::Exercise& exercise : library.exercises()) {
        const QRect box(QPoint((index % columns) * cell.width(), (index / columns) * cell.height()),
                        cell);
        ++index;
        painter.setPen(style.text);
        painter.drawText(box.adjusted(8, cell.height() - labelHeight, -8, -4),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, exercise.name);
        const core::Illustration* illustration = library.illustration(exercise.id);
        if (!illustration)
            continue;
        const IllustrationRenderer renderer(exercise, *illustration, style);
        painter.drawImage(
            box.topLeft() + QPoint(10, 8),
            renderer.renderThumbnail(QSize(cell.width() - 20, cell.height() - labelHeight - 12)));
    }
    return image;
}

IllustrationExport::Report IllustrationExport::writeAll(const core::ContentLibrary& library,
                                                        const QString& directory,
                                                        const FigureStyle& style)
{
    Report report;
    if (!QDir().mkpath(directory)) {
        report.error = tr("Could not create the folder “%1”.").arg(directory);
        return report;
    }
    const QDir dir(directory);
    for (const core::Exercise& exercise : library.exercises()) {
        const core::Illustration* illustration = library.illustration(exercise.id);
        if (!illustration) {
            report.missing.append(exercise.id);
            continue;
        }
        const QString path = dir.filePath(exercise.id + QStringLiteral(".png"));
        const core::Result<core::Done> saved =
            savePng(IllustrationRenderer(exercise, *illustration, style).renderSheet(), path);
        if (!saved) {
            report.error = saved.error();
            return report;
        }
        report.written.append(path);
    }
    const QString sheet = dir.filePath(contactSheetName());
    if (const core::Result<core::Done> saved = savePng(contactSheet(library, style), sheet);
        !saved) {
        report.error = saved.error();
        return report;
    }
    report.written.append(sheet);
    return report;
}

} // namespace carrywell::ui
