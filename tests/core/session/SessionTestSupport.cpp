#include "SessionTestSupport.h"

namespace carrywell::test {

using namespace carrywell::core;

Dosage dosage(const DosageSpec& spec)
{
    Dosage d;
    d.sets = spec.sets;
    d.reps = spec.reps;
    d.holdSeconds = spec.holdSeconds;
    d.holdSecondsMax = spec.holdSecondsMax;
    d.tempoOutSeconds = spec.out;
    d.tempoBackSeconds = spec.back;
    d.perSide = spec.perSide;
    d.restSeconds = spec.rest;
    d.durationSeconds = spec.duration;
    return d;
}

SessionItem item(const QString& id, const QString& name, Category category, const DosageSpec& spec)
{
    return {id, name, category, dosage(spec)};
}

SessionItem bandedAs(int sets, int reps, int rest)
{
    return item("banded-as", "Banded A's", Category::Strength,
                {.sets = sets, .reps = reps, .out = 5, .back = 5, .rest = rest});
}

SessionPlan threeExercises()
{
    return SessionPlan::forItems("test-routine", "Test routine",
                                 {bandedAs(1, 1),
                                  item("breathing-360", "360-degree breathing", Category::Breathing,
                                       {.reps = 2, .out = 4, .back = 6}),
                                  item("couch-stretch", "Couch stretch", Category::Stretch,
                                       {.reps = 1, .holdSeconds = 20, .holdSecondsMax = 30})})
        .value();
}

QString describe(const Cue& cue)
{
    return QStringLiteral("%1 %2 %3").arg(cue.plannedMs).arg(toId(cue.kind), cue.text);
}

QStringList describe(const QList<Cue>& cues)
{
    QStringList lines;
    for (const Cue& cue : cues)
        lines.append(describe(cue));
    return lines;
}

CueLog::CueLog(SessionEngine& engine, const ManualClock& clock)
{
    QObject::connect(&engine, &SessionEngine::cueDue, &engine, [this, &clock](const Cue& cue) {
        m_entries.append({cue, clock.steadyMilliseconds()});
    });
}

QList<Cue> CueLog::cues() const
{
    QList<Cue> cues;
    for (const Entry& entry : m_entries)
        cues.append(entry.cue);
    return cues;
}

void runUntil(SessionEngine& engine, ManualClock& clock, qint64 untilMs, qint64 stepMs)
{
    while (clock.steadyMilliseconds() < untilMs) {
        clock.advance(std::min(stepMs, untilMs - clock.steadyMilliseconds()));
        engine.update();
    }
}

} // namespace carrywell::test
