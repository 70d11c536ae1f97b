#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace carrywell::core {

/// A weekly plan as the plan generator saved it. The journal keeps the plan's
/// JSON as text so the plan format can grow without a journal migration.
struct SavedPlan
{
    QDate weekStart; ///< The Monday the plan starts; one plan per week.
    QDateTime savedAt;
    QString json; ///< A JSON object.

    friend bool operator==(const SavedPlan&, const SavedPlan&) = default;
};

/// Why `plan` cannot be stored, each reason a short phrase; empty when it can.
QStringList problemsWith(const SavedPlan& plan);

} // namespace carrywell::core
