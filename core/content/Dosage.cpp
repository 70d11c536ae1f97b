#include "core/content/Dosage.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

CARRYWELL_TR_CONTEXT(carrywell::core::Dosage);

namespace carrywell::core {
qint64 Dosage::holdMs() const
{
    return holdSecondsMax > holdSeconds ? (qint64(holdSeconds) + holdSecondsMax) * 1000 / 2
                                        : qint64(holdSeconds) * 1000;
}

qint64 Dosage::outMs(Tempo tempo) const
{
    if (tempoOutSeconds > 0)
        return qint64(tempoOutSeconds) * 1000;
    return tempo == Tempo::Breath ? Pacing::breathInMs : Pacing::moveMs;
}

qint64 Dosage::backMs(Tempo tempo) const
{
    if (tempoBackSeconds > 0)
        return qint64(tempoBackSeconds) * 1000;
    return tempo == Tempo::Breath ? Pacing::breathOutMs : Pacing::moveMs;
}

qint64 Dosage::workMsPerSet(Tempo tempo) const
{
    // Timed work, then a single hold, then reps out, held and back: the
    // session's own order of choice.
    if (durationSeconds > 0)
        return qint64(durationSeconds) * 1000;
    if (reps <= 1 && holdMs() > 0)
        return holdMs();
    return std::max(reps, 1) * (outMs(tempo) + holdMs() + backMs(tempo));
}

int Dosage::workSecondsPerSet(Tempo tempo) const
{
    return int((workMsPerSet(tempo) + 999) / 1000);
}

qint64 Dosage::estimatedMs(Tempo tempo, int switchSidesSeconds) const
{
    const int setCount = std::max(sets, 1);
    const qint64 switchMs = qint64(switchSidesSeconds) * 1000;
    // Each set: every side's work, a switch between sides; then a rest
    // before the next set, at least long enough to switch back.
    const qint64 perSet = sides() * workMsPerSet(tempo) + (perSide ? switchMs : 0);
    const qint64 rest = std::max(qint64(restSeconds) * 1000, switchMs);
    return setCount * perSet + (setCount - 1) * rest;
}

int Dosage::estimatedSeconds(Tempo tempo) const
{
    return int((estimatedMs(tempo) + 999) / 1000);
}

QString Dosage::describe(Tempo tempo) const
{
    QStringList parts;
    const bool holdOnly = holdSeconds > 0 && reps <= 1;
    const QString hold = holdSecondsMax > holdSeconds
                             ? tr("%1–%2 s").arg(holdSeconds).arg(holdSecondsMax)
                             : tr("%1 s").arg(holdSeconds);
    if (holdOnly) {
        parts << (sets > 1 ? tr("%1 holds of %2").arg(sets).arg(hold) : tr("hold %1").arg(hold));
    } else if (reps > 0) {
        parts << (sets > 1
                      ? tr("%1 sets × %2 reps").arg(sets).arg(reps)
                      : (reps == 1 && durationSeconds == 0 ? tr("once") : tr("%1 reps").arg(reps)));
        if (holdSeconds > 0)
            parts << tr("hold %1 each").arg(hold);
    } else if (sets > 1) {
        parts << tr("%1 sets").arg(sets);
    }
    if (tempoOutSeconds > 0 || tempoBackSeconds > 0)
        parts << (tempo == Tempo::Breath
                      ? tr("%1 s in, %2 s out").arg(tempoOutSeconds).arg(tempoBackSeconds)
                      : tr("%1 s out, %2 s back").arg(tempoOutSeconds).arg(tempoBackSeconds));
    if (durationSeconds > 0) {
        parts << (durationSeconds % 60 == 0 ? tr("%1 min").arg(durationSeconds / 60)
                                            : tr("%1 s").arg(durationSeconds));
    }
    if (perSide)
        parts << tr("each side");
    if (restSeconds > 0 && sets * sides() > 1)
        parts << tr("rest %1 s").arg(restSeconds);
    return parts.join(QStringLiteral(" · "));
}

} // namespace carrywell::core
