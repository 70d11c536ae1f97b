// What is announced when cues fall due together: one tone, their words in
// order, and the few words shown large across the room.
#include "core/session/CueAnnouncement.h"

#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

Cue cue(CueKind kind, const QString& text, const QString& spoken = {})
{
    Cue result;
    result.kind = kind;
    result.text = text;
    result.spoken = spoken.isEmpty() ? text : spoken;
    return result;
}

} // namespace

TEST(CueAnnouncement, CuesDueTogetherAreSpokenTogetherWithTheStrongestTone)
{
    const CueAnnouncement both =
        CueAnnouncement::forCues({cue(CueKind::Go, "Go"), cue(CueKind::Out, "Out")});
    EXPECT_EQ(both.text, "Go. Out.");
    EXPECT_EQ(both.spoken, "Go. Out.");
    EXPECT_EQ(both.tone, CueTone::Go);
    EXPECT_EQ(both.headline, "Out") << "with an action, Go goes without saying";
    EXPECT_TRUE(both.headlineLasts);

    const CueAnnouncement done = CueAnnouncement::forCues(
        {cue(CueKind::HoldCountdown, "1"), cue(CueKind::SessionDone, "Done. Well done.")});
    EXPECT_EQ(done.tone, CueTone::Done);
    EXPECT_EQ(done.text, "1. Done. Well done.");
}

TEST(CueAnnouncement, TheShownWordsMayDifferFromTheSpokenOnes)
{
    const CueAnnouncement rest =
        CueAnnouncement::forCues({cue(CueKind::Rest, "Descanso.", "Rest.")});
    EXPECT_EQ(rest.text, "Descanso.");
    EXPECT_EQ(rest.spoken, "Rest.");
    EXPECT_EQ(rest.headline, "Descanso");
    EXPECT_EQ(rest.tone, CueTone::Rest);
}

TEST(CueAnnouncement, TheBigLineSaysWhatToDoNotTheCounts)
{
    const CueAnnouncement ready =
        CueAnnouncement::forCues({cue(CueKind::GetReady, "Banded A's. Get ready.")});
    EXPECT_EQ(ready.headline, "Get ready") << "the exercise's name is in the heading";
    EXPECT_TRUE(ready.headlineLasts);

    for (const CueKind kind : {CueKind::Countdown, CueKind::HoldCountdown, CueKind::RepCount,
                               CueKind::NextUp, CueKind::ExerciseDone}) {
        const CueAnnouncement counted = CueAnnouncement::forCues({cue(kind, "3")});
        EXPECT_TRUE(counted.headline.isEmpty()) << toId(kind).toStdString();
        EXPECT_FALSE(counted.text.isEmpty()) << "still shown and spoken";
    }
}

TEST(CueAnnouncement, WordsOfAMomentDoNotStayOnTheBigLine)
{
    const CueAnnouncement go = CueAnnouncement::forCues({cue(CueKind::Go, "Go")});
    EXPECT_EQ(go.headline, "Go");
    EXPECT_FALSE(go.headlineLasts);
    const CueAnnouncement halfway = CueAnnouncement::forCues({cue(CueKind::Halfway, "Halfway")});
    EXPECT_EQ(halfway.headline, "Halfway");
    EXPECT_FALSE(halfway.headlineLasts);
    const CueAnnouncement hold = CueAnnouncement::forCues({cue(CueKind::Hold, "Hold")});
    EXPECT_TRUE(hold.headlineLasts);
}

TEST(CueAnnouncement, EveryCueKindHasATone)
{
    EXPECT_EQ(CueAnnouncement::toneFor(CueKind::Countdown), CueTone::Tick);
    EXPECT_EQ(CueAnnouncement::toneFor(CueKind::RepCount), CueTone::Tick);
    EXPECT_EQ(CueAnnouncement::toneFor(CueKind::Go), CueTone::Go);
    EXPECT_EQ(CueAnnouncement::toneFor(CueKind::SwitchSides), CueTone::Change);
    EXPECT_EQ(CueAnnouncement::toneFor(CueKind::Rest), CueTone::Rest);
    EXPECT_EQ(CueAnnouncement::toneFor(CueKind::NextUp), CueTone::None);
    EXPECT_EQ(CueAnnouncement::toneFor(CueKind::ExerciseDone), CueTone::Done);
    EXPECT_TRUE(CueAnnouncement::forCues({}).text.isEmpty());
    EXPECT_EQ(CueAnnouncement::forCues({}).tone, CueTone::None);
}
