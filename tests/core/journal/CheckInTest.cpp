#include "core/journal/CheckIn.h"

#include "JournalTestSupport.h"
#include "core/journal/DateRange.h"
#include "core/journal/SavedPlan.h"
#include "core/journal/SessionRecord.h"
#include "core/journal/Trigger.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using carrywell::test::at;
using carrywell::test::makeCheckIn;
using carrywell::test::makeSession;

TEST(Trigger, IdsAreTheFixedListAndRoundTrip)
{
    QStringList ids;
    for (Trigger trigger : allValues<Trigger>()) {
        ids.append(toId(trigger));
        EXPECT_EQ(fromId<Trigger>(toId(trigger)), trigger);
        EXPECT_FALSE(displayName(trigger).isEmpty());
    }
    EXPECT_EQ(ids, QStringList({"lifting", "carrying", "feeding", "sitting", "standing",
                                "poor-sleep", "bending", "other"}));
    EXPECT_EQ(idList<Trigger>(),
              "lifting, carrying, feeding, sitting, standing, poor-sleep, bending, other");
    EXPECT_FALSE(fromId<Trigger>(u"Lifting"));
    EXPECT_FALSE(fromId<Trigger>(u"poor sleep"));
    EXPECT_FALSE(fromId<Trigger>(u""));
}

TEST(WarningSign, IdsAreTheFixedListAndRoundTrip)
{
    QStringList ids;
    for (WarningSign sign : allValues<WarningSign>()) {
        ids.append(toId(sign));
        EXPECT_EQ(fromId<WarningSign>(toId(sign)), sign);
        EXPECT_FALSE(displayName(sign).isEmpty());
    }
    EXPECT_EQ(ids, QStringList({"leaking", "numbness", "night-pain"}));
    EXPECT_EQ(idList<WarningSign>(), "leaking, numbness, night-pain");
    EXPECT_EQ(displayName(WarningSign::NightPain), "Pain woke me at night");
    EXPECT_FALSE(fromId<WarningSign>(u"Leaking"));
    EXPECT_FALSE(fromId<WarningSign>(u"night pain"));
    EXPECT_FALSE(fromId<WarningSign>(u""));
}

TEST(CheckIn, AGoodCheckInHasNoProblems)
{
    CheckIn checkIn = makeCheckIn(at(2026, 1, 5, 9), 10, {{Region::Neck, 0}, {Region::Core, 10}},
                                  {Trigger::Other}, QString(10000, QLatin1Char('x')));
    EXPECT_TRUE(problemsWith(checkIn).isEmpty()) << problemsWith(checkIn).join("; ").toStdString();
}

TEST(CheckIn, EveryProblemIsNamed)
{
    CheckIn checkIn = makeCheckIn(QDateTime(), 11,
                                  {{Region::Neck, 3}, {Region::Neck, 4}, {Region::LowerBack, -1}});
    checkIn.note = QString(maxNoteLength + 1, QLatin1Char('n'));
    const QStringList problems = problemsWith(checkIn);
    ASSERT_EQ(problems.size(), 5) << problems.join("; ").toStdString();
    EXPECT_EQ(problems[0], "it has no valid date and time");
    EXPECT_EQ(problems[1], "the overall score is 11, but scores run from 0 to 10");
    EXPECT_EQ(problems[2], "“neck” is scored more than once");
    EXPECT_EQ(problems[3], "the score for “lower-back” is -1, but scores run from 0 to 10");
    EXPECT_EQ(problems[4], "the note has 50001 characters; at most 50000 fit");
}

TEST(CheckIn, NormalizingSortsRegionsAndDropsRepeatedTriggersAndSigns)
{
    CheckIn checkIn =
        makeCheckIn(at(2026, 1, 5, 9), 4, {{Region::Core, 2}, {Region::Neck, 5}},
                    {Trigger::Sitting, Trigger::Lifting, Trigger::Sitting}, {},
                    {WarningSign::NightPain, WarningSign::Leaking, WarningSign::NightPain});
    const CheckIn tidy = normalized(checkIn);
    EXPECT_EQ(tidy.regions, (QList<RegionScore>{{Region::Neck, 5}, {Region::Core, 2}}));
    EXPECT_EQ(tidy.triggers, (QList<Trigger>{Trigger::Lifting, Trigger::Sitting}));
    EXPECT_EQ(tidy.warningSigns,
              (QList<WarningSign>{WarningSign::Leaking, WarningSign::NightPain}));
    EXPECT_FALSE(tidy.note.isNull());
    // In order already, with a trigger repeated next to itself.
    const CheckIn sorted = normalized(makeCheckIn(at(2026, 1, 5, 9), 4, {{Region::Neck, 5}},
                                                  {Trigger::Lifting, Trigger::Lifting}));
    EXPECT_EQ(sorted.triggers, (QList<Trigger>{Trigger::Lifting}));
    EXPECT_EQ(sorted.regions, (QList<RegionScore>{{Region::Neck, 5}}));
    checkIn.setScore(Region::Core, 7);
    EXPECT_EQ(checkIn.scoreFor(Region::Core), 7);
    EXPECT_EQ(checkIn.scoreFor(Region::HipsGlutes), std::nullopt);
}

TEST(CheckIn, DuplicatesShareSecondScoresTriggersSignsAndNote)
{
    const CheckIn a = makeCheckIn(at(2026, 1, 5, 9).addMSecs(120), 4, {{Region::Neck, 2}},
                                  {Trigger::Lifting, Trigger::Feeding}, "same");
    CheckIn b = makeCheckIn(at(2026, 1, 5, 9).addMSecs(870), 4, {{Region::Neck, 2}},
                            {Trigger::Feeding, Trigger::Lifting}, "same");
    EXPECT_TRUE(isDuplicateOf(a, b)); // the same second; trigger order does not matter
    // The same moment written at another UTC offset is still the same moment.
    b.at = b.at.toOffsetFromUtc(-5 * 3600);
    EXPECT_TRUE(isDuplicateOf(a, b));
    b.note = "same ";
    EXPECT_FALSE(isDuplicateOf(a, b));
    b.note = "same";
    b.at = b.at.addSecs(1);
    EXPECT_FALSE(isDuplicateOf(a, b));
    b.at = a.at;
    b.regions = {{Region::Neck, 3}};
    EXPECT_FALSE(isDuplicateOf(a, b));
    b.regions = a.regions;
    ASSERT_TRUE(isDuplicateOf(a, b));
    b.warningSigns = {WarningSign::Leaking};
    EXPECT_FALSE(isDuplicateOf(a, b)) << "a sign she noticed makes it a different entry";
}

TEST(SessionRecord, ProblemsAndAdherence)
{
    SessionRecord session =
        makeSession(at(2026, 1, 5, 9), "gentle-start", 600, {"cat-cow"}, {"glute-bridge"}, 5, 3);
    EXPECT_TRUE(problemsWith(session).isEmpty());
    EXPECT_EQ(session.exercisesDone(), QStringList{"cat-cow"});
    EXPECT_EQ(session.exercisesSkipped(), QStringList{"glute-bridge"});
    EXPECT_TRUE(session.countsForAdherence());

    SessionRecord skippedAll = makeSession(at(2026, 1, 5, 9), "gentle-start", 60, {}, {"cat-cow"});
    EXPECT_FALSE(skippedAll.countsForAdherence());

    SessionRecord bad = makeSession(QDateTime(), "Gentle Start", -5, {"Cat Cow"}, {}, 11, -1);
    const QStringList problems = problemsWith(bad);
    ASSERT_EQ(problems.size(), 6) << problems.join("; ").toStdString();
    EXPECT_TRUE(problems[1].contains("-5 seconds"));
    EXPECT_TRUE(problems[2].contains("“Gentle Start”"));
    EXPECT_TRUE(problems[3].contains("“Cat Cow”"));
    EXPECT_TRUE(problems[4].contains("pain before is 11"));
    EXPECT_TRUE(problems[5].contains("pain after is -1"));
}

TEST(SavedPlan, NeedsAMondayAndAJsonObject)
{
    SavedPlan plan{QDate(2026, 1, 12), at(2026, 1, 11, 20), R"({"days": []})"};
    EXPECT_TRUE(problemsWith(plan).isEmpty());
    plan.weekStart = QDate(2026, 1, 13);
    plan.json = "[1, 2]";
    const QStringList problems = problemsWith(plan);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0], "its week starts on 2026-01-13, which is not a Monday");
    EXPECT_EQ(problems[1], "its plan is not a JSON object");
}

TEST(DateRange, WeeksStartOnMonday)
{
    EXPECT_EQ(weekStart(QDate(2026, 1, 12)), QDate(2026, 1, 12)); // Monday
    EXPECT_EQ(weekStart(QDate(2026, 1, 18)), QDate(2026, 1, 12)); // Sunday
    EXPECT_EQ(weekStart(QDate(2026, 1, 1)), QDate(2025, 12, 29)); // across a year
    const DateRange week = DateRange::weekOf(QDate(2026, 1, 14));
    EXPECT_EQ(week, (DateRange{QDate(2026, 1, 12), QDate(2026, 1, 18)}));
    EXPECT_EQ(week.dayCount(), 7);
    EXPECT_TRUE(week.contains(QDate(2026, 1, 18)));
    EXPECT_FALSE(week.contains(QDate(2026, 1, 19)));
    EXPECT_FALSE((DateRange{QDate(2026, 1, 2), QDate(2026, 1, 1)}).isValid());
}
