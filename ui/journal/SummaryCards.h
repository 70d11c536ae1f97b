#pragma once

#include "core/journal/Adherence.h"
#include "core/journal/PainTrends.h"
#include "core/journal/WeekSummaries.h"

#include <QFrame>

class QLabel;

namespace carrywell::ui {

/// One card: a small title, a big value and a line of detail.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    SummaryCard(const QString& name, const QString& title, QWidget* parent = nullptr);
    void set(const QString& value, const QString& detail);
    QString value() const;
    QString detail() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QString m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

/// At a glance: this week against last, sessions, the streak, and the best
/// and worst days of the days shown.
class SummaryCards : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryCards(QWidget* parent = nullptr);

    void setWeeks(const core::WeekComparison& weeks);
    void setStreaks(const core::Streaks& streaks);
    void setDays(const QList<core::DailyAverage>& days);

    SummaryCard* weekCard() const { return m_week; }
    SummaryCard* sessionsCard() const { return m_sessions; }
    SummaryCard* streakCard() const { return m_streak; }
    SummaryCard* daysCard() const { return m_days; }

private:
    SummaryCard* m_week;
    SummaryCard* m_sessions;
    SummaryCard* m_streak;
    SummaryCard* m_days;
};

} // namespace carrywell::ui
