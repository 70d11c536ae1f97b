#include "ui/session/SessionController.h"

#include "core/session/CueAnnouncement.h"
#include "ui/audio/CuePlayer.h"

#include <limits>
#include <utility>

namespace carrywell::ui {
namespace {

// Saving this often loses at most a few seconds of a session on a crash,
// without writing on every tick.
constexpr qint64 kSaveEveryMs = 5000;
// No save this close before a cue: on a slow disk the write and its fsync
// would make the cue late.
constexpr qint64 kQuietBeforeCueMs = 250;

} // namespace

SessionController::SessionController(const core::Clock& clock, CuePlayer& player,
                                     const QString& stateFolder, QObject* parent)
    : QObject(parent), m_clock(clock), m_player(player), m_store(stateFolder)
{
    m_timer.setInterval(50);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionController::tick);
    m_cueTimer.setSingleShot(true);
    m_cueTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_cueTimer, &QTimer::timeout, this, &SessionController::tick);
}

SessionController::~SessionController() = default;

void SessionController::attach(std::unique_ptr<core::SessionEngine> engine)
{
    m_engine = std::move(engine);
    // The engine gives cues from start(), update(), skip() and back(); they
    // are gathered here and announced together once the call returns.
    connect(m_engine.get(), &core::SessionEngine::cueDue, this,
            [this](const core::Cue& cue) { m_pending.append(cue); });
    connect(m_engine.get(), &core::SessionEngine::ended, this,
            [this](const core::SessionSummary& summary) {
                m_timer.stop();
                m_cueTimer.stop();
                m_store.clear();
                emit ended(summary);
            });
}

void SessionController::start(core::SessionPlan plan)
{
    attach(std::make_unique<core::SessionEngine>(std::move(plan), m_clock));
    m_engine->start();
    m_timer.start();
    saveState();
    tick();
}

bool SessionController::restore(const core::SessionState& state, QString* error)
{
    core::Result<std::unique_ptr<core::SessionEngine>> restored =
        core::SessionEngine::restore(state, m_clock);
    if (!restored) {
        if (error)
            *error = restored.error();
        return false;
    }
    attach(std::move(restored).value());
    m_timer.start();
    emit updated();
    return true;
}

std::optional<core::SessionState> SessionController::savedSession(QString* error) const
{
    const core::Result<std::optional<core::SessionState>> loaded = m_store.load();
    if (!loaded) {
        if (error)
            *error = loaded.error();
        return std::nullopt;
    }
    return loaded.value();
}

void SessionController::forgetSavedSession()
{
    m_store.clear();
}

void SessionController::togglePause()
{
    if (!isActive())
        return;
    if (m_engine->status() == core::SessionStatus::Paused) {
        m_engine->resume();
        // A cue due right here (after a skip while paused) plays now. The
        // state saved at the pause still holds: a restored session comes
        // back paused at the same place.
        announcePending();
    } else {
        m_engine->pause();
        m_player.stop();
        saveState();
    }
    armCueTimer();
    emit updated();
}

void SessionController::skip()
{
    if (!isActive())
        return;
    m_player.stop();
    m_engine->skip();
    if (isActive())
        saveState();
    tick();
}

void SessionController::back()
{
    if (!isActive())
        return;
    m_player.stop();
    m_engine->back();
    saveState();
    tick();
}

void SessionController::stop()
{
    if (!isActive())
        return;
    m_player.stop();
    m_engine->stop(); // emits ended
}

void SessionController::tick()
{
    if (!m_engine)
        return;
    m_engine->update();
    announcePending();
    if (isActive() && m_clock.steadyMilliseconds() - m_lastSavedMs >= kSaveEveryMs &&
        !cueComesSoon())
        saveState();
    armCueTimer();
    emit updated();
}

bool SessionController::cueComesSoon() const
{
    const std::optional<qint64> wait = m_engine ? m_engine->msUntilNextCue() : std::nullopt;
    return wait && *wait < kQuietBeforeCueMs;
}

void SessionController::armCueTimer()
{
    const std::optional<qint64> wait = m_engine ? m_engine->msUntilNextCue() : std::nullopt;
    if (!wait) {
        m_cueTimer.stop();
        return;
    }
    m_cueTimer.start(int(std::min<qint64>(*wait, std::numeric_limits<int>::max())));
}

void SessionController::announcePending()
{
    if (m_pending.isEmpty())
        return;
    const QList<core::Cue> cues = std::exchange(m_pending, {});
    const core::CueAnnouncement announcement = core::CueAnnouncement::forCues(cues);
    m_player.play(announcement.tone, announcement.spoken);
    emit cuesDue(cues);
}

void SessionController::saveState()
{
    if (!isActive())
        return;
    m_lastSavedMs = m_clock.steadyMilliseconds();
    // A failed save only costs the chance to resume; the session goes on.
    (void)m_store.save(m_engine->state());
}

} // namespace carrywell::ui
