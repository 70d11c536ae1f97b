#include "core/journal/ImportFields.h"

#include "core/common/Translate.h"
#include "core/journal/CheckIn.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::core::ImportFields);

namespace carrywell::core {
QString ImportFields::momentText(const QDateTime& moment, bool milliseconds)
{
    // QDateTime::toString goes through its general formatter, which costs
    // about a microsecond a time: a third of a ten-year export. Entries carry
    // a fixed offset, so the same text is written here directly; anything
    // else (a zone, an offset in odd seconds, a year out of 1..9999) is left
    // to Qt.
    const auto qtText = [&] {
        return moment.toString(milliseconds ? Qt::ISODateWithMs : Qt::ISODate);
    };
    const Qt::TimeSpec spec = moment.timeSpec();
    if (!moment.isValid() || (spec != Qt::OffsetFromUTC && spec != Qt::UTC))
        return qtText();
    const int offset = moment.offsetFromUtc();
    if (offset % 60 != 0)
        return qtText();
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 local = moment.toMSecsSinceEpoch() + qint64(offset) * 1000;
    const qint64 days = local >= 0 ? local / msPerDay : -((-local + msPerDay - 1) / msPerDay);
    const qint64 ms = local - days * msPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1 || date.year() > 9999)
        return qtText();

    QString text(milliseconds ? 29 : 25, Qt::Uninitialized);
    QChar* out = text.data();
    const auto digits = [&out](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = QLatin1Char(char('0' + value % 10));
        out += width;
    };
    const auto put = [&out](char c) { *out++ = QLatin1Char(c); };
    digits(date.year(), 4);
    put('-');
    digits(date.month(), 2);
    put('-');
    digits(date.day(), 2);
    put('T');
    digits(int(ms / 3'600'000), 2);
    put(':');
    digits(int(ms / 60'000 % 60), 2);
    put(':');
    digits(int(ms / 1000 % 60), 2);
    if (milliseconds) {
        put('.');
        digits(int(ms % 1000), 3);
    }
    if (offset == 0) {
        put('Z');
    } else {
        put(offset < 0 ? '-' : '+');
        const int minutes = std::abs(offset) / 60;
        digits(minutes / 60, 2);
        put(':');
        digits(minutes % 60, 2);
    }
    text.truncate(out - text.constData());
    return text;
}

std::optional<QDateTime> ImportFields::parseMoment(const QString& text)
{
    QString iso = text.trimmed();
    // Spreadsheets like to write "2026-01-05 09:30:00".
    if (iso.size() > 10 && iso[10] == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    if (iso.size() < 16 || iso[10] != QLatin1Char('T'))
        return std::nullopt;
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    return moment;
}

QString ImportFields::badMoment(const QString& text)
{
    return tr("“%1” is not a date and time like 2026-01-05T09:30:00+01:00").arg(text);
}

std::optional<int> ImportFields::parseScore(const QString& text, const QString& what,
                                            QString* problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *problem = tr("%1 is missing").arg(what);
        return std::nullopt;
    }
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    if (!ok || value < minPainScore || value > maxPainScore) {
        *problem = tr("%1 is “%2”, but scores are whole numbers from 0 to 10").arg(what, trimmed);
        return std::nullopt;
    }
    return value;
}

} // namespace carrywell::core
