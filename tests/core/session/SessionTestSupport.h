#pragma once

#include "core/common/Clock.h"
#include "core/session/SessionEngine.h"

#include <QList>
#include <QStringList>

namespace carrywell::test {

struct DosageSpec
{
    int sets = 1;
    int reps = 0;
    int holdSeconds = 0;
    int holdSecondsMax = 0;
    int out = 0;
    int back = 0;
    bool perSide = false;
    int rest = 0;
    int duration = 0;
};

core::Dosage dosage(const DosageSpec& spec);
core::SessionItem item(const QString& id, const QString& name, core::Category category,
                       const DosageSpec& spec);

/// Banded A's with the source's 5 s out, 5 s back tempo.
core::SessionItem bandedAs(int sets, int reps, int rest = 45);

/// Banded A's (0–15 s, rest to 30 s), 360 breathing (30–55 s, rest to 70 s),
/// couch stretch (70–100 s); SessionCues.ARoutine… lists every cue.
core::SessionPlan threeExercises();

/// "2000 countdown 3" per cue: time, kind and text, easy to compare in full.
QString describe(const core::Cue& cue);
QStringList describe(const QList<core::Cue>& cues);

/// Records every cue an engine signals, with the clock time it came at.
class CueLog
{
public:
    CueLog(core::SessionEngine& engine, const core::ManualClock& clock);

    struct Entry
    {
        core::Cue cue;
        qint64 atMs = 0; ///< Steady clock reading when it was signalled.
    };

    const QList<Entry>& entries() const { return m_entries; }
    QList<core::Cue> cues() const;
    QStringList lines() const { return describe(cues()); }
    void clear() { m_entries.clear(); }

private:
    QList<Entry> m_entries;
};

/// Advances the clock in `stepMs` steps, updating the engine each time, until
/// `untilMs` of steady time.
void runUntil(core::SessionEngine& engine, core::ManualClock& clock, qint64 untilMs,
              qint64 stepMs = 100);

} // namespace carrywell::test
