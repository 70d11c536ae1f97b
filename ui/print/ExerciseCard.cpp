#include "ui/print/ExerciseCard.h"

#include <algorithm>

namespace carrywell::ui {
namespace {

constexpr qreal kPictureGap = 6;   // between a picture beside the words and the words
constexpr qreal kUnderPicture = 3; // between a picture above the words and the words
constexpr qreal kLineGap = 1;      // between name, dose and cue

} // namespace

ExerciseCard::ExerciseCard(const SheetCanvas& canvas, const PlanSheet::Item& item,
                           const CardFormat& format, qreal width)
    : m_item(&item), m_format(format), m_width(width), m_picture(format.picture)
{
    using Arrangement = CardFormat::Arrangement;
    const qreal s = format.scale;
    const QFont nameFont = canvas.font(8 * s, QFont::Bold);
    const QFont dosageFont = canvas.font(6.9 * s);
    const QFont cueFont = canvas.font(6.6 * s, QFont::Normal, true);
    if (format.arrangement == Arrangement::PictureAbove)
        m_picture.setWidth(width);
    const qreal beside = width - m_picture.width() - kPictureGap;
    const bool besideName = format.arrangement == Arrangement::PictureBeside;
    const bool besideDosage = format.arrangement != Arrangement::PictureAbove;
    const bool besideCue = format.arrangement == Arrangement::PictureBeside;

    m_name = canvas.wrap(item.name, nameFont, besideName ? beside : width, 2);
    // Dose parts are joined with " · " (core::Dosage::describe()).
    m_dosage = canvas.wrapList(item.dosage, QStringLiteral(" · "), dosageFont,
                               besideDosage ? beside : width, 4);
    if (format.cue)
        m_cue = canvas.wrap(item.cue, cueFont, besideCue ? beside : width, 3);

    switch (format.arrangement) {
    case Arrangement::PictureAbove:
        m_height = m_picture.height() + kUnderPicture + textHeight();
        break;
    case Arrangement::PictureBeside:
        m_height = std::max(m_picture.height(), textHeight());
        break;
    case Arrangement::Compact:
        m_height = m_name.height() + kLineGap + std::max(m_picture.height(), m_dosage.height()) +
                   (m_cue.lines.isEmpty() ? 0 : kLineGap + m_cue.height());
        break;
    }
}

qreal ExerciseCard::textHeight() const
{
    return m_name.height() + kLineGap + m_dosage.height() +
           (m_cue.lines.isEmpty() ? 0 : kLineGap + m_cue.height());
}

void ExerciseCard::paint(SheetCanvas& canvas, const QPointF& topLeft) const
{
    using Arrangement = CardFormat::Arrangement;
    const SheetCanvas::Palette& colours = canvas.palette();
    qreal x = topLeft.x();
    qreal y = topLeft.y();
    switch (m_format.arrangement) {
    case Arrangement::PictureAbove:
        canvas.paintPicture(*m_item, QRectF(QPointF(x, y), m_picture));
        y += m_picture.height() + kUnderPicture;
        y += canvas.draw(m_name, QPointF(x, y), colours.ink) + kLineGap;
        break;
    case Arrangement::PictureBeside:
        canvas.paintPicture(*m_item, QRectF(QPointF(x, y), m_picture));
        x += m_picture.width() + kPictureGap;
        y += canvas.draw(m_name, QPointF(x, y), colours.ink) + kLineGap;
        break;
    case Arrangement::Compact: {
        y += canvas.draw(m_name, QPointF(x, y), colours.ink) + kLineGap;
        canvas.paintPicture(*m_item, QRectF(QPointF(x, y), m_picture));
        canvas.draw(m_dosage, QPointF(x + m_picture.width() + kPictureGap, y), colours.ink);
        y += std::max(m_picture.height(), m_dosage.height());
        if (!m_cue.lines.isEmpty())
            canvas.draw(m_cue, QPointF(x, y + kLineGap), colours.muted);
        return;
    }
    }
    y += canvas.draw(m_dosage, QPointF(x, y), colours.ink);
    if (!m_cue.lines.isEmpty())
        canvas.draw(m_cue, QPointF(x, y + kLineGap), colours.muted);
}

} // namespace carrywell::ui
