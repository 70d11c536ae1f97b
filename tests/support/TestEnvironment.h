#pragma once

namespace carrywell::test {

/// Fixed locale, time zone and no user configuration, so every run sees the
/// same world. Call before constructing the application object.
void prepareEnvironment();

} // namespace carrywell::test
