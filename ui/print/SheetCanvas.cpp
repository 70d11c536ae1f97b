#include "ui/print/SheetCanvas.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "ui/figure/FigureStyle.h"
#include "ui/figure/IllustrationRenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::ui::SheetCanvas);

namespace carrywell::ui {
namespace {

/// Line spacing as a share of the font's own height: airy but compact.
constexpr qreal kLineSpacing = 1.12;

QString initials(const QString& name)
{
    QString letters;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (letters.size() < 2 && word.at(0).isLetter())
            letters += word.at(0).toUpper();
    }
    return letters;
}

} // namespace

SheetCanvas::SheetCanvas(QPainter& painter, QPagedPaintDevice& device)
    : m_painter(painter), m_device(device), m_scale(device.logicalDpiX() / 72.0)
{
    m_painter.scale(m_scale, m_scale);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_page = QRectF(0, 0, device.width() / m_scale, device.height() / m_scale);
}

bool SheetCanvas::newPage()
{
    return m_device.newPage();
}

QFont SheetCanvas::font(qreal points, QFont::Weight weight, bool italic) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // The painter is scaled to points, so the font is sized in device pixels
    // per point less.
    font.setPointSizeF(points * 72.0 / m_device.logicalDpiY());
    font.setWeight(weight);
    font.setItalic(italic);
    return font;
}

SheetCanvas::Text SheetCanvas::wrap(const QString& text, const QFont& font, qreal width,
                                    int maxLines) const
{
    Text result;
    result.font = font;
    const QFontMetricsF metrics(font, &m_device);
    result.lineHeight = metrics.height() * kLineSpacing;
    if (text.isEmpty() || maxLines <= 0)
        return result;

    QTextLayout layout(text, font, &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<std::pair<int, int>> spans;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        spans.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    for (qsizetype i = 0; i < spans.size() && i < maxLines; ++i) {
        if (i == maxLines - 1 && spans.size() > maxLines) {
            // The rest of the text on the last line allowed, cut with an ellipsis.
            const QString rest = text.mid(spans[i].first).simplified();
            result.lines << metrics.elidedText(rest, Qt::ElideRight, width);
        } else {
            result.lines << text.mid(spans[i].first, spans[i].second).trimmed();
        }
    }
    return result;
}

SheetCanvas::Text SheetCanvas::wrapList(const QString& text, const QString& separator,
                                        const QFont& font, qreal width, int maxLines) const
{
    const QFontMetricsF metrics(font, &m_device);
    QStringList lines;
    for (const QString& part : text.split(separator, Qt::SkipEmptyParts)) {
        const QString joined = lines.isEmpty() ? part : lines.last() + separator + part;
        if (!lines.isEmpty() && metrics.horizontalAdvance(joined) <= width) {
            lines.last() = joined;
            continue;
        }
        // A part too long for a line wraps like any text.
        lines << wrap(part, font, width).lines;
    }
    Text result = wrap(QString(), font, width);
    if (lines.size() > maxLines) {
        const QString rest = QStringList(lines.mid(maxLines - 1)).join(separator);
        lines = lines.mid(0, maxLines - 1);
        lines << metrics.elidedText(rest, Qt::ElideRight, width);
    }
    result.lines = lines;
    return result;
}

qreal SheetCanvas::draw(const Text& text, const QPointF& topLeft, const QColor& color,
                        Qt::Alignment alignment, qreal width)
{
    m_painter.setFont(text.font);
    m_painter.setPen(color);
    qreal y = topLeft.y();
    for (const QString& line : text.lines) {
        drawLine(line, text.font, QRectF(topLeft.x(), y, width, text.lineHeight), color, alignment);
        y += text.lineHeight;
    }
    return text.height();
}

void SheetCanvas::drawLine(const QString& line, const QFont& font, const QRectF& box,
                           const QColor& color, Qt::Alignment alignment)
{
    const QFontMetricsF metrics(font, &m_device);
    qreal x = box.left();
    if (alignment & Qt::AlignRight)
        x = box.right() - metrics.horizontalAdvance(line);
    else if (alignment & Qt::AlignHCenter)
        x = box.center().x() - metrics.horizontalAdvance(line) / 2;
    // Centred vertically on the font's own height, so mixed sizes share a baseline rule.
    const qreal baseline = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent();
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(QPointF(x, baseline), line);
}

SheetCanvas::Text SheetCanvas::headingNote(const PlanSheet& sheet, qreal width) const
{
    // The right-hand third is kept for the week number.
    return wrap(sheet.summary() + QLatin1Char(' ') + PlanSheet::howTo(), font(8.5),
                width * 0.7 - 12, 2);
}

qreal SheetCanvas::headingHeight(const PlanSheet& sheet, qreal width) const
{
    return QFontMetricsF(font(20, QFont::Bold), &m_device).height() + 2 +
           headingNote(sheet, width).height() + 7;
}

qreal SheetCanvas::paintHeading(const PlanSheet& sheet, const QRectF& area, const QString& pageNote)
{
    const QFont titleFont = font(20, QFont::Bold);
    const qreal titleHeight = QFontMetricsF(titleFont, &m_device).height();
    const QRectF titleBox(area.left(), area.top(), area.width(), titleHeight);
    drawLine(PlanSheet::title(), titleFont, titleBox, m_palette.accent, Qt::AlignLeft);
    drawLine(PlanSheet::dateRange(sheet.weekStart), font(13, QFont::DemiBold), titleBox,
             m_palette.ink, Qt::AlignRight);

    qreal y = area.top() + titleHeight + 2;
    QString week = tr("Week %1").arg(sheet.weekStart.weekNumber());
    if (!pageNote.isEmpty())
        week = tr("%1 · %2").arg(week, pageNote);
    const Text note = headingNote(sheet, area.width());
    draw(note, QPointF(area.left(), y), m_palette.muted);
    drawLine(week, note.font, QRectF(area.left(), y, area.width(), note.lineHeight),
             m_palette.muted, Qt::AlignRight);
    y += note.height() + 6;
    paintRule(QPointF(area.left(), y), QPointF(area.right(), y), m_palette.accent);
    return y + 1 - area.top();
}

qreal SheetCanvas::safetyNoteHeight(qreal width) const
{
    return wrap(PlanSheet::safetyNote(), font(7), width - 16).height() + 8;
}

qreal SheetCanvas::paintSafetyNote(const QRectF& area)
{
    const Text note = wrap(PlanSheet::safetyNote(), font(7), area.width() - 16);
    const qreal height = note.height() + 8;
    const QRectF box(area.left(), area.bottom() - height, area.width(), height);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.restFill);
    m_painter.drawRoundedRect(box, 4, 4);
    // A small warning mark in the margin of the note.
    const QRectF mark(box.left() + 4, box.top() + 4, 8, note.lineHeight);
    drawLine(QStringLiteral("!"), font(7, QFont::Bold), mark, m_palette.restInk, Qt::AlignHCenter);
    draw(note, QPointF(box.left() + 12, box.top() + 4), m_palette.restInk);
    return height;
}

void SheetCanvas::paintPicture(const PlanSheet::Item& item, const QRectF& box)
{
    m_painter.save();
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.pictureFill);
    m_painter.drawRoundedRect(box, 3, 3);
    if (item.exercise && item.illustration) {
        FigureStyle style = FigureStyle::light();
        style.background = m_palette.pictureFill;
        const IllustrationRenderer renderer(*item.exercise, *item.illustration, style);
        renderer.paintStep(m_painter, box.adjusted(1.5, 1.5, -1.5, -1.5), item.step);
    } else {
        drawLine(initials(item.name), font(std::min(box.height() * 0.4, 14.0), QFont::Bold), box,
                 m_palette.rule, Qt::AlignHCenter);
    }
    m_painter.restore();
}

void SheetCanvas::paintTickBox(const QRectF& box)
{
    m_painter.save();
    m_painter.setPen(QPen(m_palette.ink, 0.9));
    m_painter.setBrush(Qt::white);
    m_painter.drawRoundedRect(box, 1.5, 1.5);
    m_painter.restore();
}

void SheetCanvas::paintPainScale(const QRectF& cells)
{
    const qreal cell = cells.width() / 11;
    const QFont numbers = font(std::clamp(cell * 0.55, 4.5, 7.0));
    m_painter.save();
    m_painter.setPen(QPen(m_palette.rule, 0.6));
    m_painter.setBrush(Qt::white);
    m_painter.drawRect(cells);
    for (int i = 1; i < 11; ++i) {
        const qreal x = cells.left() + i * cell;
        m_painter.drawLine(QPointF(x, cells.top()), QPointF(x, cells.bottom()));
    }
    m_painter.restore();
    for (int i = 0; i <= 10; ++i) {
        drawLine(core::LocaleFormat::number(i), numbers,
                 QRectF(cells.left() + i * cell, cells.top(), cell, cells.height()),
                 m_palette.muted, Qt::AlignHCenter);
    }
}

void SheetCanvas::paintNotes(const QRectF& box)
{
    m_painter.save();
    m_painter.setPen(QPen(m_palette.rule, 0.8));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRoundedRect(box, 4, 4);
    m_painter.restore();
    const QFont title = font(9, QFont::DemiBold);
    const qreal titleHeight = QFontMetricsF(title, &m_device).height();
    drawLine(tr("Notes"), title,
             QRectF(box.left() + 8, box.top() + 5, box.width() - 16, titleHeight), m_palette.muted,
             Qt::AlignLeft);
    // Lines a pen can follow: about 7 mm apart.
    constexpr qreal kRuling = 20;
    for (qreal y = box.top() + 5 + titleHeight + kRuling; y < box.bottom() - 6; y += kRuling)
        paintRule(QPointF(box.left() + 8, y), QPointF(box.right() - 8, y), m_palette.rule);
}

void SheetCanvas::paintRule(const QPointF& from, const QPointF& to, const QColor& color)
{
    m_painter.save();
    m_painter.setPen(QPen(color, 0.6));
    m_painter.drawLine(from, to);
    m_painter.restore();
}

} // namespace carrywell::ui
