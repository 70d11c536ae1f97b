#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace carrywell::core {

/// A moment as the three CSV columns spreadsheets read without help: the local
/// date (2026-11-30, a date in LibreOffice Calc and Excel), the local time
/// (08:15:00, a time in Excel and in Calc with "Detect special numbers") and
/// the UTC offset (UTC+01:00, text everywhere, so no program turns it into a
/// time of day). Local means where the entry was written: its own offset, not
/// this computer's.
class CsvMoment
{
public:
    /// Appends "2026-11-30,08:15:00,UTC+01:00" (seconds; no quotes needed).
    static void append(QString& line, const QDateTime& moment);

    /// "UTC+01:00", "UTC-05:00", "UTC+00:00".
    static QString offsetText(int offsetSeconds);

    /// The moment the three fields name. The time may lack seconds or carry
    /// AM/PM, as a spreadsheet that saved the file again may write it. The
    /// offset may be "UTC+01:00", "+01:00", "UTC", "Z" or empty; empty means
    /// local time on this computer. Nullopt when a field cannot be read; the
    /// reason is in `problem`.
    static std::optional<QDateTime> parse(const QString& date, const QString& time,
                                          const QString& offset, QString* problem);
};

} // namespace carrywell::core
