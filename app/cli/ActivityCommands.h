#pragma once

namespace carrywell::ui {

struct CommandContext;

/// Her own activities (PSFS) from the terminal: rating them and listing them
/// with their latest rating. The activities are the profile's, in the data
/// folder's settings; the ratings go to its journal. Exit codes as
/// JournalCommands: 0 done, 1 could not be done, 2 bad arguments (nothing
/// changed either way).
class ActivityCommands
{
public:
    static int rateActivity(const CommandContext& context);
    static int listActivities(const CommandContext& context);
};

} // namespace carrywell::ui
