#include "ui/print/DayListPainter.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "ui/print/ExerciseCard.h"
#include "ui/print/SheetCanvas.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <optional>

CARRYWELL_TR_CONTEXT(carrywell::ui::DayListPainter);

namespace carrywell::ui {
namespace {

constexpr qreal kRailWidth = 92; // day name, date, tick box and pain scale
constexpr qreal kRailGap = 12;
constexpr qreal kColumnGap = 12;  // between the two columns of exercises
constexpr qreal kBandPadding = 6; // above and below each day
constexpr qreal kPainBlock = 25;
constexpr qreal kTick = 13;
constexpr qreal kTickGap = 6;
constexpr int kColumns = 2;
constexpr qreal kSmallestNotes = 60; // a title and two lines

struct Density
{
    CardFormat format;
    qreal rowGap = 7;
};

/// One day's band: its cards two to a row, and how tall it stands.
struct Band
{
    const PlanSheet::Day* day = nullptr;
    QList<ExerciseCard> cards;
    QList<qreal> rows;
    qreal height = 0;
};

qreal railHeight(const SheetCanvas& canvas, const PlanSheet::Day& day)
{
    const qreal name =
        canvas.wrap(QStringLiteral("M"), canvas.font(12, QFont::Bold), kRailWidth).height();
    const qreal line = canvas.wrap(QStringLiteral("M"), canvas.font(8), kRailWidth).height();
    // Name, date (and length), then the tick box, with the pain scale at the foot.
    return name + line + (day.rest ? 6 : kTickGap + kTick + 5) + kPainBlock;
}

Band bandFor(const SheetCanvas& canvas, const PlanSheet::Day& day, qreal width,
             const Density& density)
{
    Band band;
    band.day = &day;
    const qreal cellWidth =
        (width - kRailWidth - kRailGap - kColumnGap * (kColumns - 1)) / kColumns;
    for (const PlanSheet::Item& item : day.items)
        band.cards.append(ExerciseCard(canvas, item, density.format, cellWidth));
    qreal content = day.rest ? 0 : -density.rowGap;
    for (qsizetype i = 0; i < band.cards.size(); i += kColumns) {
        qreal row = 0;
        for (qsizetype j = i; j < std::min<qsizetype>(i + kColumns, band.cards.size()); ++j)
            row = std::max(row, band.cards[j].height());
        band.rows.append(row);
        content += row + density.rowGap;
    }
    band.height = std::max(content, railHeight(canvas, day)) + 2 * kBandPadding;
    return band;
}

QList<Band> bandsFor(const SheetCanvas& canvas, const PlanSheet& sheet, qreal width,
                     const Density& density)
{
    QList<Band> bands;
    for (const PlanSheet::Day& day : sheet.days)
        bands.append(bandFor(canvas, day, width, density));
    return bands;
}

qreal heightOf(const QList<Band>& bands, qsizetype first, qsizetype last)
{
    qreal total = 0;
    for (qsizetype i = first; i < last; ++i)
        total += bands[i].height;
    return total;
}

void paintRail(SheetCanvas& canvas, const PlanSheet::Day& day, const QRectF& rail)
{
    const SheetCanvas::Palette& colours = canvas.palette();
    qreal y = rail.top();
    y += canvas.draw(canvas.wrap(core::LocaleFormat::weekday(day.date),
                                 canvas.font(12, QFont::Bold), rail.width(), 1),
                     QPointF(rail.left(), y), day.rest ? colours.restInk : colours.accent);
    const QString date = PlanSheet::dayLine(day);
    y += canvas.draw(canvas.wrap(date, canvas.font(8), rail.width(), 1), QPointF(rail.left(), y),
                     colours.muted);
    if (!day.rest) {
        y += kTickGap;
        canvas.paintTickBox(QRectF(rail.left(), y, kTick, kTick));
        canvas.drawLine(tr("Done"), canvas.font(8),
                        QRectF(rail.left() + kTick + 5, y, rail.width(), kTick), colours.ink,
                        Qt::AlignLeft);
    }
    const qreal painTop = rail.bottom() - kPainBlock;
    canvas.drawLine(tr("Pain today"), canvas.font(6.5),
                    QRectF(rail.left(), painTop, rail.width(), 10), colours.muted, Qt::AlignLeft);
    canvas.paintPainScale(QRectF(rail.left(), painTop + 11, rail.width(), 13));
}

void paintBand(SheetCanvas& canvas, const Band& band, const Density& density, const QRectF& box)
{
    const SheetCanvas::Palette& colours = canvas.palette();
    const PlanSheet::Day& day = *band.day;
    const QRectF inner = box.adjusted(0, kBandPadding, 0, -kBandPadding);
    paintRail(canvas, day, QRectF(inner.left(), inner.top(), kRailWidth, inner.height()));
    const qreal left = inner.left() + kRailWidth + kRailGap;
    const qreal width = inner.right() - left;
    if (day.rest) {
        const QRectF rest(left, inner.top(), width, inner.height());
        canvas.painter().setPen(Qt::NoPen);
        canvas.painter().setBrush(colours.restFill);
        canvas.painter().drawRoundedRect(rest, 4, 4);
        canvas.drawLine(tr("Rest day"), canvas.font(10, QFont::DemiBold),
                        QRectF(rest.left() + 12, rest.top(), width, rest.height() / 2 + 3),
                        colours.restInk, Qt::AlignLeft);
        canvas.drawLine(tr("Rest helps your body recover."), canvas.font(7.5),
                        QRectF(rest.left() + 12, rest.center().y(), width, rest.height() / 2 - 6),
                        colours.muted, Qt::AlignLeft);
        return;
    }
    const qreal cellWidth = (width - kColumnGap * (kColumns - 1)) / kColumns;
    qreal y = inner.top();
    for (qsizetype i = 0; i < band.cards.size(); ++i) {
        if (i > 0 && i % kColumns == 0)
            y += band.rows[i / kColumns - 1] + density.rowGap;
        band.cards[i].paint(canvas,
                            QPointF(left + qreal(i % kColumns) * (cellWidth + kColumnGap), y));
    }
}

void paintPage(SheetCanvas& canvas, const PlanSheet& sheet, const QList<Band>& bands,
               const Density& density, qsizetype first, qsizetype last, const QString& pageNote)
{
    const QRectF page = canvas.page();
    qreal y = page.top() + canvas.paintHeading(sheet, page, pageNote) + 2;
    for (qsizetype i = first; i < last; ++i) {
        if (i > first)
            canvas.paintRule(QPointF(page.left(), y), QPointF(page.right(), y),
                             canvas.palette().rule);
        paintBand(canvas, bands[i], density, QRectF(page.left(), y, page.width(), bands[i].height));
        y += bands[i].height;
    }
    const qreal note = canvas.paintSafetyNote(page);
    // Room left over becomes a box to write in.
    const QRectF rest(page.left(), y + 6, page.width(), page.bottom() - note - 8 - (y + 6));
    if (rest.height() >= kSmallestNotes)
        canvas.paintNotes(rest);
}

} // namespace

int DayListPainter::paint(SheetCanvas& canvas, const PlanSheet& sheet)
{
    const QRectF page = canvas.page();
    const qreal room = page.height() - canvas.headingHeight(sheet, page.width()) - 2 -
                       canvas.safetyNoteHeight(page.width()) - 6;
    using Arrangement = CardFormat::Arrangement;
    const QList<Density> densities{
        {{Arrangement::PictureBeside, {80, 56}, 1.12, true}, 9},
        {{Arrangement::PictureBeside, {68, 48}, 1.05, true}, 8},
        {{Arrangement::PictureBeside, {60, 42}, 1, true}, 7},
        {{Arrangement::PictureBeside, {52, 37}, 0.95, true}, 6},
        {{Arrangement::PictureBeside, {46, 33}, 0.9, true}, 5},
        {{Arrangement::PictureBeside, {42, 30}, 0.85, true}, 4},
        {{Arrangement::PictureBeside, {40, 28}, 0.8, true}, 3},
        {{Arrangement::PictureBeside, {40, 28}, 0.8, false}, 3},
    };
    // One page in the largest size that holds the week with its cues: a
    // sheet on the fridge reads better whole, if a little smaller.
    constexpr qsizetype kOnePageDensities = 6;
    for (qsizetype d = 0; d < kOnePageDensities; ++d) {
        const QList<Band> bands = bandsFor(canvas, sheet, page.width(), densities[d]);
        if (heightOf(bands, 0, bands.size()) <= room) {
            paintPage(canvas, sheet, bands, densities[d], 0, bands.size(), {});
            return 1;
        }
    }
    // Two pages, split between whole days where the pages come out most even.
    for (const Density& density : densities) {
        const QList<Band> bands = bandsFor(canvas, sheet, page.width(), density);
        std::optional<qsizetype> split;
        qreal tallest = 0;
        for (qsizetype k = 1; k < bands.size(); ++k) {
            const qreal taller = std::max(heightOf(bands, 0, k), heightOf(bands, k, bands.size()));
            if (taller <= room && (!split || taller < tallest)) {
                split = k;
                tallest = taller;
            }
        }
        if (!split && &density != &densities.last())
            continue;
        const qsizetype at = split.value_or(4);
        paintPage(canvas, sheet, bands, density, 0, at, tr("page 1 of 2"));
        canvas.newPage();
        paintPage(canvas, sheet, bands, density, at, bands.size(), tr("page 2 of 2"));
        return 2;
    }
    return 0;
}

} // namespace carrywell::ui
