#pragma once

#include "core/vocabulary/ContentOrigin.h"

#include <QList>
#include <QStringList>

namespace carrywell::core {

/// A postnatal warning sign that means stop exercising and get help.
struct StopSign
{
    QString
        id; ///< "heavy-bleeding", "calf-pain", "chest-pain", "pelvic-heaviness", "wound", "fever".
    QString text;
    QString action; ///< What to do, and how urgently.
};

/// The one list of postnatal warning signs shown with every exercise in the
/// first weeks after birth and on a session's pause screen, beside each
/// exercise's own "stop if".
struct PostnatalStopList
{
    int weeks = 0; ///< Shown while fewer weeks than this have passed since the birth.
    QString title;
    QString intro;
    QList<StopSign> signs;
    QStringList sourceIds;
    ContentOrigin origin;

    bool isEmpty() const { return signs.isEmpty(); }
};

/// One band of the pain-monitoring ("traffic light") rule.
struct PainLevel
{
    QString id;    ///< "green", "amber" or "red".
    QString range; ///< The scores it covers, as shown: "0–2".
    QString text;
};

/// How much pain during and after exercise is acceptable, and when to step back.
struct PainMonitoring
{
    QString title;
    QString summary;
    QList<PainLevel> levels;
    QString afterwards;
    QStringList sourceIds;
    ContentOrigin origin;

    bool isEmpty() const { return levels.isEmpty(); }
};

} // namespace carrywell::core
