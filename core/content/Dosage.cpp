#include "content/Dosage.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace carrywell::core {
namespace {

// A rep with no tempo given still takes time: about three seconds is a calm,
// controlled pace.
constexpr int kDefaultRepSeconds = 3;

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::core::Dosage)
};

} // namespace

int Dosage::workSecondsPerSet() const
{
    const int hold = holdSecondsMax > holdSeconds ? (holdSeconds + holdSecondsMax + 1) / 2
                                                  : holdSeconds;
    const int tempo = tempoOutSeconds + tempoBackSeconds;
    // A single long hold has no rep movement to time; repeated reps do.
    const int movement = tempo > 0 ? tempo : (reps > 1 || (reps == 1 && hold == 0) ? kDefaultRepSeconds : 0);
    const int perRep = hold + movement;
    const int repsTime = std::max(reps, hold > 0 ? 1 : 0) * perRep;
    return std::max(repsTime, durationSeconds);
}

int Dosage::estimatedSeconds() const
{
    const int blocks = std::max(sets, 1) * sides();
    return blocks * workSecondsPerSet() + (blocks - 1) * restSeconds;
}

QString Dosage::describe(Tempo tempo) const
{
    QStringList parts;
    const bool holdOnly = holdSeconds > 0 && reps <= 1;
    const QString hold = holdSecondsMax > holdSeconds
                             ? Tr::tr("%1–%2 s").arg(holdSeconds).arg(holdSecondsMax)
                             : Tr::tr("%1 s").arg(holdSeconds);
    if (holdOnly) {
        parts << (sets > 1 ? Tr::tr("%1 holds of %2").arg(sets).arg(hold)
                           : Tr::tr("hold %1").arg(hold));
    } else if (reps > 0) {
        parts << (sets > 1 ? Tr::tr("%1 sets × %2 reps").arg(sets).arg(reps)
                           : (reps == 1 && durationSeconds == 0 ? Tr::tr("once")
                                                                : Tr::tr("%1 reps").arg(reps)));
        if (holdSeconds > 0)
            parts << Tr::tr("hold %1 each").arg(hold);
    } else if (sets > 1) {
        parts << Tr::tr("%1 sets").arg(sets);
    }
    if (tempoOutSeconds > 0 || tempoBackSeconds > 0)
        parts << (tempo == Tempo::Breath
                      ? Tr::tr("%1 s in, %2 s out").arg(tempoOutSeconds).arg(tempoBackSeconds)
                      : Tr::tr("%1 s out, %2 s back").arg(tempoOutSeconds).arg(tempoBackSeconds));
    if (durationSeconds > 0) {
        parts << (durationSeconds % 60 == 0 ? Tr::tr("%1 min").arg(durationSeconds / 60)
                                            : Tr::tr("%1 s").arg(durationSeconds));
    }
    if (perSide)
        parts << Tr::tr("each side");
    if (restSeconds > 0 && sets * sides() > 1)
        parts << Tr::tr("rest %1 s").arg(restSeconds);
    return parts.join(QStringLiteral(" · "));
}

} // namespace carrywell::core
