#pragma once

#include "core/journal/CarePrompts.h"

#include <QSet>
#include <QWidget>

class QSettings;
class QVBoxLayout;

namespace carrywell::ui {

/// Shows care prompts as calm banners, each with "Don't show again" (kept
/// in the settings) and "Not now" (until Carrywell is started again).
class CarePromptArea : public QWidget
{
    Q_OBJECT

public:
    static QString hiddenKey() { return QStringLiteral("journal/hiddenPrompts"); }

    explicit CarePromptArea(QSettings& settings, QWidget* parent = nullptr);

    void setPrompts(const QList<core::CarePrompt>& prompts);
    /// Ids of the prompts on screen.
    QStringList shownIds() const;

private:
    void rebuild();
    QWidget* banner(const core::CarePrompt& prompt);

    QSettings& m_settings;
    QList<core::CarePrompt> m_prompts;
    QSet<QString> m_notNow;
    QVBoxLayout* m_layout;
};

} // namespace carrywell::ui
