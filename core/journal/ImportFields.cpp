#include "journal/ImportFields.h"

#include "journal/CheckIn.h"

#include <QCoreApplication>

namespace carrywell::core {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::core::ImportFields)
};

} // namespace

QString ImportFields::momentText(const QDateTime& moment, bool milliseconds)
{
    return moment.toString(milliseconds ? Qt::ISODateWithMs : Qt::ISODate);
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
    return Tr::tr("“%1” is not a date and time like 2026-01-05T09:30:00+01:00").arg(text);
}

std::optional<int> ImportFields::parseScore(const QString& text, const QString& what,
                                            QString* problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *problem = Tr::tr("%1 is missing").arg(what);
        return std::nullopt;
    }
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    if (!ok || value < minPainScore || value > maxPainScore) {
        *problem =
            Tr::tr("%1 is “%2”, but scores are whole numbers from 0 to 10").arg(what, trimmed);
        return std::nullopt;
    }
    return value;
}

} // namespace carrywell::core
