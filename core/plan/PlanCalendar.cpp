#include "core/plan/PlanCalendar.h"

#include "core/common/AtomicFile.h"
#include "core/common/Translate.h"
#include "core/content/ContentLibrary.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::PlanCalendar);

namespace carrywell::core {
namespace {

/// Floating local time ("20260105T100000"): no time zone, so the event stays
/// at the user's usual hour wherever the calendar is opened.
QString floating(const QDateTime& moment)
{
    return moment.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString utcStamp(const QDateTime& moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString exerciseName(const ContentLibrary& library, const QString& id)
{
    const Exercise* exercise = library.exercise(id);
    return exercise ? exercise->name : id;
}

QString description(const PlanDay& day, int minutes, const ContentLibrary& library)
{
    QStringList lines;
    const qsizetype count = day.exercises.size();
    lines << tr("%1, %2:").arg(minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes),
                               count == 1 ? tr("1 exercise") : tr("%1 exercises").arg(count));
    int number = 0;
    for (const PlannedExercise& item : day.exercises) {
        lines << tr("%1. %2: %3")
                     .arg(++number)
                     .arg(exerciseName(library, item.exerciseId), item.dosage.describe());
    }
    lines << QString()
          << tr("Move within what feels comfortable. Stop and get help if you have severe or "
                "worsening pain, numbness, leaking or heaviness in the pelvis. Carrywell teaches "
                "general exercises; it is not medical advice.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString PlanCalendar::uid(const QDate& day)
{
    return QStringLiteral("carrywell-plan-%1@carrywell.invalid")
        .arg(day.toString(QStringLiteral("yyyyMMdd")));
}

QString PlanCalendar::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            // CRLF and a lone CR are one line break, like LF.
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray PlanCalendar::foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    folded.reserve(utf8.size() + utf8.size() / kMaxLineOctets * 3 + 2);
    qsizetype start = 0;
    // A continuation line starts with a space, which counts towards its 75 octets.
    qsizetype room = kMaxLineOctets;
    while (utf8.size() - start > room) {
        qsizetype end = start + room;
        // Never cut between the bytes of one character: back up to its first byte.
        while (end > start && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        folded += utf8.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        room = kMaxLineOctets - 1;
    }
    folded += utf8.mid(start);
    folded += "\r\n";
    return folded;
}

QByteArray PlanCalendar::toIcs(const WeeklyPlan& plan, const ContentLibrary& library,
                               const QTime& sessionTime, const QDateTime& stampedAt)
{
    QByteArray ics;
    const auto add = [&ics](const QString& line) { ics += foldLine(line); };
    add(QStringLiteral("BEGIN:VCALENDAR"));
    add(QStringLiteral("VERSION:2.0"));
    add(QStringLiteral("PRODID:-//Carrywell//Weekly plan//EN"));
    add(QStringLiteral("CALSCALE:GREGORIAN"));
    add(QStringLiteral("METHOD:PUBLISH"));
    const QString stamp = utcStamp(stampedAt);
    const QTime time = sessionTime.isValid() ? sessionTime : QTime(10, 0);
    for (const PlanDay& day : plan.days) {
        if (day.rest || day.exercises.isEmpty())
            continue;
        const QDateTime start(day.date, QTime(time.hour(), time.minute()));
        // As the printed plan says it (at least one: an event needs a length).
        const int minutes = day.minutes(plan.minutesPerDay);
        const QDateTime end = start.addSecs(qint64(minutes) * 60);
        add(QStringLiteral("BEGIN:VEVENT"));
        add(QStringLiteral("UID:") + uid(day.date));
        add(QStringLiteral("DTSTAMP:") + stamp);
        add(QStringLiteral("DTSTART:") + floating(start));
        add(QStringLiteral("DTEND:") + floating(end));
        add(QStringLiteral("SUMMARY:") +
            escapeText(tr("Carrywell: %1-minute back care routine").arg(minutes)));
        add(QStringLiteral("DESCRIPTION:") + escapeText(description(day, minutes, library)));
        add(QStringLiteral("TRANSP:OPAQUE"));
        add(QStringLiteral("END:VEVENT"));
    }
    add(QStringLiteral("END:VCALENDAR"));
    return ics;
}

Result<Done> PlanCalendar::save(const QString& path, const QByteArray& ics)
{
    return AtomicFile::write(path, ics,
                             tr("Carrywell could not write the calendar to “%1” (%2). Choose "
                                "another place."));
}

} // namespace carrywell::core
