#include "ui/journal/ReportActivities.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"

#include <QStringList>

CARRYWELL_TR_CONTEXT(carrywell::ui::JournalReport);

namespace carrywell::ui {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dayHtml(const QDateTime& at)
{
    return esc(core::LocaleFormat::unbreakable(core::LocaleFormat::dayAndMonth(at.date())));
}

QString signedPoints(double value)
{
    const QString number = core::LocaleFormat::decimal(value);
    return value > 0 ? QStringLiteral("+") + number : number;
}

/// The verdict in bold when it is a clear change, plain otherwise.
QString verdictHtml(core::ChangeKind kind)
{
    const QString words = esc(core::MeaningfulChange::phrase(kind));
    const bool clear = kind == core::ChangeKind::MeaningfulImprovement ||
                       kind == core::ChangeKind::MeaningfulWorsening;
    return clear ? QStringLiteral("<b>%1</b>").arg(words) : words;
}

QString activityLine(const core::ActivityChange& activity)
{
    const QString name = QStringLiteral("<b>%1:</b>").arg(esc(activity.activity));
    if (!activity.first)
        return tr("%1 not rated in these days").arg(name);
    const QString first = core::LocaleFormat::number(activity.first->score);
    if (!activity.last) {
        return tr("%1 %2, rated once (%3), too few ratings to compare")
            .arg(name, first, dayHtml(activity.first->ratedAt));
    }
    return tr("%1 %2 → %3, %4 <span class=\"muted\">(%5 → %6)</span>")
        .arg(name, first, core::LocaleFormat::number(activity.last->score),
             verdictHtml(activity.kind), dayHtml(activity.first->ratedAt),
             dayHtml(activity.last->ratedAt));
}

} // namespace

QString ReportActivities::html(const core::FunctionChange& change)
{
    if (change.activities.isEmpty())
        return {};
    QString items;
    for (const core::ActivityChange& activity : change.activities)
        items += QStringLiteral("<li>%1</li>").arg(activityLine(activity));
    QString html =
        tr("<h2>My activities</h2>"
           "<p class=\"muted\">Everyday activities I find hard, each rated from 0 (unable to "
           "do it) to 10 (as well as before): the Patient-Specific Functional Scale. First and "
           "last rating in these days.</p>") +
        QStringLiteral("<ul>%1</ul>").arg(items);
    if (change.meanChange) {
        html += tr("<p>All activities together: %1 points on average, %2.</p>")
                    .arg(signedPoints(*change.meanChange), verdictHtml(change.kind));
    }
    return html;
}

QString ReportActivities::painChange(const core::PainChange& change)
{
    if (!change.start || !change.end)
        return {};
    return tr("%1 → %2, %3")
        .arg(core::LocaleFormat::decimal(*change.start), core::LocaleFormat::decimal(*change.end),
             verdictHtml(change.kind));
}

QString ReportActivities::sourcesHtml()
{
    return tr("<p class=\"muted\">A change is called meaningful when it reaches the smallest "
              "change that matters to patients: for the activities 2 points on their mean or 3 "
              "points on one activity (Stratford et al. 1995, Physiotherapy Canada 47:258–263; "
              "Horn et al. 2012, J Orthop Sports Phys Ther 42:30–42), for pain 2 points or 30 % "
              "(Farrar et al. 2001, Pain 94:149–158). Pain compares the average of the first "
              "week with check-ins with the last. Anything smaller is shown as no clear "
              "change.</p>");
}

} // namespace carrywell::ui
