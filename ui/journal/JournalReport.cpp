#include "ui/journal/JournalReport.h"

#include "core/common/AtomicFile.h"
#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/MeaningfulChange.h"
#include "ui/journal/JournalText.h"
#include "ui/journal/ReportActivities.h"
#include "ui/journal/ReportChartPainter.h"
#include "ui/print/PlanLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextOption>
#include <cmath>

CARRYWELL_TR_CONTEXT(carrywell::ui::JournalReport);

namespace carrywell::ui {
namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString chartMarker()
{
    return QStringLiteral("[[pain-chart]]");
}

// Days and times are written with no-break spaces, and lines break only
// between words (document()), so a date or a time is never split across lines.

QString dayHtml(const QDate& day)
{
    return esc(core::LocaleFormat::unbreakable(core::LocaleFormat::dayWithWeekday(day)));
}

/// "Tue 6 Jan 2026, 7:00 PM", which may wrap after the comma only.
QString momentHtml(const QDateTime& at)
{
    return esc(core::LocaleFormat::unbreakableDateTime(at));
}

QString number(qint64 value)
{
    return core::LocaleFormat::number(value);
}

/// Her own text, with a place to break inside any very long word (a pasted
/// link without slashes or hyphens): lines break only between words, so one
/// such word would otherwise push its table past the edge of the page.
QString breakable(const QString& text)
{
    constexpr qsizetype kLongestWord = 30;
    QString result;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > kLongestWord) {
            result += QChar(0x200B); // zero-width space
            run = 1;
        }
        result += c;
    }
    return result;
}

/// A table row; a header row is repeated at the top of every page the table runs onto.
QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    html += QStringLiteral("</tr>");
    return header ? QStringLiteral("<thead>%1</thead>").arg(html) : html;
}

QString table(const QString& rows)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                          "border=\"1\" style=\"border-color:#c8c8c4; border-style:solid\">") +
           rows + QStringLiteral("</table>");
}

/// Draws the pain chart where the document holds its object.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(core::PainChartData data, QObject* parent)
        : QObject(parent), m_data(std::move(data))
    {
    }

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat&) override
    {
        // QTextDocument::print lays the page out in device pixels, with margins
        // of 2 cm that it scales to the device itself, so they are worked out
        // here the same way.
        qreal width = doc->textWidth() > 0 ? doc->textWidth() : 600;
        if (const QPaintDevice* device = doc->documentLayout()->paintDevice();
            device && doc->pageSize().width() > 0) {
            const qreal margin = 2 / 2.54 * device->logicalDpiX();
            width = doc->pageSize().width() - 2 * margin - 2 * device->logicalDpiX() / 96.0;
        }
        return {width, width * 0.42};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int,
                    const QTextFormat&) override
    {
        painter->save();
        QFont font = doc->defaultFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(font);
        ReportChartPainter::paint(*painter, rect, m_data);
        painter->restore();
    }

private:
    core::PainChartData m_data;
};

QString trend(const core::RegionTrend& region)
{
    if (!region.changePerWeek)
        return tr("too few days to tell");
    const double change = *region.changePerWeek;
    if (std::abs(change) < 0.2)
        return tr("steady");
    return change < 0 ? tr("easing (%1 a week)").arg(core::LocaleFormat::decimal(change))
                      : tr("rising (+%1 a week)").arg(core::LocaleFormat::decimal(change));
}

} // namespace

core::Result<JournalReport> JournalReport::build(const core::Journal& journal,
                                                 const core::DateRange& days,
                                                 const QHash<core::Region, QString>& regionNames,
                                                 const QDateTime& madeAt,
                                                 const QStringList& activities)
{
    if (!days.isValid())
        return core::Error{tr("The report needs a first day on or before its last day.")};
    JournalReport report;
    report.m_regionNames = regionNames;
    report.m_madeAt = madeAt;
    report.m_activities = activities;
    report.m_chart.days = days;
    const core::JournalHistory history(journal);
    const core::PainTrends trends(journal);
    auto take = [](auto result, auto& into) -> QString {
        if (!result)
            return result.error();
        into = std::move(result).value();
        return {};
    };
    for (const QString& error :
         {take(history.checkIns(days), report.m_checkIns),
          take(history.sessions(days), report.m_sessions),
          take(trends.dailyAverages(days), report.m_chart.daily),
          take(trends.movingAverage(days), report.m_chart.moving),
          take(trends.regionTrends(days), report.m_chart.regions),
          take(core::Adherence(journal).weeks(days), report.m_chart.weeks),
          take(core::SessionEffects(journal).beforeAndAfter(days), report.m_effect),
          take(history.activityRatings(days), report.m_ratings)}) {
        if (!error.isEmpty())
            return core::Error{tr("The report could not read your journal: %1").arg(error)};
    }
    return report;
}

std::unique_ptr<QTextDocument> JournalReport::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 20pt; color: #2c4f70; } h2 { font-size: 13pt; color: #2c4f70; } "
        "th { background-color: #eef1f4; text-align: left; } .muted { color: #5d6166; }"));
    // Lines break between words, never inside one (Qt's default breaks a word
    // anywhere when it does not fit): each table column then gets the room of
    // its longest word, and a date or time stays whole ("19:0" / "0" no more).
    QTextOption wrapping = doc->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    doc->setDefaultTextOption(wrapping);
    doc->documentLayout()->registerHandler(kChartObject, new ChartObject(m_chart, doc.get()));

    doc->setHtml(html());
    // The chart goes where html() left its marker.
    QTextCursor marker = doc->find(chartMarker());
    if (!marker.isNull()) {
        QTextCharFormat chart;
        chart.setObjectType(kChartObject);
        marker.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
    return doc;
}

QString JournalReport::html() const
{
    const QString range =
        tr("%1 to %2").arg(dayHtml(m_chart.days.first), dayHtml(m_chart.days.last));
    return tr("<h1>Pain journal</h1>"
              "<p><b>For my physiotherapist:</b> %1</p>"
              "<p class=\"muted\">Made with Carrywell on %2. Pain is scored from 0 (no pain) "
              "to 10 (worst imaginable).</p>")
               .arg(range, dayHtml(m_madeAt.date())) +
           summaryHtml() +
           ReportActivities::html(core::MeaningfulChange::ofRatings(m_ratings, m_activities)) +
           tr("<h2>Pain over time</h2>") + QStringLiteral("<p>%1</p>").arg(chartMarker()) +
           regionsHtml() + triggersHtml() + signsHtml() + sessionsHtml() + notesHtml() +
           ReportActivities::sourcesHtml() +
           tr("<p class=\"muted\">Carrywell teaches general exercises; it is not medical "
              "advice.</p>");
}

QString JournalReport::summaryHtml() const
{
    QString rows;
    const auto& daily = m_chart.daily;
    if (daily.isEmpty()) {
        rows += row({tr("Check-ins"), tr("None in these days.")});
    } else {
        double sum = 0;
        const core::DailyAverage* best = &daily.first();
        const core::DailyAverage* worst = &daily.first();
        for (const core::DailyAverage& day : daily) {
            sum += day.average;
            if (day.average < best->average)
                best = &day;
            if (day.average > worst->average)
                worst = &day;
        }
        rows += row({tr("Check-ins"), tr("%1 on %2 of %3 days")
                                          .arg(number(m_checkIns.size()), number(daily.size()),
                                               number(m_chart.days.dayCount()))});
        rows += row({tr("Average pain"),
                     tr("%1 (lowest day %2 on %3, highest %4 on %5)")
                         .arg(core::LocaleFormat::decimal(sum / double(daily.size())),
                              core::LocaleFormat::decimal(best->average), dayHtml(best->day),
                              core::LocaleFormat::decimal(worst->average), dayHtml(worst->day))});
        const QString change =
            ReportActivities::painChange(core::MeaningfulChange::ofDailyPain(daily));
        if (!change.isEmpty())
            rows += row({tr("Pain, start → end"), change});
    }
    int minutes = 0;
    int done = 0;
    for (const core::SessionRecord& session : m_sessions) {
        if (session.countsForAdherence()) {
            ++done;
            minutes += session.durationSeconds;
        }
    }
    rows += row({tr("Sessions done"),
                 tr("%1 (%2 minutes in all)").arg(number(done), number(qRound(minutes / 60.0)))});
    if (m_effect.averageBefore && m_effect.averageAfter) {
        rows += row({tr("Pain before → after a session"),
                     tr("%1 → %2 on average (%3 sessions rated; eased %4, same %5, worse %6)")
                         .arg(core::LocaleFormat::decimal(*m_effect.averageBefore),
                              core::LocaleFormat::decimal(*m_effect.averageAfter))
                         .arg(number(m_effect.sessions), number(m_effect.improved),
                              number(m_effect.unchanged), number(m_effect.worse))});
    }
    return tr("<h2>Summary</h2>") + table(rows);
}

QString JournalReport::regionsHtml() const
{
    if (m_chart.regions.isEmpty())
        return tr("<h2>Where it hurts</h2><p>No regions were scored in these days.</p>");
    QString rows = row({tr("Region"), tr("Average"), tr("Days scored"), tr("Trend")}, true);
    for (const core::RegionTrend& region : m_chart.regions) {
        rows += row({esc(m_regionNames.value(region.region, core::toId(region.region))),
                     core::LocaleFormat::decimal(region.average), number(region.days.size()),
                     trend(region)});
    }
    return tr("<h2>Where it hurts</h2>") + table(rows);
}

QString JournalReport::triggersHtml() const
{
    QMap<core::Trigger, int> counts;
    for (const core::CheckIn& checkIn : m_checkIns) {
        for (const core::Trigger trigger : checkIn.triggers)
            ++counts[trigger];
    }
    if (counts.isEmpty())
        return tr("<h2>What set it off</h2><p>Nothing was noted.</p>");
    QList<std::pair<int, core::Trigger>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QString rows = row({tr("What set it off"), tr("Check-ins")}, true);
    for (const auto& [count, trigger] : sorted)
        rows += row({esc(core::displayName(trigger)), number(count)});
    return tr("<h2>What set it off</h2>") + table(rows);
}

QString JournalReport::signsHtml() const
{
    QString rows;
    for (const core::CheckIn& checkIn : m_checkIns) {
        if (!checkIn.warningSigns.isEmpty()) {
            rows += row({momentHtml(checkIn.at), number(checkIn.overall),
                         esc(JournalText::warningSigns(checkIn))});
        }
    }
    if (rows.isEmpty())
        return tr("<h2>Also noticed</h2><p>No leaking, numbness or pain that woke me at "
                  "night was noted.</p>");
    return tr("<h2>Also noticed</h2>") +
           table(row({tr("When"), tr("Pain"), tr("Also noticed")}, true) + rows);
}

QString JournalReport::sessionsHtml() const
{
    if (m_sessions.isEmpty())
        return tr("<h2>Sessions done</h2><p>No sessions in these days.</p>");
    auto pain = [](const core::SessionRecord& s) {
        if (!s.painBefore && !s.painAfter)
            return QString();
        const QString none = tr("–");
        return tr("%1 → %2").arg(s.painBefore ? number(*s.painBefore) : none,
                                 s.painAfter ? number(*s.painAfter) : none);
    };
    QString rows;
    if (m_sessions.size() <= maxListedSessions) {
        rows = row({tr("When"), tr("Routine"), tr("Minutes"), tr("Exercises done"),
                    tr("Pain before → after")},
                   true);
        for (const core::SessionRecord& s : m_sessions) {
            rows += row(
                {momentHtml(s.startedAt), esc(s.routineName),
                 number(qRound(s.durationSeconds / 60.0)),
                 tr("%1 of %2").arg(number(s.exercisesDone().size()), number(s.exercises.size())),
                 pain(s)});
        }
        return tr("<h2>Sessions done</h2>") + table(rows);
    }
    QMap<QString, std::pair<int, int>> byRoutine; // name → sessions, seconds
    for (const core::SessionRecord& s : m_sessions) {
        auto& [count, seconds] = byRoutine[s.routineName];
        ++count;
        seconds += s.durationSeconds;
    }
    rows = row({tr("Routine"), tr("Sessions"), tr("Minutes")}, true);
    for (auto it = byRoutine.cbegin(); it != byRoutine.cend(); ++it) {
        rows += row({esc(it.key()), number(it->first), number(qRound(it->second / 60.0))});
    }
    return tr("<h2>Sessions done</h2><p>%1 sessions, by routine:</p>")
               .arg(number(m_sessions.size())) +
           table(rows);
}

QString JournalReport::notesHtml() const
{
    QString rows;
    for (const core::CheckIn& checkIn : m_checkIns) {
        if (checkIn.note.trimmed().isEmpty())
            continue;
        QString note = esc(breakable(checkIn.note));
        note.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        rows += row({momentHtml(checkIn.at), number(checkIn.overall), note});
    }
    if (rows.isEmpty())
        return tr("<h2>Notes</h2><p>No notes in these days.</p>");
    return tr("<h2>Notes</h2>") + table(row({tr("When"), tr("Pain"), tr("Note")}, true) + rows);
}

void JournalReport::print(QPagedPaintDevice* device) const
{
    document()->print(device);
}

QString JournalReport::title() const
{
    return tr("Pain journal, %1 to %2")
        .arg(core::LocaleFormat::dayWithWeekday(m_chart.days.first),
             core::LocaleFormat::dayWithWeekday(m_chart.days.last));
}

void JournalReport::setUpPrinter(QPrinter& printer) const
{
    printer.setPageSize(planPageSize(QLocale()));
    printer.setDocName(title());
    printer.setCreator(QStringLiteral("Carrywell"));
}

core::Result<core::Done> JournalReport::writePdf(const QString& path) const
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        // The paper of her locale, as the printed plan uses: Letter in the US, A4 elsewhere.
        writer.setPageSize(planPageSize(QLocale()));
        writer.setResolution(300);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Carrywell"));
        print(&writer);
    }
    return core::AtomicFile::write(
        path, pdf, tr("Carrywell could not write the report to “%1” (%2). Choose another place."));
}

} // namespace carrywell::ui

#include "JournalReport.moc"
