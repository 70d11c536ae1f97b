#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

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

/// Why `rating` cannot be stored, each reason a short phrase; empty when it can.
QStringList problemsWith(const ActivityRating& rating);

/// The same activity (ignoring case), score and second: imports skip these.
bool isDuplicateOf(const ActivityRating& a, const ActivityRating& b);

} // namespace carrywell::core
