#include "session/CueAnnouncement.h"

namespace carrywell::ui {
namespace {

using Tone = CuePlayer::Tone;

int weight(Tone tone)
{
    switch (tone) {
    case Tone::Done:
        return 5;
    case Tone::Rest:
        return 4;
    case Tone::Go:
        return 3;
    case Tone::Change:
        return 2;
    case Tone::Tick:
        return 1;
    case Tone::None:
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

} // namespace

CuePlayer::Tone CueAnnouncement::toneFor(core::CueKind kind)
{
    using core::CueKind;
    switch (kind) {
    case CueKind::Countdown:
    case CueKind::RepCount:
    case CueKind::Halfway:
    case CueKind::HoldCountdown:
        return Tone::Tick;
    case CueKind::Go:
        return Tone::Go;
    case CueKind::GetReady:
    case CueKind::Out:
    case CueKind::Back:
    case CueKind::Hold:
    case CueKind::BreatheIn:
    case CueKind::BreatheOut:
    case CueKind::SwitchSides:
        return Tone::Change;
    case CueKind::Rest:
        return Tone::Rest;
    case CueKind::NextUp:
        return Tone::None;
    case CueKind::ExerciseDone:
    case CueKind::SessionDone:
        return Tone::Done;
    }
    return Tone::None;
}

CueAnnouncement CueAnnouncement::forCues(const QList<core::Cue>& cues)
{
    CueAnnouncement announcement;
    QStringList words;
    QStringList spoken;
    for (const core::Cue& cue : cues) {
        const Tone tone = toneFor(cue.kind);
        if (weight(tone) > weight(announcement.tone))
            announcement.tone = tone;
        if (const QString text = sentence(cue.text); !text.isEmpty())
            words.append(text);
        if (const QString text = sentence(cue.spoken); !text.isEmpty())
            spoken.append(text);
    }
    announcement.text = joined(words);
    announcement.spoken = joined(spoken);
    return announcement;
}

} // namespace carrywell::ui
