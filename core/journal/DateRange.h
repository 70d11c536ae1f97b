#pragma once

#include <QDate>

namespace carrywell::core {

/// An inclusive span of local calendar days, such as one Monday-to-Sunday week.
struct DateRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(QDate day) const { return isValid() && day >= first && day <= last; }
    qint64 dayCount() const { return isValid() ? first.daysTo(last) + 1 : 0; }

    /// The Monday-to-Sunday week that holds `day`.
    static DateRange weekOf(QDate day);

    friend bool operator==(const DateRange&, const DateRange&) = default;
};

/// The Monday that starts the week holding `day`: weeks start on Monday.
QDate weekStart(QDate day);

} // namespace carrywell::core
