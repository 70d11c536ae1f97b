#include "core/reminders/ReminderSchedule.h"

#include <QTimeZone>
#include <algorithm>

namespace carrywell::core {
namespace {

/// The zone a local or zoned time lives in; UTC and fixed offsets need none.
std::optional<QTimeZone> zoneOf(const QDateTime& reference)
{
    switch (reference.timeSpec()) {
    case Qt::LocalTime:
        return QTimeZone::systemTimeZone();
    case Qt::TimeZone:
        return reference.timeZone();
    case Qt::UTC:
    case Qt::OffsetFromUTC:
        break;
    }
    return std::nullopt;
}

/// `moment` spelled the way `reference` is (local, zoned or at its offset).
QDateTime likeReference(const QDateTime& moment, const QDateTime& reference)
{
    switch (reference.timeSpec()) {
    case Qt::LocalTime:
        return moment.toLocalTime();
    case Qt::TimeZone:
        return moment.toTimeZone(reference.timeZone());
    case Qt::UTC:
        return moment.toUTC();
    case Qt::OffsetFromUTC:
        return moment.toOffsetFromUtc(reference.offsetFromUtc());
    }
    return moment;
}

} // namespace

ReminderSchedule::ReminderSchedule(const ReminderSettings& settings, const QTime& sessionTime)
    : m_settings(settings), m_sessionTime(sessionTime.isValid() ? sessionTime : QTime(10, 0))
{
    if (!m_settings.checkInTime.isValid())
        m_settings.checkInTime = ReminderSettings{}.checkInTime;
    m_settings.snoozeMinutes =
        std::clamp(m_settings.snoozeMinutes, ReminderSettings::kMinSnoozeMinutes,
                   ReminderSettings::kMaxSnoozeMinutes);
}

QTime ReminderSchedule::timeOf(ReminderKind kind) const
{
    return kind == ReminderKind::CheckIn ? m_settings.checkInTime : m_sessionTime;
}

bool ReminderSchedule::wanted(ReminderKind kind, const ReminderFacts& facts) const
{
    if (kind == ReminderKind::CheckIn)
        return m_settings.checkIn && !facts.checkedIn;
    return m_settings.sessions && facts.sessionOpen();
}

template <typename Test>
QList<ReminderKind> ReminderSchedule::openToday(const QDateTime& now, const ReminderFacts& facts,
                                                const ReminderState& state, Test test) const
{
    QList<ReminderKind> kinds;
    const QDate today = now.date();
    if (facts.day != today)
        return kinds;
    for (const ReminderKind kind : allReminderKinds) {
        const ReminderMark& mark = state[kind];
        if (wanted(kind, facts) && mark.doneOn != today && test(kind, mark, today))
            kinds.append(kind);
    }
    return kinds;
}

QList<ReminderKind> ReminderSchedule::due(const QDateTime& now, const ReminderFacts& facts,
                                          const ReminderState& state) const
{
    return openToday(
        now, facts, state, [&](ReminderKind kind, const ReminderMark& mark, QDate today) {
            return mark.shownOn == today ? mark.snoozedUntil.isValid() && now >= mark.snoozedUntil
                                         : now >= wallTime(now, today, timeOf(kind));
        });
}

QList<ReminderKind> ReminderSchedule::pending(const QDateTime& now, const ReminderFacts& facts,
                                              const ReminderState& state) const
{
    return openToday(now, facts, state, [](ReminderKind, const ReminderMark& mark, QDate today) {
        return mark.shownOn == today;
    });
}

QDateTime ReminderSchedule::nextCheck(const QDateTime& now, const ReminderFacts& facts,
                                      const ReminderState& state) const
{
    const QDate today = now.date();
    QDateTime next = startOf(now, today.addDays(1));
    if (facts.day != today)
        return now; // the facts are stale: read them again straight away
    for (const ReminderKind kind : allReminderKinds) {
        const ReminderMark& mark = state[kind];
        if (!wanted(kind, facts) || mark.doneOn == today)
            continue;
        QDateTime moment;
        if (mark.shownOn != today)
            moment = wallTime(now, today, timeOf(kind));
        else if (mark.snoozedUntil.isValid())
            moment = mark.snoozedUntil;
        if (moment.isValid())
            next = std::min(next, std::max(moment, now));
    }
    return likeReference(next, now);
}

void ReminderSchedule::markShown(ReminderState& state, ReminderKind kind, const QDateTime& now)
{
    state[kind].shownOn = now.date();
    state[kind].snoozedUntil = QDateTime();
}

void ReminderSchedule::snooze(ReminderState& state, ReminderKind kind, const QDateTime& now) const
{
    state[kind].shownOn = now.date();
    state[kind].snoozedUntil = now.addSecs(qint64(m_settings.snoozeMinutes) * 60);
}

void ReminderSchedule::markDone(ReminderState& state, ReminderKind kind, const QDateTime& now)
{
    state[kind].doneOn = now.date();
    state[kind].snoozedUntil = QDateTime();
}

QDateTime ReminderSchedule::wallTime(const QDateTime& reference, const QDate& day,
                                     const QTime& time)
{
    const std::optional<QTimeZone> zone = zoneOf(reference);
    if (!zone)
        return QDateTime(day, time, reference.timeSpec(), reference.offsetFromUtc());
    // Each offset in force that day gives a candidate; the ones that read
    // `time` on the wall clock are real, and the earliest of them comes first.
    const QDateTime dayStart = day.startOfDay(*zone);
    const QDateTime dayEnd = day.endOfDay(*zone);
    QDateTime first;
    for (const int offset : {zone->offsetFromUtc(dayStart), zone->offsetFromUtc(dayEnd)}) {
        const QDateTime candidate =
            QDateTime(day, time, Qt::OffsetFromUTC, offset).toTimeZone(*zone);
        if (candidate.date() == day && candidate.time() == time &&
            (!first.isValid() || candidate < first))
            first = candidate;
    }
    if (!first.isValid()) {
        // Skipped by a jump forward: due the moment the clock lands after it.
        const QTimeZone::OffsetData jump = zone->nextTransition(dayStart);
        first = jump.atUtc.isValid() ? jump.atUtc : dayEnd;
    }
    return likeReference(first, reference);
}

QDateTime ReminderSchedule::startOf(const QDateTime& reference, const QDate& day)
{
    const std::optional<QTimeZone> zone = zoneOf(reference);
    if (!zone)
        return QDateTime(day, QTime(0, 0), reference.timeSpec(), reference.offsetFromUtc());
    return likeReference(day.startOfDay(*zone), reference);
}

} // namespace carrywell::core
