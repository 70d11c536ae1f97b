#include "core/session/CueAnnouncement.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QStringList>

CARRYWELL_TR_CONTEXT(carrywell::core::CueAnnouncement);

namespace carrywell::core {
namespace {

int weight(CueTone tone)
{
    switch (tone) {
    case CueTone::Done:
        return 5;
    case CueTone::Rest:
        return 4;
    case CueTone::Go:
        return 3;
    case CueTone::Change:
        return 2;
    case CueTone::Tick:
        return 1;
    case CueTone::None:
        break;
    }
    return 0;
}

QString sentence(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString joined(const QStringList& sentences)
{
    return sentences.isEmpty() ? QString()
                               : sentences.join(QStringLiteral(". ")) + QLatin1Char('.');
}

/// What one cue adds to the big line, if anything.
QString headlineWords(const Cue& cue)
{
    switch (cue.kind) {
    case CueKind::GetReady:
        // The exercise's name is in the heading; the big line says what to do.
        return tr("Get ready");
    case CueKind::Countdown:
    case CueKind::HoldCountdown:
    case CueKind::RepCount:
    case CueKind::NextUp:
    case CueKind::ExerciseDone:
        return {};
    case CueKind::Go: // shown only when nothing else is (see forCues)
    case CueKind::Out:
    case CueKind::Back:
    case CueKind::Hold:
    case CueKind::BreatheIn:
    case CueKind::BreatheOut:
    case CueKind::Halfway:
    case CueKind::SwitchSides:
    case CueKind::Rest:
    case CueKind::SessionDone:
        break;
    }
    return sentence(cue.text);
}

} // namespace

CueTone CueAnnouncement::toneFor(CueKind kind)
{
    switch (kind) {
    case CueKind::Countdown:
    case CueKind::RepCount:
    case CueKind::Halfway:
    case CueKind::HoldCountdown:
        return CueTone::Tick;
    case CueKind::Go:
        return CueTone::Go;
    case CueKind::GetReady:
    case CueKind::Out:
    case CueKind::Back:
    case CueKind::Hold:
    case CueKind::BreatheIn:
    case CueKind::BreatheOut:
    case CueKind::SwitchSides:
        return CueTone::Change;
    case CueKind::Rest:
        return CueTone::Rest;
    case CueKind::NextUp:
        return CueTone::None;
    case CueKind::ExerciseDone:
    case CueKind::SessionDone:
        return CueTone::Done;
    }
    return CueTone::None;
}

CueAnnouncement CueAnnouncement::forCues(const QList<Cue>& cues)
{
    CueAnnouncement announcement;
    QStringList words;
    QStringList spoken;
    QStringList headline;
    QString go;
    bool lasts = false;
    for (const Cue& cue : cues) {
        if (cue.kind == CueKind::Go) {
            go = sentence(cue.text);
        } else if (const QString big = headlineWords(cue); !big.isEmpty()) {
            headline.append(big);
            lasts = lasts || cue.kind != CueKind::Halfway;
        }
        const CueTone tone = toneFor(cue.kind);
        if (weight(tone) > weight(announcement.tone))
            announcement.tone = tone;
        if (const QString text = sentence(cue.text); !text.isEmpty())
            words.append(text);
        if (const QString text = sentence(cue.spoken); !text.isEmpty())
            spoken.append(text);
    }
    announcement.text = joined(words);
    announcement.spoken = joined(spoken);
    // "Go" alone starts timed work; with "Out" or "Hold" the action says it.
    announcement.headline = headline.isEmpty() ? go : headline.join(QStringLiteral(" · "));
    announcement.headlineLasts = !headline.isEmpty() && lasts;
    return announcement;
}

} // namespace carrywell::core
