#pragma once

#include <QStringList>

class QWidget;

namespace carrywell::test {

/// What a screen reader or keyboard user would trip over in one window.
struct AccessibilityAudit
{
    /// Controls a screen reader would announce without a name.
    QStringList unnamed;
    /// Controls whose purpose the name alone does not tell (see needsDescription).
    QStringList undescribed;
    /// Enabled, visible, tab-focusable controls that pressing Tab never reached.
    QStringList unreachable;
    /// Where Tab stayed on the same widget (a focus trap).
    QStringList traps;
};

/// Whether `w` is something the user operates (buttons, inputs, views and
/// Carrywell's own interactive widgets) rather than text or layout.
bool isControl(const QWidget* w);

/// The rule for descriptions: inputs (line edits, spin boxes, combo boxes,
/// sliders, editable text), custom-painted controls (body map, pain scale,
/// charts, the session's key area) and buttons without text or that open a
/// menu need one; labelled buttons, check boxes and lists speak for themselves.
bool needsDescription(const QWidget* w);

/// Names and descriptions of every control in `root`, shown or not.
AccessibilityAudit auditNames(QWidget* root);

/// Shows and activates `window`, then presses Tab from its first focus
/// widget until focus comes back round, and lists the controls never reached
/// and the widgets that kept the focus.
AccessibilityAudit auditTabChain(QWidget* window);

/// Both audits, with `what` in front of each finding.
QStringList auditAll(QWidget* window, const QString& what);

} // namespace carrywell::test
