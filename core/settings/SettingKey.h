#pragma once

#include <QString>
#include <QStringList>
#include <QTime>
#include <variant>

namespace carrywell::core {

// The kinds of value settings.ini holds. Each key says what a valid value is
// and what stands in for anything else: a missing key, a hand edit, a value
// written by a newer version. Names are "group/name", as the file spells them.

/// Yes or no, written "true" or "false" (a hand-written yes/no/on/off/1/0 reads too).
struct FlagKey
{
    QString name;
    bool fallback = false;
};

/// A whole number from `min` to `max`; a number out of range is brought into it.
struct NumberKey
{
    QString name;
    int fallback = 0;
    int min = 0;
    int max = 0;
};

/// A text; one of `choices` unless there are none.
struct TextKey
{
    QString name;
    QString fallback{};
    QStringList choices{};
};

/// A list of texts, empty when missing; entries not in `choices` (unless
/// there are none) are dropped.
struct TextListKey
{
    QString name;
    QStringList choices{};
};

/// How a day is written: as ISO 8601 text, or as Qt writes a QDate
/// (the journal's custom range has always been kept that way).
enum class DateFormat
{
    IsoText,
    QtDate,
};

/// A calendar day; an invalid day means "not set" and removes the key.
struct DateKey
{
    QString name;
    DateFormat format = DateFormat::IsoText;
};

/// A time of day, written "HH:mm".
struct TimeKey
{
    QString name;
    QTime fallback;
};

/// A moment, written in UTC as ISO 8601 with milliseconds, so it reads back
/// the same whatever the time zone; an invalid moment removes the key.
struct MomentKey
{
    QString name;
};

/// Bytes Qt writes and reads back itself (window geometry and layout).
struct BytesKey
{
    QString name;
};

using SettingKey =
    std::variant<FlagKey, NumberKey, TextKey, TextListKey, DateKey, TimeKey, MomentKey, BytesKey>;

/// The "group/name" of any key.
QString nameOf(const SettingKey& key);

} // namespace carrywell::core
