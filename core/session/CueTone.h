#pragma once

namespace carrywell::core {

/// The short sound that goes with a cue; the UI turns each into a sound file.
enum class CueTone
{
    None,
    Tick,   ///< countdown, rep counts
    Go,     ///< start moving
    Change, ///< tempo phase change, switch sides
    Rest,   ///< rest begins
    Done,   ///< exercise or session complete
};

} // namespace carrywell::core
