#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace carrywell::core {

/// Reading and writing the fields that CSV and JSON exports share, with the
/// reasons an import shows when a field is wrong.
class ImportFields
{
public:
    /// ISO 8601 with the UTC offset where the entry was written, e.g.
    /// 2026-01-05T09:30:00+01:00 (seconds) or ...:00.250+01:00 (milliseconds).
    static QString momentText(const QDateTime& moment, bool milliseconds);

    /// Accepts ISO 8601 with or without seconds, milliseconds and offset, with
    /// "T" or a space between date and time. Without an offset the time is
    /// taken as local time on this computer.
    static std::optional<QDateTime> parseMoment(const QString& text);
    static QString badMoment(const QString& text);

    /// A whole number from 0 to 10, or a reason naming `what`.
    static std::optional<int> parseScore(const QString& text, const QString& what,
                                         QString* problem);
};

} // namespace carrywell::core
