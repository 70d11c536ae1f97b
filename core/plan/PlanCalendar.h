#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/plan/WeeklyPlan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace carrywell::core {

class ContentLibrary;

/// A weekly plan as an iCalendar file (RFC 5545) that calendar apps import:
/// one event per training day at the usual session time, in floating local
/// time so it stays at that hour wherever the calendar is.
class PlanCalendar
{
public:
    /// The calendar as UTF-8 with CRLF line ends and lines folded at 75
    /// octets. `stampedAt` becomes every event's DTSTAMP.
    static QByteArray toIcs(const WeeklyPlan& plan, const ContentLibrary& library,
                            const QTime& sessionTime, const QDateTime& stampedAt);

    /// Writes toIcs() to `path` atomically: the whole calendar, or the file
    /// is left as it was.
    static Result<Done> save(const QString& path, const QByteArray& ics);

    /// An event's UID, the same for a week's day however often it is exported,
    /// so importing again updates the event instead of adding a second one.
    static QString uid(const QDate& day);

    /// Text as an iCalendar TEXT value: \ ; , escaped, line breaks as \n.
    static QString escapeText(const QString& text);

    /// One content line ending in CRLF, folded so no line is longer than 75
    /// octets and no UTF-8 character is split.
    static QByteArray foldLine(const QString& line);

    static constexpr int kMaxLineOctets = 75;
};

} // namespace carrywell::core
