// What the journal page shows at a glance: charts, summary cards, care prompts.
#include "JournalUiFixture.h"
#include "ui/checkin/CarePromptArea.h"
#include "ui/journal/JournalChartsPanel.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalRangeBar.h"
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

} // namespace

TEST_F(OverviewTest, ChartsAndCardsShowTheDaysChosen)
{
    // Last week (5–11 Jan) and this week so far (12–14 Jan).
    add({checkIn(utc(2026, 1, 6, 8), 6, {{core::Region::LowerBack, 6}}),
         checkIn(utc(2026, 1, 7, 8), 4, {{core::Region::LowerBack, 5}, {core::Region::Neck, 2}}),
         checkIn(utc(2026, 1, 12, 8), 3, {{core::Region::LowerBack, 3}}),
         checkIn(utc(2026, 1, 13, 8), 2), checkIn(utc(2026, 1, 13, 20), 4)});
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
    EXPECT_EQ(cards->sessionsCard()->detail(), QStringLiteral("30 minutes. Last week: 1 session."));
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
    add({checkIn(utc(2016, 3, 1, 8), 7), checkIn(utc(2016, 3, 2, 8), 5),
         checkIn(utc(2026, 1, 13, 8), 2)});
    ui::JournalPage page(*m_journal, test::shippedContent().library, *m_settings, m_clock);
    page.rangeBar()->setSpan(ui::JournalRangeBar::Span::Everything);
    ui::PainChartView* chart = page.charts()->painChart();
    EXPECT_EQ(chart->timeAxis()->min().date(), QDate(2016, 3, 1));
    ASSERT_EQ(chart->dailySeries()->count(), 2) << "two months with check-ins";
    EXPECT_EQ(chart->dailySeries()->at(0).y(), 6);
    EXPECT_EQ(chart->dailySeries()->name(), QStringLiteral("Month’s average"));
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
    add({checkIn(utc(2026, 1, 12, 8), 8), checkIn(utc(2026, 1, 13, 8), 8),
         checkIn(utc(2026, 1, 14, 8), 9)});
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
