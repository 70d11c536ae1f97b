#pragma once

#include "ui/settings/Theme.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;

namespace carrywell::ui {

/// Settings ▸ Appearance: the theme (follow the system, light, dark) and the
/// language of the window (follow the system or one of the translations).
class AppearanceSection : public QWidget
{
    Q_OBJECT

public:
    explicit AppearanceSection(QWidget* parent = nullptr);

    void setTheme(Theme theme);
    Theme theme() const;
    /// "" follows the system.
    void setLanguage(const QString& code);
    QString language() const;

signals:
    void changed();

private:
    QButtonGroup* m_theme;
    QComboBox* m_language;
    QLabel* m_languageNote;
};

} // namespace carrywell::ui
