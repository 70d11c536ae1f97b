#pragma once

namespace carrywell::core {

/// What a Result<Done> holds when an action succeeded with nothing to return.
struct Done
{
};

} // namespace carrywell::core
