// When the journal suggests seeing a doctor or a physiotherapist: days of
// high pain in a row, and the warning signs she ticked or wrote about.
#include "core/journal/CarePrompts.h"

#include "JournalTestSupport.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

DailyAverage daily(QDate day, double average)
{
    DailyAverage entry;
    entry.day = day;
    entry.average = average;
    entry.checkIns = 1;
    return entry;
}

QStringList ids(const QList<CarePrompt>& prompts)
{
    QStringList result;
    for (const CarePrompt& prompt : prompts)
        result.append(prompt.id);
    return result;
}

// Today is Wednesday 14 January 2026 (see JournalTest).
class CarePromptsInJournal : public JournalTest
{
};

} // namespace

TEST(CarePrompts, SeveralDaysOfHighPainInARowSuggestADoctor)
{
    const QDate today(2026, 1, 14);
    QList<DailyAverage> days{daily(today.addDays(-3), 7.5), daily(today.addDays(-2), 8),
                             daily(today.addDays(-1), 7)};
    const QList<CarePrompt> prompts = CarePrompts::find(days, {}, today);
    ASSERT_EQ(prompts.size(), 1);
    EXPECT_EQ(prompts.first().id, QStringLiteral("high-pain"));
    EXPECT_TRUE(prompts.first().text.contains("3 days in a row"));
    EXPECT_TRUE(prompts.first().text.contains("doctor or a physiotherapist"));

    // A gap breaks the run; so does a calmer day; old runs no longer count.
    days[1].day = today.addDays(-5);
    EXPECT_TRUE(CarePrompts::find(days, {}, today).isEmpty());
    EXPECT_TRUE(CarePrompts::find(
                    {daily(today.addDays(-2), 8), daily(today.addDays(-1), 6.5), daily(today, 9)},
                    {}, today)
                    .isEmpty());
    EXPECT_EQ(
        CarePrompts::recentHighPainRun({daily(today.addDays(-40), 8), daily(today.addDays(-39), 8),
                                        daily(today.addDays(-38), 8)},
                                       today),
        0);
}

TEST(CarePrompts, LeakingNumbnessAndNightPainSuggestTheRightPerson)
{
    const QDate today(2026, 1, 14);
    const QList<CheckIn> checkIns{
        // Ticked, with no note at all.
        makeCheckIn(at(2026, 1, 13, 8), 3, {}, {}, {}, {WarningSign::Leaking}),
        // In her own words.
        makeCheckIn(at(2026, 1, 12, 8), 3, {}, {}, QStringLiteral("Pain woke me at 4")),
        makeCheckIn(at(2025, 12, 1, 8), 3, {}, {}, QStringLiteral("Numb leg"),
                    {WarningSign::Numbness}), // too long ago
    };
    const QList<CarePrompt> prompts = CarePrompts::find({}, checkIns, today);
    ASSERT_EQ(prompts.size(), 2);
    EXPECT_EQ(prompts.at(0).id, QStringLiteral("leaking"));
    EXPECT_TRUE(prompts.at(0).text.contains("pelvic-floor physiotherapist"));
    EXPECT_EQ(prompts.at(1).id, QStringLiteral("night-pain"));
    EXPECT_TRUE(prompts.at(1).text.contains("doctor"));
}

TEST(CarePrompts, ATickedSignIsEnoughWhateverTheNoteSays)
{
    const QDate today(2026, 1, 14);
    for (const WarningSign sign : allValues<WarningSign>()) {
        const QList<CarePrompt> prompts = CarePrompts::find(
            {}, {makeCheckIn(at(2026, 1, 14, 8), 2, {}, {}, QStringLiteral("Slept well"), {sign})},
            today);
        ASSERT_EQ(prompts.size(), 1);
        EXPECT_EQ(prompts.first().id, toId(sign));
    }
    EXPECT_TRUE(
        CarePrompts::find(
            {}, {makeCheckIn(at(2026, 1, 14, 8), 2, {}, {}, QStringLiteral("Slept well"))}, today)
            .isEmpty());
}

TEST_F(CarePromptsInJournal, TheJournalsLastTwoWeeksDecideThePrompts)
{
    seed({makeCheckIn(at(2026, 1, 12, 8), 8), makeCheckIn(at(2026, 1, 13, 8), 7),
          makeCheckIn(at(2026, 1, 14, 8), 9),
          // Three weeks ago: past the fortnight that counts.
          makeCheckIn(at(2025, 12, 24, 8), 3, {}, {}, {}, {WarningSign::Numbness})});
    const std::unique_ptr<Journal> journal = open();
    ASSERT_TRUE(journal);
    const Result<QList<CarePrompt>> prompts = CarePrompts::current(*journal, m_clock.today());
    ASSERT_TRUE(prompts.ok()) << prompts.error().toStdString();
    EXPECT_EQ(ids(prompts.value()), QStringList{"high-pain"});

    // A calmer check-in brings the 14th's average to (9 + 4) / 2, under 7,
    // and her note speaks of leaking.
    const Result<qint64> added = journal->addCheckIn(
        makeCheckIn(at(2026, 1, 14, 8, 30), 4, {}, {}, QStringLiteral("Some leaking today")));
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_EQ(ids(CarePrompts::current(*journal, m_clock.today()).value()), QStringList{"leaking"});
}
