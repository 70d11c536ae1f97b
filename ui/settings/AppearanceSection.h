#pragma once

#include "ui/settings/Theme.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QVBoxLayout;

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
    /// A radio button for each theme, with what it looks like.
    QVBoxLayout* buildThemeChoices();
    /// The languages, the system's own first.
    void setUpLanguage();
    void connectSignals();

    QButtonGroup* m_theme;
    QComboBox* m_language;
    QLabel* m_languageNote;
};

} // namespace carrywell::ui
