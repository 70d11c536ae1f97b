// What the journal page shows at a glance: charts, summary cards, care prompts.
#include "JournalUiFixture.h"
#include "ui/checkin/CarePromptArea.h"
#include "ui/checkin/CarePrompts.h"
#include "ui/journal/JournalChartsPanel.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalRangeBar.h"
#include "ui/journal/PainChartData.h"
#include "ui/journal/PainChartView.h"
#include "ui/journal/SessionEffectChartView.h"
#include "ui/journal/SummaryCards.h"

#include <QBarSet>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTest>

using namespace carrywell;
using test::checkIn;
using test::utc;

namespace {

class OverviewTest : public test::JournalUiTest
{
};

core::DailyAverage daily(QDate day, double average)
{
    core::DailyAverage entry;
    entry.day = day;
    entry.average = average;
    entry.checkIns = 1;
    return entry;
}

} // namespace

TEST(PainChartPoints, ShortSpansByDayLongerByWeekYearsByMonth)
{
    using Bucket = ui::PainChartPoints::Bucket;
    const QList<core::DailyAverage> days{daily(QDate(2026, 1, 5), 4), daily(QDate(2026, 1, 6), 6),
                                         daily(QDate(2026, 1, 12), 2), daily(QDate(2026, 2, 2), 3)};
    EXPECT_EQ(ui::PainChartPoints::bucket({QDate(2025, 8, 1), QDate(2026, 1, 14)}), Bucket::Day);
    EXPECT_EQ(ui::PainChartPoints::bucket({QDate(2025, 1, 1), QDate(2026, 1, 14)}), Bucket::Week);
    EXPECT_EQ(ui::PainChartPoints::bucket({QDate(2016, 1, 1), QDate(2026, 1, 14)}), Bucket::Month);

    const QList<QPointF> byDay = ui::PainChartPoints::daily(days, Bucket::Day);
    ASSERT_EQ(byDay.size(), 4);
    EXPECT_EQ(byDay.at(1), QPointF(ui::PainChartPoints::x(QDate(2026, 1, 6)), 6));
    // By week: Mon 5 – Sun 11 averages 5, placed on the Thursday.
    const QList<QPointF> byWeek = ui::PainChartPoints::daily(days, Bucket::Week);
    ASSERT_EQ(byWeek.size(), 3);
    EXPECT_EQ(byWeek.at(0), QPointF(ui::PainChartPoints::x(QDate(2026, 1, 8)), 5));
    EXPECT_EQ(byWeek.at(1), QPointF(ui::PainChartPoints::x(QDate(2026, 1, 15)), 2));
    // By month: January's three days average 4, placed on the 15th.
    const QList<QPointF> byMonth = ui::PainChartPoints::daily(days, Bucket::Month);
    ASSERT_EQ(byMonth.size(), 2);
    EXPECT_EQ(byMonth.at(0), QPointF(ui::PainChartPoints::x(QDate(2026, 1, 15)), 4));
    EXPECT_EQ(byMonth.at(1), QPointF(ui::PainChartPoints::x(QDate(2026, 2, 15)), 3));
}

TEST(PainChartPoints, SessionBarsSitInsideTheirWeekOnTheSameAxis)
{
    using Bucket = ui::PainChartPoints::Bucket;
    auto week = [](QDate start, int sessions) {
        core::WeekAdherence entry;
        entry.weekStart = start;
        entry.sessions = sessions;
        return entry;
    };
    const QList<core::WeekAdherence> weeks{week(QDate(2026, 1, 5), 3), week(QDate(2026, 1, 12), 0),
                                           week(QDate(2026, 1, 19), 5), week(QDate(2026, 1, 26), 4)};
    const QList<QPointF> bars = ui::PainChartPoints::sessionBars(weeks, Bucket::Week);
    ASSERT_EQ(bars.size(), 12) << "an empty week has no bar";
    EXPECT_EQ(bars[0].y(), 0);
    EXPECT_EQ(bars[1].y(), 3);
    EXPECT_EQ(bars[2].y(), 3);
    EXPECT_GT(bars[0].x(), ui::PainChartPoints::x(QDate(2026, 1, 4)));
    EXPECT_LT(bars[2].x(), ui::PainChartPoints::x(QDate(2026, 1, 12)));
    // By month, one bar of the weeks' mean: (3 + 0 + 5 + 4) / 4.
    const QList<QPointF> monthly = ui::PainChartPoints::sessionBars(weeks, Bucket::Month);
    ASSERT_EQ(monthly.size(), 4);
    EXPECT_EQ(monthly[1].y(), 3);
    EXPECT_LT(monthly[0].x(), ui::PainChartPoints::x(QDate(2026, 1, 4)));
    EXPECT_GT(monthly[2].x(), ui::PainChartPoints::x(QDate(2026, 1, 28)));
    EXPECT_EQ(ui::PainChartPoints::sessionScale(weeks), 7);
}

TEST_F(OverviewTest, ChartsAndCardsShowTheDaysChosen)
{
    // Last week (5–11 Jan) and this week so far (12–14 Jan).
    add({checkIn(utc(2026, 1, 6, 8), 6, {{core::Region::LowerBack, 6}}),
         checkIn(utc(2026, 1, 7, 8), 4, {{core::Region::LowerBack, 5}, {core::Region::Neck, 2}}),
         checkIn(utc(2026, 1, 12, 8), 3, {{core::Region::LowerBack, 3}}),
         checkIn(utc(2026, 1, 13, 8), 2),
         checkIn(utc(2026, 1, 13, 20), 4)});
    add(test::session(utc(2026, 1, 7, 19), QStringLiteral("evening-release"), 15, 6, 3));
    add(test::session(utc(2026, 1, 12, 19), QStringLiteral("evening-release"), 10, 5, 4));
    add(test::session(utc(2026, 1, 13, 19), QStringLiteral("gentle-start"), 20, 4, 2));

    ui::JournalPage page(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    page.resize(1100, 800);
    page.show();
    page.rangeBar()->setSpan(ui::JournalRangeBar::Span::FourWeeks);

    ui::PainChartView* chart = page.charts()->painChart();
    EXPECT_EQ(chart->dailySeries()->count(), 4) << "one dot a day with check-ins";
    EXPECT_EQ(chart->dailySeries()->at(3).y(), 3) << "13 Jan: (2 + 4) / 2";
    EXPECT_GE(chart->averageSeries()->count(), 4);
    EXPECT_EQ(chart->regionSeries(core::Region::LowerBack)->count(), 3);
    EXPECT_EQ(chart->regionSeries(core::Region::Neck)->count(), 1);
    EXPECT_TRUE(chart->regionSeries(core::Region::LowerBack)->isVisible());
    EXPECT_FALSE(chart->regionSeries(core::Region::Core)->isVisible()) << "no data, no line";
    EXPECT_EQ(chart->sessionBars().size(), 8) << "two weeks with sessions, four points each";
    EXPECT_EQ(chart->timeAxis()->min().date(), QDate(2025, 12, 18));
    EXPECT_EQ(chart->timeAxis()->max().date(), QDate(2026, 1, 14));
    page.charts()->regionsBox()->setChecked(false);
    EXPECT_FALSE(chart->regionSeries(core::Region::LowerBack)->isVisible());

    ui::SessionEffectChartView* effect = page.charts()->effectChart();
    EXPECT_EQ(effect->categories(),
              (QStringList{"All (3)", "Evening release (2)", "Gentle start (1)"}));
    EXPECT_DOUBLE_EQ(effect->beforeSet()->at(2), 5.0) << "All: (6 + 5 + 4) / 3";
    EXPECT_DOUBLE_EQ(effect->afterSet()->at(2), 3.0);

    ui::SummaryCards* cards = page.cards();
    EXPECT_EQ(cards->weekCard()->value(), QStringLiteral("3.0")) << "days 3 and 3";
    EXPECT_EQ(cards->weekCard()->detail(), QStringLiteral("Down 2.0 from last week (5.0)."));
    EXPECT_EQ(cards->sessionsCard()->value(), QStringLiteral("2"));
    EXPECT_EQ(cards->sessionsCard()->detail(),
              QStringLiteral("30 minutes. Last week: 1 session."));
    EXPECT_EQ(cards->streakCard()->value(), QStringLiteral("2 days"));
    EXPECT_EQ(cards->daysCard()->value(), QStringLiteral("3.0 / 6.0"));
    EXPECT_EQ(cards->daysCard()->detail(), QStringLiteral("Best 13 Jan, worst 6 Jan."));

    // A new check-in shows up without anything else to do.
    add({checkIn(utc(2026, 1, 14, 8), 1)});
    QCoreApplication::processEvents();
    EXPECT_EQ(chart->dailySeries()->count(), 5);
    EXPECT_EQ(cards->streakCard()->value(), QStringLiteral("3 days"));
}

TEST_F(OverviewTest, TenYearsAreChartedByMonth)
{
    add({checkIn(utc(2016, 3, 1, 8), 7), checkIn(utc(2016, 3, 2, 8), 5), checkIn(utc(2026, 1, 13, 8), 2)});
    ui::JournalPage page(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    page.rangeBar()->setSpan(ui::JournalRangeBar::Span::Everything);
    ui::PainChartView* chart = page.charts()->painChart();
    EXPECT_EQ(chart->timeAxis()->min().date(), QDate(2016, 3, 1));
    ASSERT_EQ(chart->dailySeries()->count(), 2) << "two months with check-ins";
    EXPECT_EQ(chart->dailySeries()->at(0).y(), 6);
    EXPECT_EQ(chart->dailySeries()->name(), QStringLiteral("Month’s average"));
}

TEST(CarePrompts, SeveralDaysOfHighPainInARowSuggestADoctor)
{
    const QDate today(2026, 1, 14);
    QList<core::DailyAverage> days{daily(today.addDays(-3), 7.5), daily(today.addDays(-2), 8),
                                   daily(today.addDays(-1), 7)};
    QList<ui::CarePrompt> prompts = ui::CarePrompts::find(days, {}, today);
    ASSERT_EQ(prompts.size(), 1);
    EXPECT_EQ(prompts.first().id, QStringLiteral("high-pain"));
    EXPECT_TRUE(prompts.first().text.contains("3 days in a row"));
    EXPECT_TRUE(prompts.first().text.contains("doctor or a physiotherapist"));

    // A gap breaks the run; so does a calmer day; old runs no longer count.
    days[1].day = today.addDays(-5);
    EXPECT_TRUE(ui::CarePrompts::find(days, {}, today).isEmpty());
    EXPECT_TRUE(ui::CarePrompts::find({daily(today.addDays(-2), 8), daily(today.addDays(-1), 6.5),
                                       daily(today, 9)},
                                      {}, today)
                    .isEmpty());
    EXPECT_EQ(ui::CarePrompts::recentHighPainRun(
                  {daily(today.addDays(-40), 8), daily(today.addDays(-39), 8), daily(today.addDays(-38), 8)},
                  today),
              0);
}

TEST(CarePrompts, LeakingNumbnessAndNightPainSuggestTheRightPerson)
{
    const QDate today(2026, 1, 14);
    const QList<core::CheckIn> checkIns{
        // Ticked, with no note at all.
        checkIn(utc(2026, 1, 13, 8), 3, {}, {}, {}, {core::WarningSign::Leaking}),
        // In her own words.
        checkIn(utc(2026, 1, 12, 8), 3, {}, {}, QStringLiteral("Pain woke me at 4")),
        checkIn(utc(2025, 12, 1, 8), 3, {}, {}, QStringLiteral("Numb leg"),
                {core::WarningSign::Numbness}), // too long ago
    };
    const QList<ui::CarePrompt> prompts = ui::CarePrompts::find({}, checkIns, today);
    ASSERT_EQ(prompts.size(), 2);
    EXPECT_EQ(prompts.at(0).id, QStringLiteral("leaking"));
    EXPECT_TRUE(prompts.at(0).text.contains("pelvic-floor physiotherapist"));
    EXPECT_EQ(prompts.at(1).id, QStringLiteral("night-pain"));
    EXPECT_TRUE(prompts.at(1).text.contains("doctor"));
}

TEST(CarePrompts, ATickedSignIsEnoughWhateverTheNoteSays)
{
    const QDate today(2026, 1, 14);
    for (const core::WarningSign sign : core::allValues<core::WarningSign>()) {
        const QList<ui::CarePrompt> prompts = ui::CarePrompts::find(
            {}, {checkIn(utc(2026, 1, 14, 8), 2, {}, {}, QStringLiteral("Slept well"), {sign})},
            today);
        ASSERT_EQ(prompts.size(), 1);
        EXPECT_EQ(prompts.first().id, core::toId(sign));
    }
    EXPECT_TRUE(
        ui::CarePrompts::find(
            {}, {checkIn(utc(2026, 1, 14, 8), 2, {}, {}, QStringLiteral("Slept well"))}, today)
            .isEmpty());
}

TEST_F(OverviewTest, APromptCanBeHiddenForGoodWithOneClick)
{
    add({checkIn(utc(2026, 1, 13, 8), 4, {}, {}, {}, {core::WarningSign::Leaking})});
    ui::JournalPage page(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    page.show();
    EXPECT_EQ(page.prompts()->shownIds(), QStringList{"leaking"});
    EXPECT_TRUE(page.prompts()->isVisible());

    auto* never = page.findChild<QPushButton*>("hidePrompt-leaking");
    ASSERT_NE(never, nullptr);
    never->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(page.prompts()->shownIds().isEmpty());
    EXPECT_FALSE(page.prompts()->isVisible());
    EXPECT_EQ(ui::JournalViewStore(*m_settings).load().hiddenPrompts, QStringList{"leaking"});

    // Still hidden after a restart, and after more leaking.
    add({checkIn(utc(2026, 1, 14, 8), 4, {}, {}, QStringLiteral("Leaked again"))});
    ui::JournalPage restarted(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    EXPECT_TRUE(restarted.prompts()->shownIds().isEmpty());
}

TEST_F(OverviewTest, NotNowHidesAPromptUntilTheNextStart)
{
    add({checkIn(utc(2026, 1, 12, 8), 8), checkIn(utc(2026, 1, 13, 8), 8), checkIn(utc(2026, 1, 14, 8), 9)});
    ui::JournalPage page(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    page.show();
    ASSERT_EQ(page.prompts()->shownIds(), QStringList{"high-pain"});
    page.findChild<QPushButton*>("dismissPrompt-high-pain")->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(page.prompts()->shownIds().isEmpty());
    page.refresh();
    EXPECT_TRUE(page.prompts()->shownIds().isEmpty());
    EXPECT_TRUE(ui::JournalViewStore(*m_settings).load().hiddenPrompts.isEmpty());
    ui::JournalPage restarted(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    EXPECT_EQ(restarted.prompts()->shownIds(), QStringList{"high-pain"});
}
