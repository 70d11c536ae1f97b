#pragma once

namespace carrywell::core {

/// The timing of one repetition, for animating the figure: move out over
/// `out` seconds, hold, come back over `back` seconds, pause, repeat.
class MovementCycle
{
public:
    enum class Phase
    {
        Out,
        Hold,
        Back,
        Pause,
    };

    MovementCycle(double outSeconds, double holdSeconds, double backSeconds, double pauseSeconds);

    /// A tempo (5 s out, 5 s back for banded A's) and hold, in seconds; a calm
    /// two seconds each way where a tempo is 0. A hold range (`holdMax` above
    /// `hold`) is shown at its middle.
    static MovementCycle forTempo(int outSeconds, int backSeconds, int hold, int holdMax);

    double period() const { return m_out + m_hold + m_back + m_pause; }
    double outSeconds() const { return m_out; }
    double holdSeconds() const { return m_hold; }
    double backSeconds() const { return m_back; }

    Phase phaseAt(double seconds) const;
    /// 0 at the start pose, 1 at the end pose, eased so moves start and
    /// finish gently.
    double positionAt(double seconds) const;

private:
    double m_out;
    double m_hold;
    double m_back;
    double m_pause;
};

} // namespace carrywell::core
