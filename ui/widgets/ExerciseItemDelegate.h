#pragma once

#include <QStyledItemDelegate>

namespace carrywell::ui {

/// Draws a result row: thumbnail, name, one line of summary and a details line.
class ExerciseItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static constexpr QSize thumbnailSize() { return {96, 64}; }
};

} // namespace carrywell::ui
