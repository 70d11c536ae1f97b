#pragma once

#include <QFlags>
#include <QSize>
#include <QStringList>

class QWidget;

namespace carrywell::test {

/// The kinds of text-bearing widgets clippedText() looks at.
enum class TextKind
{
    Labels = 0x01,     ///< QLabel: plain single-line, rich, and word-wrapped
    Buttons = 0x02,    ///< push, tool, check and radio buttons: text, icon and indicator
    GroupBoxes = 0x04, ///< QGroupBox titles
    Tabs = 0x08,       ///< QTabBar tabs, including tabs pushed out of sight
    ComboBoxes = 0x10, ///< the current text of non-editable QComboBox
    Headers = 0x20,    ///< QHeaderView sections that do not stretch
    ItemViews = 0x40,  ///< QListWidget and QTreeWidget items that get elided
    All = 0x7f,
};
Q_DECLARE_FLAGS(TextKinds, TextKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(TextKinds)

/// Visible text in `root` (and its visible descendants) that does not fit in
/// the room the layout gave it: cut off, elided, or hidden outside a parent
/// that cannot scroll to it. One line each, as
/// `QPushButton exportButton "Export…": needs 112 px wide, has 96`.
QStringList clippedText(QWidget* root, TextKinds kinds = TextKind::All);

/// Lays `window` out at its preferred size (at least `floor`), shows it and
/// lists its clipped text.
QStringList clippedAfterLayout(QWidget* window, QSize floor = {}, TextKinds kinds = TextKind::All);

} // namespace carrywell::test
