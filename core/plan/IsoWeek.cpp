#include "core/plan/IsoWeek.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QRegularExpression>

CARRYWELL_TR_CONTEXT(carrywell::core::IsoWeek);

namespace carrywell::core {
namespace {

/// The Monday of ISO week 1: the week that holds 4 January.
QDate firstMonday(int year)
{
    const QDate fourth(year, 1, 4);
    return fourth.addDays(1 - fourth.dayOfWeek());
}

} // namespace

Result<QDate> IsoWeek::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Error{tr("\"%1\" is not a week. Write it as year, W and week number, "
                        "like 2026-W48.")
                         .arg(text)};
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    const QDate monday = firstMonday(year).addDays(7 * (week - 1));
    int weekYear = 0;
    if (week < 1 || monday.weekNumber(&weekYear) != week || weekYear != year)
        return Error{tr("%1 has no week %2.").arg(year).arg(week)};
    return monday;
}

QString IsoWeek::format(const QDate& day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace carrywell::core
