#pragma once

#include "ui/print/PlanSheet.h"
#include "ui/print/SheetCanvas.h"

#include <QSizeF>

namespace carrywell::ui {

/// How an exercise is set on the sheet: its picture and, in three lines of
/// type, its name, dose and cue. Busier sheets use the tighter arrangements
/// and a smaller scale.
struct CardFormat
{
    enum class Arrangement
    {
        PictureAbove,  ///< The picture across the card, the words under it.
        PictureBeside, ///< The picture on the left, all the words beside it.
        Compact,       ///< The name across the card, the picture with the dose beside it,
                       ///< the cue across the card under them.
    };

    Arrangement arrangement = Arrangement::PictureAbove;
    /// The picture's size; with PictureAbove its width is the card's.
    QSizeF picture{60, 40};
    qreal scale = 1; ///< Type size, 1 being the sheet's normal.
    bool cue = true;
};

/// One exercise measured for a width and format, ready to paint.
class ExerciseCard
{
public:
    ExerciseCard(const SheetCanvas& canvas, const PlanSheet::Item& item, const CardFormat& format,
                 qreal width);

    qreal height() const { return m_height; }
    void paint(SheetCanvas& canvas, const QPointF& topLeft) const;

private:
    qreal textHeight() const;

    const PlanSheet::Item* m_item;
    CardFormat m_format;
    qreal m_width;
    QSizeF m_picture;
    SheetCanvas::Text m_name;
    SheetCanvas::Text m_dosage;
    SheetCanvas::Text m_cue;
    qreal m_height = 0;
};

} // namespace carrywell::ui
