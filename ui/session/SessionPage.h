#pragma once

#include "core/common/Clock.h"
#include "core/content/ContentLibrary.h"
#include "core/content/RuleBook.h"
#include "core/session/SessionItem.h"
#include "core/session/SessionSummary.h"
#include "ui/settings/SettingsStores.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace carrywell::core {
class SessionPlan;
}

namespace carrywell::ui {

class CuePlayer;
class RoutineChooser;
class SessionController;
class SessionEndView;
class SessionRunView;

/// Guided sessions: choose a ready-made routine (or arrive from an exercise's
/// Start button), then follow it with sound and big on-screen cues. Space
/// pauses, → skips, ← goes back, Esc stops. At the end a screen shows what
/// was done and asks (optionally) about pain; the session is handed on for
/// the journal when she leaves that screen, however she leaves it.
class SessionPage : public QWidget
{
    Q_OBJECT

public:
    /// `player` may be null for the real sound player.
    SessionPage(const core::ContentLibrary& library, const core::Clock& clock,
                const SettingsStores& settings, const QString& stateFolder,
                std::unique_ptr<CuePlayer> player = {}, QWidget* parent = nullptr);
    ~SessionPage() override;

    bool startRoutine(const QString& routineId);
    bool startExercise(const QString& exerciseId);
    /// Starts what she asked for from a card or an exercise's Start button:
    /// what does not suit her profile yet asks first (SuitabilityGate).
    bool requestRoutine(const QString& routineId);
    bool requestExercise(const QString& exerciseId);
    /// Weeks since the birth and the kind of birth, from the saved profile.
    core::SuitabilityProfile suitabilityProfile() const;
    /// Any list of exercises, such as one day of the weekly plan. False when
    /// a session is already running or the list cannot be run (`error` says why).
    bool startItems(const QString& routineId, const QString& name,
                    const QList<core::SessionItem>& items, QString* error = nullptr);
    /// Offers to continue a session left unfinished when the app was closed.
    void offerResume();
    /// Shows and uses the sound choices saved in the settings (after Settings changed them).
    void reloadSoundSettings();

    SessionController* controller() const { return m_controller; }
    SessionRunView* runView() const { return m_run; }
    SessionEndView* endView() const { return m_end; }
    RoutineChooser* routineChooser() const { return m_routines; }
    CuePlayer* player() const { return m_player.get(); }
    bool isRunning() const;

signals:
    /// A session finished or was stopped, with the pain scores given at its
    /// end (either may be left empty). Emitted once per session, when she
    /// leaves the end screen: with Done, by starting another session, or
    /// when the window closes or the app quits.
    void sessionEnded(const carrywell::core::SessionSummary& summary, std::optional<int> painBefore,
                      std::optional<int> painAfter);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildChooser();
    void start(core::SessionPlan plan);
    void showRunning();
    void onEnded(const core::SessionSummary& summary);
    /// Hands on the session shown on the end screen, if any, and goes back
    /// to the chooser.
    void leaveEndScreen();
    void confirmStop();
    void applySoundSettings();

    const core::ContentLibrary& m_library;
    const core::Clock& m_clock;
    SoundStore m_sound;
    core::ProfileStore m_profile;
    std::unique_ptr<CuePlayer> m_player;
    SessionController* m_controller;
    QStackedWidget* m_stack;
    SessionRunView* m_run;
    SessionEndView* m_end;
    QWidget* m_chooser = nullptr;
    RoutineChooser* m_routines = nullptr;
    QLabel* m_lastSession = nullptr;
    /// The session on the end screen, until it is handed on.
    std::optional<core::SessionSummary> m_ended;
    QPointer<QWidget> m_watchedWindow;
    QCheckBox* m_tones = nullptr;
    QCheckBox* m_voice = nullptr;
    QSlider* m_volume = nullptr;
    QSpinBox* m_countdown = nullptr;
};

} // namespace carrywell::ui
