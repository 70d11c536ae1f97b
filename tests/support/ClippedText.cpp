#include "ClippedText.h"

#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <algorithm>
#include <functional>

namespace carrywell::test {
namespace {

/// Where a finding is: the widget's class and name, or the nearest named
/// ancestor for the many unnamed labels layouts hold.
QString where(const QWidget* widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        return name + QLatin1Char(' ') + widget->objectName();
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty())
            return name + QStringLiteral(" in ") + parent->objectName();
    }
    return name;
}

QString tooNarrow(const QWidget* widget, const QString& text, int needed, int has)
{
    return QStringLiteral("%1 \"%2\": needs %3 px wide, has %4")
        .arg(where(widget), text)
        .arg(needed)
        .arg(has);
}

QString tooLow(const QWidget* widget, const QString& text, int needed, int has)
{
    return QStringLiteral("%1 \"%2\": needs %3 px high, has %4")
        .arg(where(widget), text)
        .arg(needed)
        .arg(has);
}

/// Text as drawn: mnemonic ampersands take no room.
QString shown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

/// The widest line and the height of all lines of `text`.
QSize textSize(const QFontMetrics& metrics, const QString& text)
{
    const QStringList lines = shown(text).split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return {widest, metrics.height() * int(lines.size())};
}

QString firstLine(const QString& text)
{
    return shown(text).section(QLatin1Char('\n'), 0, 0);
}

/// A widget that lies partly outside a parent is cut off there, unless the
/// parent is a scroll area's viewport that can scroll to the hidden part.
QString outsideParent(const QWidget* widget, const QString& text)
{
    QRect rect = widget->rect();
    const QWidget* child = widget;
    for (const QWidget* parent = widget->parentWidget(); parent && !child->isWindow();
         child = parent, parent = parent->parentWidget()) {
        rect.translate(child->pos());
        const QRect room = parent->rect();
        const auto* area = qobject_cast<const QAbstractScrollArea*>(parent->parentWidget());
        if (area && area->viewport() == parent) {
            const bool cutAcross = (rect.left() < room.left() || rect.right() > room.right()) &&
                                   !area->horizontalScrollBar()->isVisible();
            const bool cutDown = (rect.top() < room.top() || rect.bottom() > room.bottom()) &&
                                 !area->verticalScrollBar()->isVisible();
            if (cutAcross || cutDown) {
                return QStringLiteral("%1 \"%2\": cut off by %3, which cannot scroll to it")
                    .arg(where(widget), firstLine(text), where(area));
            }
            return {};
        }
        if (!room.contains(rect)) {
            return QStringLiteral("%1 \"%2\": reaches outside %3 (%4,%5 %6×%7 in %8×%9)")
                .arg(where(widget), firstLine(text), where(parent))
                .arg(rect.x())
                .arg(rect.y())
                .arg(rect.width())
                .arg(rect.height())
                .arg(room.width())
                .arg(room.height());
        }
    }
    return {};
}

void checkLabel(const QLabel* label, QStringList& found)
{
    const QString text = label->text();
    if (text.isEmpty())
        return; // a picture
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (label->wordWrap()) {
        // Wrapped text grows downwards: it is cut when the layout gives less
        // height than the text needs at the width it has.
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            found.append(tooLow(label, firstLine(text), needed, label->height()));
        return;
    }
    if (rich) {
        const QSize needed = label->sizeHint();
        if (needed.width() > label->width() + 1)
            found.append(tooNarrow(label, firstLine(text), needed.width(), label->width()));
        else if (needed.height() > label->height() + 1)
            found.append(tooLow(label, firstLine(text), needed.height(), label->height()));
        return;
    }
    const QSize needed = textSize(label->fontMetrics(), text);
    const QRect room = label->contentsRect();
    if (needed.width() > room.width() + 1)
        found.append(tooNarrow(label, firstLine(text), needed.width(), room.width()));
    else if (needed.height() > room.height() + 1)
        found.append(tooLow(label, firstLine(text), needed.height(), room.height()));
}

/// The width a button needs for its text, icon, menu arrow or check indicator.
int neededWidth(const QAbstractButton* button)
{
    const QFontMetrics metrics = button->fontMetrics();
    QStyle* style = button->style();
    if (const auto* push = qobject_cast<const QPushButton*>(button)) {
        QStyleOptionButton option;
        option.initFrom(push);
        option.text = push->text();
        option.icon = push->icon();
        option.iconSize = push->iconSize();
        if (push->autoDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
        if (push->isDefault())
            option.features |= QStyleOptionButton::DefaultButton;
        if (push->isFlat())
            option.features |= QStyleOptionButton::Flat;
        if (push->menu())
            option.features |= QStyleOptionButton::HasMenu;
        int contents = metrics.size(Qt::TextShowMnemonic, push->text()).width();
        if (!push->icon().isNull())
            contents += push->iconSize().width() + 4; // as QPushButton::sizeHint()
        if (push->menu())
            contents += style->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push);
        // The style's padding, measured above Fusion's 80 px floor for buttons
        // with text: the floor is not room the text needs.
        const int wide = 1000;
        const int padding =
            style->sizeFromContents(QStyle::CT_PushButton, &option, {wide, metrics.height()}, push)
                .width() -
            wide;
        return contents + padding;
    }
    if (const auto* tool = qobject_cast<const QToolButton*>(button)) {
        // QToolButton::sizeHint() adds a space either side of the text as slack.
        const int slack = tool->toolButtonStyle() == Qt::ToolButtonIconOnly
                              ? 0
                              : 2 * metrics.horizontalAdvance(QLatin1Char(' '));
        int needed = tool->sizeHint().width() - slack;
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && tool->icon().isNull()) {
            // Drawn as text, but the size hint only measured the missing icon.
            QStyleOptionToolButton option;
            option.initFrom(tool);
            const QSize text = metrics.size(Qt::TextShowMnemonic, tool->text());
            needed = style->sizeFromContents(QStyle::CT_ToolButton, &option, text, tool).width();
        }
        const bool hasMenu =
            tool->menu() || (tool->defaultAction() && tool->defaultAction()->menu());
        if (hasMenu && tool->popupMode() != QToolButton::MenuButtonPopup) {
            // The small menu arrow is drawn in the bottom right corner, over
            // the centred text, and the size hint leaves no room for it
            // (QCommonStyle: mbi - 5 px from the right edge, plus a gap).
            const int arrow =
                style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, tool) - 5 + 2;
            needed = std::max(needed,
                              metrics.size(Qt::TextShowMnemonic, tool->text()).width() + 2 * arrow);
        }
        return needed;
    }
    return button->sizeHint().width(); // check and radio buttons: exact
}

void checkButton(const QAbstractButton* button, QStringList& found)
{
    if (button->text().isEmpty())
        return;
    if (const auto* tool = qobject_cast<const QToolButton*>(button);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
        return;
    const int needed = neededWidth(button);
    if (needed > button->width() + 1) {
        found.append(tooNarrow(button, firstLine(button->text()), needed, button->width()));
        return;
    }
    const int tall = textSize(button->fontMetrics(), button->text()).height();
    if (tall > button->height())
        found.append(tooLow(button, firstLine(button->text()), tall, button->height()));
}

void checkGroupBox(const QGroupBox* box, QStringList& found)
{
    if (box->title().isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.lineWidth = 1;
    option.textAlignment = box->alignment();
    option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    if (box->isCheckable())
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
    if (box->isFlat())
        option.features |= QStyleOptionFrame::Flat;
    const QRect label =
        box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    const int needed = label.left() + textSize(box->fontMetrics(), box->title()).width();
    if (needed > box->width())
        found.append(tooNarrow(box, shown(box->title()), needed, box->width()));
}

void checkTabs(const QTabBar* bar, QStringList& found)
{
    const QFontMetrics metrics = bar->fontMetrics();
    QStyleOptionTab option;
    option.initFrom(bar);
    const int padding = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, &option, bar);
    const bool across =
        bar->shape() == QTabBar::RoundedNorth || bar->shape() == QTabBar::RoundedSouth ||
        bar->shape() == QTabBar::TriangularNorth || bar->shape() == QTabBar::TriangularSouth;
    for (int tab = 0; tab < bar->count(); ++tab) {
        if (!bar->isTabVisible(tab) || bar->tabText(tab).isEmpty())
            continue;
        const QString text = shown(bar->tabText(tab));
        const QRect rect = bar->tabRect(tab);
        if (!bar->rect().contains(rect)) {
            found.append(QStringLiteral("%1 tab \"%2\": out of sight behind the scroll arrows")
                             .arg(where(bar), text));
            continue;
        }
        int needed = metrics.size(Qt::TextShowMnemonic, bar->tabText(tab)).width() + padding;
        if (!bar->tabIcon(tab).isNull())
            needed += bar->iconSize().width() + 4;
        for (const auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
            if (const QWidget* button = bar->tabButton(tab, side))
                needed += button->width();
        }
        const int has = across ? rect.width() : rect.height();
        if (needed > has) {
            found.append(QStringLiteral("%1 tab \"%2\": needs %3 px, has %4")
                             .arg(where(bar), text)
                             .arg(needed)
                             .arg(has));
        }
    }
}

void checkComboBox(const QComboBox* combo, QStringList& found)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return; // an editable box scrolls its text like a line edit
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    option.subControls = QStyle::SC_All;
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    // QCommonStyle draws the label 1 px in from either side of the field.
    int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 2;
    if (!option.currentIcon.isNull())
        needed += combo->iconSize().width() + 4;
    if (needed > field.width())
        found.append(tooNarrow(combo, combo->currentText(), needed, field.width()));
}

void checkHeader(const QHeaderView* header, QStringList& found)
{
    const QAbstractItemModel* model = header->model();
    if (!model)
        return;
    QStyleOptionHeader option;
    option.initFrom(header);
    QStyle* style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header);
    int lastShown = -1;
    for (int visual = header->count() - 1; visual >= 0 && lastShown < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            lastShown = header->logicalIndex(visual);
    }
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) ||
            header->sectionResizeMode(section) == QHeaderView::Stretch ||
            (header->stretchLastSection() && section == lastShown))
            continue;
        const QString text = model->headerData(section, header->orientation()).toString();
        if (text.isEmpty())
            continue;
        int needed = textSize(header->fontMetrics(), text).width() + 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
            needed += arrow + margin;
        const int has = header->sectionSize(section);
        if (header->orientation() == Qt::Horizontal && needed > has)
            found.append(tooNarrow(header, firstLine(text), needed, has));
    }
}

/// Items of a list or tree drawn by the standard delegate, which elides what
/// does not fit; views with their own delegates draw their own way.
void checkItems(const QAbstractItemView* view, QStringList& found)
{
    if (!view->model())
        return;
    if (const auto* list = qobject_cast<const QListView*>(view); list && list->wordWrap())
        return;
    if (const auto* tree = qobject_cast<const QTreeView*>(view); tree && tree->wordWrap())
        return;
    if (const auto* grid = qobject_cast<const QTableView*>(view); grid && grid->wordWrap())
        return;
    QStyleOptionViewItem option;
    option.initFrom(view);
    QStyle* style = view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, view) + 1;
    const QSize iconSize = view->iconSize().isValid()
                               ? view->iconSize()
                               : QSize(style->pixelMetric(QStyle::PM_SmallIconSize),
                                       style->pixelMetric(QStyle::PM_SmallIconSize));
    const QRect viewport = view->viewport()->rect();
    const bool scrollsAcross = view->horizontalScrollBar()->isVisible();
    const QAbstractItemModel* model = view->model();
    const auto* tree = qobject_cast<const QTreeView*>(view);
    const auto* table = qobject_cast<const QTableView*>(view);
    // A table's column that takes the room left over shows long text elided by
    // design (notes): like header sections, only fixed columns count. A tree
    // or list stretching its one column is a menu of topics, read in full.
    const QHeaderView* header = table ? table->horizontalHeader() : nullptr;
    auto stretches = [header](int column) {
        if (!header)
            return false;
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            return true;
        int last = -1;
        for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                last = header->logicalIndex(visual);
        }
        return header->stretchLastSection() && column == last;
    };

    std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QString text = index.data(Qt::DisplayRole).toString();
                QRect rect = view->visualRect(index);
                if (text.isEmpty() || text.contains(QLatin1Char('\n')) ||
                    !rect.intersects(viewport) || stretches(column) ||
                    view->itemDelegateForIndex(index)->metaObject() !=
                        &QStyledItemDelegate::staticMetaObject)
                    continue;
                if (!scrollsAcross)
                    rect.setRight(std::min(rect.right(), viewport.right()));
                const QVariant font = index.data(Qt::FontRole);
                const QFontMetrics metrics =
                    font.isValid() ? QFontMetrics(font.value<QFont>()) : view->fontMetrics();
                int needed = metrics.horizontalAdvance(text) + 2 * margin;
                if (!index.data(Qt::DecorationRole).isNull())
                    needed += iconSize.width() + 2 * margin;
                if (index.data(Qt::CheckStateRole).isValid())
                    needed += style->pixelMetric(QStyle::PM_IndicatorWidth) + 2 * margin;
                if (needed > rect.width())
                    found.append(tooNarrow(view, text, needed, rect.width()));
            }
            const QModelIndex first = model->index(row, 0, parent);
            if (tree && tree->isExpanded(first))
                visit(first);
        }
    };
    visit(view->rootIndex());
}

/// Visible widgets of type T in `root`, `root` itself included.
template <typename T>
QList<T*> visible(QWidget* root)
{
    QList<T*> widgets;
    if (auto* self = qobject_cast<T*>(root); self && self->isVisible())
        widgets.append(self);
    for (T* widget : root->findChildren<T*>()) {
        if (widget->isVisible())
            widgets.append(widget);
    }
    return widgets;
}

} // namespace

QStringList clippedText(QWidget* root, TextKinds kinds)
{
    QStringList found;
    if (kinds & TextKind::Labels) {
        for (const QLabel* label : visible<QLabel>(root)) {
            checkLabel(label, found);
            if (!label->text().isEmpty())
                found.append(outsideParent(label, label->text()));
        }
    }
    if (kinds & TextKind::Buttons) {
        for (const QAbstractButton* button : visible<QAbstractButton>(root)) {
            checkButton(button, found);
            if (!button->text().isEmpty())
                found.append(outsideParent(button, button->text()));
        }
    }
    if (kinds & TextKind::GroupBoxes) {
        for (const QGroupBox* box : visible<QGroupBox>(root)) {
            checkGroupBox(box, found);
            if (!box->title().isEmpty())
                found.append(outsideParent(box, box->title()));
        }
    }
    if (kinds & TextKind::Tabs) {
        for (const QTabBar* bar : visible<QTabBar>(root))
            checkTabs(bar, found);
    }
    if (kinds & TextKind::ComboBoxes) {
        for (const QComboBox* combo : visible<QComboBox>(root)) {
            checkComboBox(combo, found);
            found.append(outsideParent(combo, combo->currentText()));
        }
    }
    if (kinds & TextKind::Headers) {
        for (const QHeaderView* header : visible<QHeaderView>(root))
            checkHeader(header, found);
    }
    if (kinds & TextKind::ItemViews) {
        for (const QListWidget* list : visible<QListWidget>(root))
            checkItems(list, found);
        for (const QTreeWidget* tree : visible<QTreeWidget>(root))
            checkItems(tree, found);
        for (const QTableView* table : visible<QTableView>(root))
            checkItems(table, found);
    }
    found.removeAll(QString());
    return found;
}

QStringList clippedAfterLayout(QWidget* window, QSize floor, TextKinds kinds)
{
    window->resize(window->sizeHint().expandedTo(floor));
    window->show();
    QApplication::processEvents();
    return clippedText(window, kinds);
}

} // namespace carrywell::test
