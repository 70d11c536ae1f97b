#include "core/content/Dosage.h"

#include <gtest/gtest.h>

using namespace carrywell::core;

TEST(Dosage, TempoRepsTakeTheirTempoAndRestsSitBetweenSets)
{
    Dosage d;
    d.sets = 2;
    d.reps = 8;
    d.tempoOutSeconds = 5;
    d.tempoBackSeconds = 5;
    d.restSeconds = 45;
    // Two sets of 8 ten-second reps, one rest between them.
    EXPECT_EQ(d.workSecondsPerSet(), 80);
    EXPECT_EQ(d.estimatedSeconds(), 2 * 80 + 45);
    EXPECT_EQ(d.describe(), QStringLiteral("2 sets × 8 reps · 5 s out, 5 s back · rest 45 s"));
}

TEST(Dosage, PerSideDoublesTheWorkAndAddsARest)
{
    Dosage d;
    d.sets = 1;
    d.reps = 1;
    d.holdSeconds = 30;
    d.perSide = true;
    d.restSeconds = 10;
    // One set: each side, with five seconds to change sides between them.
    EXPECT_EQ(d.estimatedSeconds(), 30 + 5 + 30);
    EXPECT_EQ(d.describe(), QStringLiteral("hold 30 s · each side · rest 10 s"));
}

TEST(Dosage, HoldRangesUseTheirMiddleAndReadAsARange)
{
    Dosage d;
    d.reps = 10;
    d.holdSeconds = 1;
    d.holdSecondsMax = 2;
    // 1–2 s lasts 1.5 s, between two seconds out and two back.
    EXPECT_EQ(d.workMsPerSet(), 10 * (2000 + 1500 + 2000));
    EXPECT_EQ(d.workSecondsPerSet(), 55);
    EXPECT_EQ(d.describe(), QStringLiteral("10 reps · hold 1–2 s each"));

    Dosage longHold;
    longHold.sets = 2;
    longHold.reps = 1;
    longHold.holdSeconds = 20;
    longHold.holdSecondsMax = 30;
    EXPECT_EQ(longHold.describe(), QStringLiteral("2 holds of 20–30 s"));
}

TEST(Dosage, TimedWorkIsShownInMinutes)
{
    Dosage d;
    d.durationSeconds = 180;
    EXPECT_EQ(d.estimatedSeconds(), 180);
    EXPECT_EQ(d.describe(), QStringLiteral("3 min"));
    d.durationSeconds = 90;
    d.perSide = true;
    EXPECT_EQ(d.estimatedSeconds(), 90 + 5 + 90);
    EXPECT_EQ(d.describe(), QStringLiteral("90 s · each side"));
}

TEST(Dosage, ABreathWithoutATempoIsSlowAndLongerOut)
{
    Dosage d;
    d.reps = 10;
    EXPECT_EQ(d.estimatedSeconds(Dosage::Tempo::Movement), 10 * 4);
    EXPECT_EQ(d.estimatedSeconds(Dosage::Tempo::Breath), 10 * (4 + 6));
    d.tempoOutSeconds = 3;
    d.tempoBackSeconds = 5;
    EXPECT_EQ(d.estimatedSeconds(Dosage::Tempo::Breath), 10 * 8);
    EXPECT_EQ(d.estimatedSeconds(Dosage::Tempo::Movement), 10 * 8);
}
