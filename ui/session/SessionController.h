#pragma once

#include "core/common/Clock.h"
#include "core/session/SessionEngine.h"
#include "core/session/SessionStateStore.h"

#include <QTimer>
#include <memory>

namespace carrywell::ui {

class CuePlayer;

/// Runs a guided session for the window: ticks the engine, plays what falls
/// due, and keeps the unfinished session saved so it can be resumed after the
/// app was closed.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(const core::Clock& clock, CuePlayer& player, const QString& stateFolder,
                      QObject* parent = nullptr);
    ~SessionController() override;

    void start(core::SessionPlan plan);
    /// Continues a saved session, paused where it was left.
    bool restore(const core::SessionState& state, QString* error = nullptr);
    /// The session left unfinished last time, if any (a broken file is
    /// reported in `error` and forgotten).
    std::optional<core::SessionState> savedSession(QString* error = nullptr) const;
    void forgetSavedSession();

    core::SessionEngine* engine() const { return m_engine.get(); }
    bool isActive() const { return m_engine && m_engine->isActive(); }

    void togglePause();
    void skip();
    void back();
    void stop();

    /// Runs one tick now (the timer does this every 50 ms).
    void tick();

signals:
    /// Cues that just fell due, after they were handed to the player.
    void cuesDue(const QList<carrywell::core::Cue>& cues);
    void updated();
    void ended(const carrywell::core::SessionSummary& summary);

private:
    void attach(std::unique_ptr<core::SessionEngine> engine);
    void saveState();
    void announcePending();
    bool cueComesSoon() const;
    void armCueTimer();

    const core::Clock& m_clock;
    CuePlayer& m_player;
    core::SessionStateStore m_store;
    std::unique_ptr<core::SessionEngine> m_engine;
    QTimer m_timer;
    /// Wakes at the next cue's planned moment: the 50 ms tick drives the
    /// countdown, but alone it would give a cue up to 50 ms late.
    QTimer m_cueTimer;
    qint64 m_lastSavedMs = 0;
    QList<core::Cue> m_pending;
};

} // namespace carrywell::ui
