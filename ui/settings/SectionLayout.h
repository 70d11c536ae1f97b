#pragma once

#include <QString>

class QLayout;
class QWidget;

namespace carrywell::ui {

/// The shared look of a Settings section: a heading, one line saying what
/// the section is for, then its controls, top-aligned.
namespace SectionLayout {
void build(QWidget* section, const QString& heading, const QString& intro, QLayout* content);
}

} // namespace carrywell::ui
