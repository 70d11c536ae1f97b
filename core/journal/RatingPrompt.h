#pragma once

#include <QDate>
#include <QStringList>
#include <optional>

namespace carrywell::core {

/// When to ask her to rate her activities again: once a week, only when she
/// has named some, and never within a week of her putting it off.
class RatingPrompt
{
public:
    static constexpr int intervalDays = 7;

    /// `lastRated` is the day of her newest rating; `dismissedOn` the day she
    /// last put the prompt off (invalid when never).
    static bool isDue(const QStringList& activities, std::optional<QDate> lastRated,
                      QDate dismissedOn, QDate today);
};

} // namespace carrywell::core
