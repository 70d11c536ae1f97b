#pragma once

#include <QDateTime>
#include <QString>

namespace carrywell::core {

/// One rating on the Patient-Specific Functional Scale (PSFS): how well she
/// can do one of the everyday activities she named, from 0 (unable to do
/// it) to 10 (as well as before the problem).
struct ActivityRating
{
    QString activity;
    int score = 0;
    QDateTime ratedAt;

    bool operator==(const ActivityRating&) const = default;
};

} // namespace carrywell::core
