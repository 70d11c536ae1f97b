#include "AccessibilityAudit.h"

#include "ui/widgets/BodyMapWidget.h"
#include "ui/widgets/PainScalePicker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

namespace carrywell::test {
namespace {

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 (%2)").arg(w->objectName(), w->metaObject()->className());
}

bool speaksThroughOwner(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    if (!parent)
        return false;
    // Qt's own parts of its widgets: a table's headers and corner button, a
    // line edit's clear button, a tab bar's scroll arrows, the menu bar's
    // overflow button. Screen readers reach what they do through the owner.
    if (qobject_cast<const QHeaderView*>(w) || w->inherits("QTableCornerButton") ||
        w->inherits("QLineEditIconButton") || qobject_cast<const QTabBar*>(parent) ||
        w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    // Scroll bars of views, and the line edits inside spin boxes and combo
    // boxes, are announced as part of their owner.
    if (qobject_cast<const QAbstractSlider*>(w) && parent->inherits("QAbstractScrollArea"))
        return true;
    if (qobject_cast<const QAbstractSlider*>(w) && parent->parentWidget() &&
        parent->parentWidget()->inherits("QAbstractScrollArea"))
        return true;
    return qobject_cast<const QLineEdit*>(w) && (qobject_cast<const QAbstractSpinBox*>(parent) ||
                                                 qobject_cast<const QComboBox*>(parent));
}

/// The session's key area is a plain widget that takes the keys of a
/// running session; it is recognised by its object name.
bool isSessionKeyArea(const QWidget* w)
{
    return w->objectName() == QLatin1String("sessionRunView");
}

bool isCustomControl(const QWidget* w)
{
    return qobject_cast<const ui::BodyMapWidget*>(w) ||
           qobject_cast<const ui::PainScalePicker*>(w) || qobject_cast<const QChartView*>(w) ||
           isSessionKeyArea(w);
}

QAccessibleInterface* accessible(QWidget* w)
{
    return QAccessible::queryAccessibleInterface(w);
}

/// Radio buttons of one exclusive group share a single tab stop; the arrow
/// keys move between them.
QList<const QWidget*> radioSiblings(const QRadioButton* radio)
{
    QList<const QWidget*> siblings;
    if (QButtonGroup* group = radio->group()) {
        for (QAbstractButton* b : group->buttons())
            siblings.append(b);
    } else if (radio->autoExclusive() && radio->parentWidget()) {
        for (QRadioButton* b :
             radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly)) {
            if (b->autoExclusive())
                siblings.append(b);
        }
    }
    if (siblings.isEmpty())
        siblings.append(radio);
    return siblings;
}

bool tabFocusable(const QWidget* w, const QWidget* window)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isEnabled() && w->isVisible() &&
           w->window() == window && !w->focusProxy();
}

} // namespace

bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QGroupBox*>(w) || isCustomControl(w);
}

bool needsDescription(const QWidget* w)
{
    if (isCustomControl(w))
        return true;
    if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
        qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSlider*>(w))
        return true;
    if (const auto* text = qobject_cast<const QTextEdit*>(w))
        return !text->isReadOnly();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(w))
        return !text->isReadOnly();
    if (const auto* tool = qobject_cast<const QToolButton*>(w))
        return tool->text().isEmpty() || tool->toolButtonStyle() == Qt::ToolButtonIconOnly ||
               tool->arrowType() != Qt::NoArrow || tool->menu();
    if (const auto* push = qobject_cast<const QPushButton*>(w))
        return push->text().isEmpty() || push->menu();
    return false;
}

AccessibilityAudit auditNames(QWidget* root)
{
    AccessibilityAudit audit;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!isControl(w) || speaksThroughOwner(w))
            continue;
        // Controls that take no focus (the pain scale's buttons, the
        // session's buttons) are still read and pressed by screen readers.
        QAccessibleInterface* iface = accessible(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            audit.unnamed.append(describe(w));
        if (needsDescription(w) && w->focusPolicy() != Qt::NoFocus &&
            (!iface || iface->text(QAccessible::Description).trimmed().isEmpty()))
            audit.undescribed.append(describe(w));
    }
    return audit;
}

AccessibilityAudit auditTabChain(QWidget* window)
{
    AccessibilityAudit audit;
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        audit.traps.append(QStringLiteral("the window never became active"));
        return audit;
    }
    QWidget* first = QApplication::focusWidget();
    if (!first || first->window() != window) {
        // Nothing has focus yet: give it to the first tab stop, as the window would.
        for (QWidget* w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
            if (tabFocusable(w, window)) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
        first = QApplication::focusWidget();
    }
    if (!first) {
        audit.traps.append(QStringLiteral("no widget takes the focus"));
        return audit;
    }

    QSet<const QWidget*> reached;
    QWidget* current = first;
    for (int step = 0; step < 600; ++step) {
        reached.insert(current);
        // CARRYWELL_AUDIT_TRACE=1 prints the Tab order, to see where it goes astray.
        if (qEnvironmentVariableIsSet("CARRYWELL_AUDIT_TRACE"))
            qInfo("tab: %s", qPrintable(describe(current)));
        QWidget* next = current;
        // A text browser moves through its links before it lets go.
        for (int press = 0; press < 40 && next == current; ++press) {
            QTest::keyClick(current, Qt::Key_Tab);
            next = QApplication::focusWidget();
        }
        if (!next || next->window() != window) {
            audit.traps.append(
                QStringLiteral("focus left the window after %1").arg(describe(current)));
            break;
        }
        if (next == current) {
            audit.traps.append(describe(current));
            break;
        }
        current = next;
        if (current == first)
            break;
    }

    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* w : std::as_const(widgets)) {
        if (!isControl(w) || speaksThroughOwner(w) || !tabFocusable(w, window))
            continue;
        bool wasReached = reached.contains(w);
        if (const auto* radio = qobject_cast<const QRadioButton*>(w)) {
            for (const QWidget* sibling : radioSiblings(radio))
                wasReached = wasReached || reached.contains(sibling);
        }
        if (!wasReached)
            audit.unreachable.append(describe(w));
    }
    return audit;
}

QStringList auditAll(QWidget* window, const QString& what)
{
    const AccessibilityAudit names = auditNames(window);
    const AccessibilityAudit tabs = auditTabChain(window);
    QStringList findings;
    for (const QString& w : names.unnamed)
        findings.append(QStringLiteral("%1: no name: %2").arg(what, w));
    for (const QString& w : names.undescribed)
        findings.append(QStringLiteral("%1: no description: %2").arg(what, w));
    for (const QString& w : tabs.unreachable)
        findings.append(QStringLiteral("%1: Tab never reaches %2").arg(what, w));
    for (const QString& w : tabs.traps)
        findings.append(QStringLiteral("%1: focus trap: %2").arg(what, w));
    return findings;
}

} // namespace carrywell::test
