#include "core/figure/MovementCycle.h"

#include <algorithm>
#include <cmath>

namespace carrywell::core {
namespace {

constexpr double kDefaultMoveSeconds = 2.0;
constexpr double kPauseSeconds = 1.0;
// Long holds are shown shortened; the session itself times the real hold.
constexpr double kLongestShownHold = 10.0;

double smoothstep(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

} // namespace

MovementCycle::MovementCycle(double outSeconds, double holdSeconds, double backSeconds,
                             double pauseSeconds)
    : m_out(std::max(outSeconds, 0.1)), m_hold(std::max(holdSeconds, 0.0)),
      m_back(std::max(backSeconds, 0.1)), m_pause(std::max(pauseSeconds, 0.0))
{
}

MovementCycle MovementCycle::forTempo(int outSeconds, int backSeconds, int hold, int holdMax)
{
    const double out = outSeconds > 0 ? outSeconds : kDefaultMoveSeconds;
    const double back = backSeconds > 0 ? backSeconds : kDefaultMoveSeconds;
    const double shownHold = holdMax > hold ? (hold + holdMax) / 2.0 : hold;
    return {out, std::min(shownHold, kLongestShownHold), back, kPauseSeconds};
}

MovementCycle::Phase MovementCycle::phaseAt(double seconds) const
{
    const double t = std::fmod(std::max(seconds, 0.0), period());
    if (t < m_out)
        return Phase::Out;
    if (t < m_out + m_hold)
        return Phase::Hold;
    if (t < m_out + m_hold + m_back)
        return Phase::Back;
    return Phase::Pause;
}

double MovementCycle::positionAt(double seconds) const
{
    const double t = std::fmod(std::max(seconds, 0.0), period());
    switch (phaseAt(seconds)) {
    case Phase::Out:
        return smoothstep(t / m_out);
    case Phase::Hold:
        return 1.0;
    case Phase::Back:
        return 1.0 - smoothstep((t - m_out - m_hold) / m_back);
    case Phase::Pause:
        return 0.0;
    }
    return 0.0;
}

} // namespace carrywell::core
