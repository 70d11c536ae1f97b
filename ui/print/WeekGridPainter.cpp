#include "ui/print/WeekGridPainter.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "ui/print/ExerciseCard.h"
#include "ui/print/SheetCanvas.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <optional>

CARRYWELL_TR_CONTEXT(carrywell::ui::WeekGridPainter);

namespace carrywell::ui {
namespace {

constexpr qreal kGutter = 7;     // between day columns
constexpr qreal kDayHeader = 30; // day name, date and tick box
constexpr qreal kUnderHeader = 7;
constexpr qreal kPainBlock = 25; // "Pain today" and its scale
constexpr qreal kAbovePain = 6;
constexpr qreal kPictureRatio = 0.62; // the tallest picture above the words, to its width

using Arrangement = CardFormat::Arrangement;

/// A way to set the cards, with the smallest picture it may shrink to when
/// the picture sits above the words.
struct Candidate
{
    CardFormat format;
    qreal minPicture = 0;
    qreal gap = 7; ///< Between two cards.
};

/// Days [first, first + count) as columns of cards.
struct Grid
{
    qsizetype first = 0;
    qsizetype count = 7;
    qreal columnWidth = 0;
    qreal gap = 7;
    QList<QList<ExerciseCard>> columns;
};

qreal columnHeight(const QList<ExerciseCard>& cards, qreal gap)
{
    qreal height = 0;
    for (const ExerciseCard& card : cards)
        height += card.height();
    return height + gap * qreal(std::max<qsizetype>(cards.size() - 1, 0));
}

Grid cardsFor(const SheetCanvas& canvas, const PlanSheet& sheet, qsizetype first, qsizetype count,
              qreal columnWidth, const CardFormat& format, qreal gap)
{
    Grid grid{first, count, columnWidth, gap, {}};
    for (qsizetype i = first; i < first + count; ++i) {
        QList<ExerciseCard> cards;
        for (const PlanSheet::Item& item : sheet.days[i].items)
            cards.append(ExerciseCard(canvas, item, format, columnWidth));
        grid.columns.append(cards);
    }
    return grid;
}

/// The grid in this candidate's format if every column fits in `room`.
std::optional<Grid> fit(const SheetCanvas& canvas, const PlanSheet& sheet, qsizetype first,
                        qsizetype count, qreal columnWidth, const Candidate& candidate, qreal room)
{
    CardFormat format = candidate.format;
    if (format.arrangement == Arrangement::PictureAbove) {
        // The words decide what is left for the pictures, the same size in every column.
        format.picture.setHeight(0);
        const Grid words =
            cardsFor(canvas, sheet, first, count, columnWidth, format, candidate.gap);
        qreal picture = columnWidth * kPictureRatio;
        for (const QList<ExerciseCard>& cards : words.columns) {
            if (!cards.isEmpty())
                picture = std::min(picture, (room - columnHeight(cards, candidate.gap)) /
                                                qreal(cards.size()));
        }
        if (picture < candidate.minPicture)
            return std::nullopt;
        format.picture.setHeight(picture);
    }
    Grid grid = cardsFor(canvas, sheet, first, count, columnWidth, format, candidate.gap);
    for (const QList<ExerciseCard>& cards : grid.columns) {
        if (columnHeight(cards, candidate.gap) > room + 0.01)
            return std::nullopt;
    }
    return grid;
}

void paintDayHeader(SheetCanvas& canvas, const PlanSheet::Day& day, const QRectF& box)
{
    const SheetCanvas::Palette& colours = canvas.palette();
    QPainter& painter = canvas.painter();
    painter.setPen(Qt::NoPen);
    painter.setBrush(day.rest ? colours.restFill : colours.dayFill);
    painter.drawRoundedRect(box, 4, 4);
    const QRectF inner = box.adjusted(6, 3, -6, -3);
    const qreal nameHeight = inner.height() * 0.58;
    canvas.drawLine(core::LocaleFormat::weekday(day.date), canvas.font(10, QFont::Bold),
                    QRectF(inner.left(), inner.top(), inner.width(), nameHeight),
                    day.rest ? colours.restInk : colours.accent, Qt::AlignLeft);
    const QString date = PlanSheet::dayLine(day);
    canvas.drawLine(
        date, canvas.font(7.2),
        QRectF(inner.left(), inner.top() + nameHeight, inner.width(), inner.height() - nameHeight),
        colours.muted, Qt::AlignLeft);
    if (!day.rest) {
        const qreal tick = 12;
        canvas.paintTickBox(QRectF(inner.right() - tick, box.center().y() - tick / 2, tick, tick));
    }
}

void paintRest(SheetCanvas& canvas, const QRectF& area)
{
    const SheetCanvas::Palette& colours = canvas.palette();
    const QRectF box(area.left(), area.top(), area.width(), std::min(area.height(), 58.0));
    QPainter& painter = canvas.painter();
    painter.setPen(QPen(colours.restFill.darker(112), 0.8, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box, 4, 4);
    canvas.drawLine(tr("Rest day"), canvas.font(9.5, QFont::DemiBold),
                    QRectF(box.left(), box.top() + 9, box.width(), 16), colours.restInk,
                    Qt::AlignHCenter);
    const SheetCanvas::Text note =
        canvas.wrap(tr("Rest helps your body recover."), canvas.font(6.8), box.width() - 12, 2);
    canvas.draw(note, QPointF(box.left() + 6, box.top() + 27), colours.muted, Qt::AlignHCenter,
                box.width() - 12);
}

void paintGrid(SheetCanvas& canvas, const PlanSheet& sheet, const Grid& grid, const QRectF& area)
{
    const SheetCanvas::Palette& colours = canvas.palette();
    for (qsizetype i = 0; i < grid.count; ++i) {
        const PlanSheet::Day& day = sheet.days[grid.first + i];
        const QRectF column(area.left() + qreal(i) * (grid.columnWidth + kGutter), area.top(),
                            grid.columnWidth, area.height());
        paintDayHeader(canvas, day,
                       QRectF(column.left(), column.top(), column.width(), kDayHeader));
        const QRectF body(column.left(), column.top() + kDayHeader + kUnderHeader, column.width(),
                          column.height() - kDayHeader - kUnderHeader - kAbovePain - kPainBlock);
        if (day.rest) {
            paintRest(canvas, body);
        } else {
            qreal y = body.top();
            for (const ExerciseCard& card : grid.columns[i]) {
                card.paint(canvas, QPointF(body.left(), y));
                y += card.height() + grid.gap;
            }
        }
        const qreal painTop = column.bottom() - kPainBlock;
        canvas.drawLine(tr("Pain today"), canvas.font(6.5),
                        QRectF(column.left(), painTop, column.width(), 10), colours.muted,
                        Qt::AlignLeft);
        canvas.paintPainScale(QRectF(column.left(), painTop + 11, column.width(), 13));
    }
}

qreal widthOf(qreal area, int columns)
{
    return (area - kGutter * (columns - 1)) / columns;
}

} // namespace

int WeekGridPainter::paint(SheetCanvas& canvas, const PlanSheet& sheet)
{
    const QRectF page = canvas.page();
    const qreal top = canvas.headingHeight(sheet, page.width()) + 9;
    const QRectF area(page.left(), page.top() + top, page.width(),
                      page.height() - top - canvas.safetyNoteHeight(page.width()) - 9);
    const qreal room = area.height() - kDayHeader - kUnderHeader - kAbovePain - kPainBlock;

    // The whole week on one page: pictures above the words while they stay
    // big enough to read, else the compact card.
    const qreal narrow = widthOf(area.width(), 7);
    const QSizeF small(narrow * 0.36, narrow * 0.36 * 0.75);
    for (const Candidate& candidate :
         {Candidate{{Arrangement::PictureAbove, {0, 0}, 1, true}, 30, 8},
          Candidate{{Arrangement::Compact, small, 1, true}, 0, 7},
          Candidate{{Arrangement::Compact, small * 0.92, 0.92, true}, 0, 6}}) {
        if (const std::optional<Grid> grid =
                fit(canvas, sheet, 0, sheet.days.size(), narrow, candidate, room)) {
            canvas.paintHeading(sheet, page);
            paintGrid(canvas, sheet, *grid, area);
            canvas.paintSafetyNote(page);
            return 1;
        }
    }

    // A full week: two pages four columns wide, Monday to Thursday, then
    // Friday to Sunday, in the largest format both pages hold.
    const int columns = 4;
    const qreal wide = widthOf(area.width(), columns);
    const QList<Candidate> candidates{
        {{Arrangement::PictureAbove, {0, 0}, 1, true}, 52, 8},
        {{Arrangement::PictureBeside, {60, 44}, 1, true}, 0, 7},
        {{Arrangement::PictureBeside, {54, 40}, 0.95, true}, 0, 6},
        {{Arrangement::PictureBeside, {48, 36}, 0.9, true}, 0, 5},
        {{Arrangement::PictureBeside, {44, 33}, 0.85, true}, 0, 4},
        {{Arrangement::PictureBeside, {44, 33}, 0.85, false}, 0, 4},
    };
    const QList<std::pair<qsizetype, qsizetype>> parts{{0, columns},
                                                       {columns, sheet.days.size() - columns}};
    std::optional<Candidate> chosen;
    for (const Candidate& candidate : candidates) {
        if (fit(canvas, sheet, 0, columns, wide, candidate, room) &&
            fit(canvas, sheet, columns, parts[1].second, wide, candidate, room)) {
            chosen = candidate;
            break;
        }
    }
    // Nothing fits a week this full: the smallest format, as well as it goes.
    const Candidate candidate = chosen.value_or(candidates.last());
    for (qsizetype part = 0; part < parts.size(); ++part) {
        if (part > 0)
            canvas.newPage();
        canvas.paintHeading(sheet, page, tr("page %1 of %2").arg(part + 1).arg(parts.size()));
        const std::optional<Grid> fitted =
            fit(canvas, sheet, parts[part].first, parts[part].second, wide, candidate, room);
        CardFormat format = candidate.format;
        if (format.arrangement == Arrangement::PictureAbove)
            format.picture.setHeight(candidate.minPicture);
        const Grid grid = fitted.value_or(cardsFor(
            canvas, sheet, parts[part].first, parts[part].second, wide, format, candidate.gap));
        paintGrid(canvas, sheet, grid, area);
        if (grid.count < columns) {
            // The free column holds a box to write in, as tall as the days.
            const qreal left = area.left() + qreal(grid.count) * (wide + kGutter);
            canvas.paintNotes(QRectF(left, area.top(), area.right() - left, area.height()));
        }
        canvas.paintSafetyNote(page);
    }
    return int(parts.size());
}

} // namespace carrywell::ui
