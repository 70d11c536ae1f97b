#pragma once

#include "ui/print/PlanSheet.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace carrywell::ui {

/// Paints a printed sheet in points on any paged device (PDF writer, printer,
/// print preview): the painter is scaled so one unit is one point, and fonts
/// are sized to match. Holds the sheet's colours and the parts both plan
/// layouts share: heading, day heading, exercise picture, tick box, pain
/// scale and safety note.
class SheetCanvas
{
public:
    /// Colours that print well in grey too.
    struct Palette
    {
        QColor ink{0x22, 0x2a, 0x31};
        QColor muted{0x5d, 0x64, 0x6c};
        QColor accent{0x2c, 0x4f, 0x70};
        QColor rule{0xc9, 0xcd, 0xd1};
        QColor pictureFill{0xf4, 0xf6, 0xf8};
        QColor dayFill{0xe8, 0xef, 0xf5};
        QColor restFill{0xf6, 0xf3, 0xec};
        QColor restInk{0x7a, 0x6a, 0x52};
    };

    /// A piece of wrapped text: its lines and how tall they stand.
    struct Text
    {
        QStringList lines;
        QFont font;
        qreal lineHeight = 0;
        qreal height() const { return lineHeight * qreal(lines.size()); }
    };

    /// Begins painting on `device` with `painter` (already begun on it).
    SheetCanvas(QPainter& painter, QPagedPaintDevice& device);

    QPainter& painter() { return m_painter; }
    const Palette& palette() const { return m_palette; }
    /// Where to paint, in points, from (0, 0): the page inside its margins.
    QRectF page() const { return m_page; }
    /// Starts the next page; false when the device could not.
    bool newPage();

    /// DejaVu Sans at `points` as printed, whatever the device's resolution.
    QFont font(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false) const;
    /// `text` wrapped to `width`, at most `maxLines` (the last one elided).
    Text wrap(const QString& text, const QFont& font, qreal width, int maxLines = 99) const;
    /// A list such as a dose ("2 sets × 10 reps · hold 5 s · each side")
    /// wrapped so lines break between its parts, never inside one that fits
    /// a line; a part that starts a line loses its separator.
    Text wrapList(const QString& text, const QString& separator, const QFont& font, qreal width,
                  int maxLines = 99) const;
    /// Draws wrapped text from its top-left corner; returns its height.
    qreal draw(const Text& text, const QPointF& topLeft, const QColor& color,
               Qt::Alignment alignment = Qt::AlignLeft, qreal width = 0);
    /// One line, placed in `box` by `alignment`.
    void drawLine(const QString& line, const QFont& font, const QRectF& box, const QColor& color,
                  Qt::Alignment alignment);

    /// Title, dates and how to use the sheet; returns the height used.
    qreal paintHeading(const PlanSheet& sheet, const QRectF& area, const QString& pageNote = {});
    /// How tall paintHeading() will be for this width.
    qreal headingHeight(const PlanSheet& sheet, qreal width) const;
    /// The safety note along the bottom of `area`; returns the height used.
    qreal paintSafetyNote(const QRectF& area);
    /// How tall paintSafetyNote() will be for this width.
    qreal safetyNoteHeight(qreal width) const;
    /// The exercise's picture on a soft panel (its name's initials when it
    /// has no drawing).
    void paintPicture(const PlanSheet::Item& item, const QRectF& box);
    /// An empty box to tick by hand.
    void paintTickBox(const QRectF& box);
    /// Cells 0 to 10 in a row, to circle the day's pain on.
    void paintPainScale(const QRectF& box);
    /// A box with ruled lines to write in by hand, headed "Notes".
    void paintNotes(const QRectF& box);
    /// A hairline.
    void paintRule(const QPointF& from, const QPointF& to, const QColor& color);

private:
    Text headingNote(const PlanSheet& sheet, qreal width) const;

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    Palette m_palette;
    qreal m_scale = 1; ///< Device pixels per point.
    QRectF m_page;
};

} // namespace carrywell::ui
