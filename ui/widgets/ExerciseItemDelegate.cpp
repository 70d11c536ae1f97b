#include "ui/widgets/ExerciseItemDelegate.h"

#include "ui/library/ExerciseListModel.h"

#include <QApplication>
#include <QPainter>

namespace carrywell::ui {
namespace {

constexpr int kPadding = 8;

} // namespace

QSize ExerciseItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int lines = option.fontMetrics.lineSpacing() * 3 + 4;
    return {320, std::max(thumbnailSize().height(), lines) + 2 * kPadding};
}

void ExerciseItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus come from the style.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QImage thumb = index.data(Qt::DecorationRole).value<QImage>();
    const QRect thumbRect(r.left(), r.top() + (r.height() - thumbnailSize().height()) / 2,
                          thumbnailSize().width(), thumbnailSize().height());
    if (!thumb.isNull())
        painter->drawImage(thumbRect, thumb);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.72);

    QRect textRect = r.adjusted(thumbnailSize().width() + 12, 0, 0, 0);
    const int line = opt.fontMetrics.lineSpacing();
    textRect.setTop(r.top() + (r.height() - 3 * line) / 2);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        QRect(textRect.topLeft(), QSize(textRect.width(), line)), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    const QString summary = index.data(ExerciseListModel::SummaryRole).toString();
    painter->drawText(QRect(textRect.left(), textRect.top() + line, textRect.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(summary, Qt::ElideRight, textRect.width()));
    const QString details = index.data(ExerciseListModel::DetailsRole).toString();
    painter->drawText(QRect(textRect.left(), textRect.top() + 2 * line, textRect.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(details, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace carrywell::ui
