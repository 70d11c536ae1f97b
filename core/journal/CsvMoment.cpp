#include "core/journal/CsvMoment.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdlib>

CARRYWELL_TR_CONTEXT(carrywell::core::CsvMoment);

namespace carrywell::core {
namespace {

void appendDigits(QString& text, int value, int width)
{
    QChar digits[4];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = QLatin1Char(char('0' + value % 10));
    text.append(digits, width);
}

// Offsets a spreadsheet or a person may write; seconds are never part of one.
std::optional<int> parseOffset(const QString& text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String("UTC"), Qt::CaseInsensitive))
        rest = rest.mid(3).trimmed();
    if (rest.isEmpty() || rest.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return 0;
    static const QRegularExpression pattern(QStringLiteral("^([+-])([0-9]{2})(?::?([0-9]{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(rest);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = (hours * 60 + minutes) * 60;
    return match.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

QTime parseTime(const QString& text)
{
    // What Carrywell writes first, then what a spreadsheet saving the file
    // again writes in English, German or Spanish settings.
    for (const char* format : {"HH:mm:ss", "HH:mm", "H:mm:ss", "H:mm", "HH:mm:ss.zzz", "h:mm:ss AP",
                               "h:mm AP", "hh:mm:ss AP", "hh:mm AP"}) {
        const QTime time = QTime::fromString(text, QLatin1String(format));
        if (time.isValid())
            return time;
    }
    return {};
}

void appendOffset(QString& text, int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    text += QLatin1String("UTC");
    text += offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    appendDigits(text, minutes / 60, 2);
    text += QLatin1Char(':');
    appendDigits(text, minutes % 60, 2);
}

} // namespace

void CsvMoment::append(QString& line, const QDateTime& moment)
{
    const int offset = moment.offsetFromUtc();
    // The wall-clock date and time at the moment's own offset, worked out
    // directly: QDateTime::date() and time() cost a time-zone lookup each.
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 local = moment.toMSecsSinceEpoch() + qint64(offset) * 1000;
    const qint64 days = local >= 0 ? local / msPerDay : -((-local + msPerDay - 1) / msPerDay);
    const qint64 ms = local - days * msPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1 || date.year() > 9999) {
        line += moment.date().toString(Qt::ISODate);
    } else {
        appendDigits(line, date.year(), 4);
        line += QLatin1Char('-');
        appendDigits(line, date.month(), 2);
        line += QLatin1Char('-');
        appendDigits(line, date.day(), 2);
    }
    line += QLatin1Char(',');
    appendDigits(line, int(ms / 3'600'000), 2);
    line += QLatin1Char(':');
    appendDigits(line, int(ms / 60'000 % 60), 2);
    line += QLatin1Char(':');
    appendDigits(line, int(ms / 1000 % 60), 2);
    line += QLatin1Char(',');
    appendOffset(line, offset);
}

QString CsvMoment::offsetText(int offsetSeconds)
{
    QString text;
    appendOffset(text, offsetSeconds);
    return text;
}

std::optional<QDateTime> CsvMoment::parse(const QString& dateText, const QString& timeText,
                                          const QString& offsetText, QString* problem)
{
    const QString dateField = dateText.trimmed();
    const QDate date = QDate::fromString(dateField, Qt::ISODate);
    if (dateField.size() != 10 || !date.isValid()) {
        *problem = tr("“%1” is not a date like 2026-11-30").arg(dateText);
        return std::nullopt;
    }
    const QTime time = parseTime(timeText.trimmed());
    if (!time.isValid()) {
        *problem = tr("“%1” is not a time like 08:15:00").arg(timeText);
        return std::nullopt;
    }
    if (offsetText.trimmed().isEmpty())
        return QDateTime(date, time, Qt::LocalTime);
    const std::optional<int> offset = parseOffset(offsetText);
    if (!offset) {
        *problem = tr("“%1” is not a UTC offset like UTC+01:00").arg(offsetText);
        return std::nullopt;
    }
    // As ISO 8601 reads: "Z" is UTC, anything else a fixed offset.
    if (*offset == 0)
        return QDateTime(date, time, Qt::UTC);
    return QDateTime(date, time, Qt::OffsetFromUTC, *offset);
}

} // namespace carrywell::core
