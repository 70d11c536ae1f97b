#pragma once

#include <QDialog>

namespace carrywell::ui {

/// F1: how Carrywell is laid out and its keyboard shortcuts.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);
};

} // namespace carrywell::ui
