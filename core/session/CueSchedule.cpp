#include "core/session/CueSchedule.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::Cue);

namespace carrywell::core {
namespace {

// Shorter holds pass too quickly for "halfway" or a countdown to help.
constexpr qint64 kShortestHalfwayMs = 10000;
constexpr qint64 kShortestCountedHoldMs = 6000;
constexpr int kCountFrom = 3;

/// A cue's words as shown, in the interface's language, and as spoken: the
/// voice clips are recorded from the English.
struct Words
{
    QString shown;
    QString spoken;
};

Words say(const char* english, const QString& name = {})
{
    if (name.isNull())
        return {tr(english), QString::fromUtf8(english)};
    return {tr(english).arg(name), QString::fromUtf8(english).arg(name)};
}

Words number(int n)
{
    return {QString::number(n), QString::number(n)};
}

class CueWriter
{
public:
    CueWriter(const QList<SessionItem>& items, const std::vector<SessionSegment>& segments)
        : m_items(items), m_segments(segments)
    {
    }

    QList<Cue> write()
    {
        for (size_t i = 0; i < m_segments.size(); ++i) {
            const SessionSegment& s = m_segments[i];
            const SessionSegment* previous = i > 0 ? &m_segments[i - 1] : nullptr;
            const SessionSegment* next = i + 1 < m_segments.size() ? &m_segments[i + 1] : nullptr;
            atStart(s, previous);
            within(s, next);
        }
        if (!m_segments.empty()) {
            const SessionSegment& last = m_segments.back();
            add(CueKind::SessionDone, last.endMs(), last,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Done. Well done.")));
        }
        // Already in order by construction; the sort keeps that a guarantee.
        std::stable_sort(m_cues.begin(), m_cues.end(),
                         [](const Cue& a, const Cue& b) { return a.plannedMs < b.plannedMs; });
        return m_cues;
    }

private:
    void atStart(const SessionSegment& s, const SessionSegment* previous)
    {
        const SessionItem& item = m_items.at(s.exerciseIndex);
        switch (s.kind) {
        case SegmentKind::GetReady:
            add(CueKind::GetReady, s.startMs, s,
                s.side == BodySide::Left
                    ? say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "%1, left side. Get ready."),
                          item.name)
                    : say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "%1. Get ready."), item.name));
            return;
        case SegmentKind::SwitchSides:
            add(CueKind::SwitchSides, s.startMs, s,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Switch sides")));
            return;
        case SegmentKind::Rest:
            add(CueKind::Rest, s.startMs, s,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Rest")));
            return;
        case SegmentKind::BetweenExercises: {
            add(CueKind::ExerciseDone, s.startMs, s,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Done")));
            add(CueKind::Rest, s.startMs, s,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Rest")));
            const int nextIndex = s.exerciseIndex + 1;
            Cue& nextUp = add(CueKind::NextUp, s.startMs, s,
                              say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Next: %1"),
                                  m_items.at(nextIndex).name));
            nextUp.exerciseIndex = nextIndex;
            nextUp.exerciseId = m_items.at(nextIndex).exerciseId;
            nextUp.set = 0;
            return;
        }
        case SegmentKind::Out:
        case SegmentKind::Back:
        case SegmentKind::Hold:
        case SegmentKind::BreatheIn:
        case SegmentKind::BreatheOut:
        case SegmentKind::Work:
            break;
        }
        if (!previous || !isWork(previous->kind))
            add(CueKind::Go, s.startMs, s, say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Go")));
        const bool repStarts = s.kind == SegmentKind::Out || s.kind == SegmentKind::BreatheIn;
        if (repStarts && s.rep >= 2) {
            add(CueKind::RepCount, s.startMs, s,
                s.rep == item.dosage.reps
                    ? say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Last one"))
                    : number(s.rep));
        }
        switch (s.kind) {
        case SegmentKind::Out:
            add(CueKind::Out, s.startMs, s, say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Out")));
            break;
        case SegmentKind::Back:
            add(CueKind::Back, s.startMs, s,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Back")));
            break;
        case SegmentKind::Hold:
            add(CueKind::Hold, s.startMs, s,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Hold")));
            break;
        case SegmentKind::BreatheIn:
            add(CueKind::BreatheIn, s.startMs, s,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Breathe in")));
            break;
        case SegmentKind::BreatheOut:
            add(CueKind::BreatheOut, s.startMs, s,
                say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Breathe out")));
            break;
        default:
            break;
        }
    }

    void within(const SessionSegment& s, const SessionSegment* next)
    {
        if (s.kind == SegmentKind::Hold || s.kind == SegmentKind::Work) {
            if (s.durationMs >= kShortestHalfwayMs)
                add(CueKind::Halfway, s.startMs + s.durationMs / 2, s,
                    say(QT_TRANSLATE_NOOP("carrywell::core::Cue", "Halfway")));
            if (s.durationMs >= kShortestCountedHoldMs)
                countdown(CueKind::HoldCountdown, s, s);
        }
        // Work is about to start: count the person in.
        if (!isWork(s.kind) && next && isWork(next->kind))
            countdown(CueKind::Countdown, s, *next);
    }

    // "3", "2", "1" in the last seconds of `during`, about `about`.
    void countdown(CueKind kind, const SessionSegment& during, const SessionSegment& about)
    {
        for (int n = kCountFrom; n >= 1; --n) {
            const qint64 at = during.endMs() - static_cast<qint64>(n) * 1000;
            if (at >= during.startMs)
                add(kind, at, about, number(n));
        }
    }

    Cue& add(CueKind kind, qint64 at, const SessionSegment& s, const Words& words)
    {
        const SessionItem& item = m_items.at(s.exerciseIndex);
        m_cues.append({kind, at, s.exerciseIndex, item.exerciseId, s.set, s.rep, s.side,
                       words.shown, words.spoken});
        return m_cues.last();
    }

    const QList<SessionItem>& m_items;
    const std::vector<SessionSegment>& m_segments;
    QList<Cue> m_cues;
};

} // namespace

QList<Cue> scheduleCues(const QList<SessionItem>& items,
                        const std::vector<SessionSegment>& segments)
{
    return CueWriter(items, segments).write();
}

} // namespace carrywell::core
