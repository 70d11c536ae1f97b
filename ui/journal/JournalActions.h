#pragma once

#include "core/common/Clock.h"
#include "core/content/ContentLibrary.h"
#include "core/journal/ActivityRating.h"
#include "core/profile/ProfileStore.h"

#include <QHash>
#include <QObject>
#include <optional>

class QAction;
class QWidget;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

class JournalEditor;
class JournalFileActions;

/// What the journal offers beyond its page: New check-in (Ctrl+N, from every
/// page), export, import, the physio report, and the undo and redo of
/// check-in changes. The window makes these at once; the Journal page itself
/// is built on its first visit and uses the same ones.
class JournalActions : public QObject
{
    Q_OBJECT

public:
    /// Dialogs open over `window`.
    JournalActions(core::Journal& journal, const core::ContentLibrary& library,
                   const core::Clock& clock, QWidget* window);
    ~JournalActions() override;

    JournalEditor* editor() const { return m_editor; }
    JournalFileActions* files() const { return m_files; }
    const QHash<core::Region, QString>& regionNames() const { return m_regionNames; }

    /// "New check-in…" (Ctrl+N).
    QAction* newCheckInAction() const { return m_newCheckIn; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    /// New check-in, the Export submenu, import and the report, in File-menu order.
    QList<QAction*> fileMenuActions() const;

    /// Opens the check-in dialog (non-blocking); Enter saves. When the weekly
    /// question about her activities is due, the dialog asks it too.
    void newCheckIn();

    /// Where her activities (PSFS) and the weekly question's state are kept;
    /// without it there are none.
    void setProfileStore(const core::ProfileStore& store);
    /// Her activities, as the profile names them.
    QStringList activities() const;
    /// The weekly question is due: she has activities, none rated in a week,
    /// and she did not put it off within a week.
    bool ratingDue() const;
    /// Opens the dialog that asks only about her activities (non-blocking).
    void rateActivities();
    /// Puts the question off for a week.
    void dismissRatingPrompt();

signals:
    /// A short confirmation for the status bar.
    void statusMessage(const QString& message);
    /// A check-in made with newCheckIn() was saved.
    void checkInAdded();
    /// Whether the weekly question is due may have changed.
    void ratingPromptChanged();

private:
    QString saveRatings(const QList<core::ActivityRating>& ratings);

    core::Journal& m_journal;
    const core::Clock& m_clock;
    std::optional<core::ProfileStore> m_profile;
    QWidget* m_window;
    QHash<core::Region, QString> m_regionNames;
    JournalEditor* m_editor;
    JournalFileActions* m_files;
    QAction* m_newCheckIn;
    QAction* m_undo;
    QAction* m_redo;
};

} // namespace carrywell::ui
