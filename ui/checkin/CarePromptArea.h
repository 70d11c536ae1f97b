#pragma once

#include "core/journal/CarePrompts.h"
#include "ui/journal/JournalViewStore.h"

#include <QSet>
#include <QWidget>

class QVBoxLayout;

namespace carrywell::ui {

/// Shows care prompts as calm banners, each with "Don't show again" (kept
/// in the settings) and "Not now" (until Carrywell is started again).
class CarePromptArea : public QWidget
{
    Q_OBJECT

public:
    /// "Don't show again" is kept in JournalView::hiddenPrompts.
    explicit CarePromptArea(JournalViewStore store, QWidget* parent = nullptr);

    void setPrompts(const QList<core::CarePrompt>& prompts);
    /// Ids of the prompts on screen.
    QStringList shownIds() const;

private:
    void rebuild();
    QWidget* banner(const core::CarePrompt& prompt);

    JournalViewStore m_store;
    QList<core::CarePrompt> m_prompts;
    QSet<QString> m_notNow;
    QVBoxLayout* m_layout;
};

} // namespace carrywell::ui
