#include "ui/journal/ActivityPanel.h"

#include "core/common/LocaleFormat.h"
#include "core/journal/MeaningfulChange.h"
#include "ui/journal/ActivityChartView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

QString signedPoints(double value)
{
    const QString number = core::LocaleFormat::decimal(value);
    return value > 0 ? QStringLiteral("+") + number : number;
}

} // namespace

ActivityPanel::ActivityPanel(QWidget* parent)
    : QWidget(parent), m_chart(new ActivityChartView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("activityPanel"));
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_chart, 1);
    auto* words = new QVBoxLayout;
    words->setContentsMargins(10, 4, 10, 8);
    words->addWidget(m_summary);
    layout->addLayout(words);
}

void ActivityPanel::setData(const core::DateRange& days, const QStringList& activities,
                            const QList<core::ActivityRating>& ratings)
{
    m_chart->setData(days, activities, ratings);
    m_chart->setVisible(!ratings.isEmpty());
    if (activities.isEmpty() && ratings.isEmpty()) {
        m_summary->setText(tr("Name up to five everyday activities that are hard now in "
                              "Settings ▸ Profile, such as lifting the baby from the crib. Once "
                              "a week you rate how well you can do each, and their lines "
                              "appear here."));
        return;
    }
    if (ratings.isEmpty()) {
        m_summary->setText(tr("None of your activities was rated in these days. Choose a longer "
                              "span above, or rate them with your next check-in."));
        return;
    }
    const core::FunctionChange change = core::MeaningfulChange::ofRatings(ratings, activities);
    QStringList lines;
    for (const core::ActivityChange& activity : change.activities) {
        if (!activity.first)
            continue;
        if (!activity.last) {
            lines.append(
                tr("%1: %2 (one rating so far)")
                    .arg(activity.activity, core::LocaleFormat::number(activity.first->score)));
            continue;
        }
        lines.append(tr("%1: %2 → %3, %4")
                         .arg(activity.activity, core::LocaleFormat::number(activity.first->score),
                              core::LocaleFormat::number(activity.last->score),
                              core::MeaningfulChange::phrase(activity.kind)));
    }
    if (change.meanChange) {
        lines.append(tr("All together: %1 points on average, %2.")
                         .arg(signedPoints(*change.meanChange),
                              core::MeaningfulChange::phrase(change.kind)));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace carrywell::ui
