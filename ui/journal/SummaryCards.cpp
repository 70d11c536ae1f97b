#include "ui/journal/SummaryCards.h"

#include "core/common/LocaleFormat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace carrywell::ui {

SummaryCard::SummaryCard(const QString& name, const QString& title, QWidget* parent)
    : QFrame(parent), m_title(title), m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    setObjectName(name);
    setAccessibleName(title);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* heading = new QLabel(title, this);
    QFont small = heading->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    heading->setFont(small);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(name + QStringLiteral("Value"));
    m_detail->setObjectName(name + QStringLiteral("Detail"));
    m_detail->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    applyPalette();
}

void SummaryCard::set(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setAccessibleDescription(value + QStringLiteral(". ") + detail);
}

QString SummaryCard::value() const
{
    return m_value->text();
}
QString SummaryCard::detail() const
{
    return m_detail->text();
}

void SummaryCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void SummaryCard::applyPalette()
{
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    const QSignalBlocker block(this);
    setPalette(pal);
}

SummaryCards::SummaryCards(QWidget* parent)
    : QWidget(parent),
      m_week(new SummaryCard(QStringLiteral("weekCard"), tr("Pain this week"), this)),
      m_sessions(new SummaryCard(QStringLiteral("sessionsCard"), tr("Sessions this week"), this)),
      m_streak(new SummaryCard(QStringLiteral("streakCard"), tr("Streak"), this)),
      m_days(new SummaryCard(QStringLiteral("daysCard"), tr("Best and worst days"), this))
{
    setObjectName(QStringLiteral("summaryCards"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (SummaryCard* card : {m_week, m_sessions, m_streak, m_days})
        layout->addWidget(card);
}

void SummaryCards::setWeeks(const core::WeekComparison& weeks)
{
    const auto& now = weeks.thisWeek.averagePain;
    const auto& last = weeks.lastWeek.averagePain;
    QString detail;
    if (!last) {
        detail = tr("No check-ins last week to compare with.");
    } else if (const std::optional<double> change = weeks.painChange()) {
        if (std::abs(*change) < 0.05)
            detail = tr("The same as last week (%1).").arg(core::LocaleFormat::decimal(*last));
        else if (*change < 0)
            detail =
                tr("Down %1 from last week (%2).")
                    .arg(core::LocaleFormat::decimal(-*change), core::LocaleFormat::decimal(*last));
        else
            detail =
                tr("Up %1 from last week (%2).")
                    .arg(core::LocaleFormat::decimal(*change), core::LocaleFormat::decimal(*last));
    } else {
        detail = tr("Last week: %1.").arg(core::LocaleFormat::decimal(*last));
    }
    m_week->set(now ? core::LocaleFormat::decimal(*now) : tr("No check-ins yet"), detail);

    const int lastSessions = weeks.lastWeek.sessions;
    m_sessions->set(
        core::LocaleFormat::number(weeks.thisWeek.sessions),
        tr("%1 minutes. Last week: %2.")
            .arg(core::LocaleFormat::number(weeks.thisWeek.sessionMinutes),
                 lastSessions == 1
                     ? tr("1 session")
                     : tr("%1 sessions").arg(core::LocaleFormat::number(lastSessions))));
}

void SummaryCards::setStreaks(const core::Streaks& streaks)
{
    const QString value = streaks.current == 1
                              ? tr("1 day")
                              : tr("%1 days").arg(core::LocaleFormat::number(streaks.current));
    QString detail = streaks.longest == 1
                         ? tr("Longest: 1 day.")
                         : tr("Longest: %1 days.").arg(core::LocaleFormat::number(streaks.longest));
    if (streaks.current > 0 && !streaks.todayActive)
        detail = tr("A check-in today keeps it going. ") + detail;
    m_streak->set(value, detail);
}

void SummaryCards::setDays(const QList<core::DailyAverage>& days)
{
    if (days.isEmpty()) {
        m_days->set(tr("—"), tr("No check-ins in the days shown."));
        return;
    }
    const core::DailyAverage* best = &days.first();
    const core::DailyAverage* worst = &days.first();
    for (const core::DailyAverage& day : days) {
        // The latest wins a tie: it is the one the person remembers.
        if (day.average <= best->average)
            best = &day;
        if (day.average >= worst->average)
            worst = &day;
    }
    m_days->set(tr("%1 / %2").arg(core::LocaleFormat::decimal(best->average),
                                  core::LocaleFormat::decimal(worst->average)),
                tr("Best %1, worst %2.")
                    .arg(core::LocaleFormat::dayAndMonth(best->day),
                         core::LocaleFormat::dayAndMonth(worst->day)));
}

} // namespace carrywell::ui
