#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"
#include "core/journal/PainChartData.h"
#include "core/journal/SessionEffects.h"
#include "core/journal/SessionRecord.h"

#include <QDateTime>
#include <QHash>
#include <memory>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

/// "A report for my physio" over chosen days: a summary with the pain's
/// change, her activities (PSFS) from start to end, the pain chart, each
/// region's average and trend, what set the pain off, the warning signs
/// noticed and when, the sessions done and the notes. Printed as a paginated
/// document with page numbers, to PDF (QPdfWriter) or a printer, with only
/// QGuiApplication.
class JournalReport
{
public:
    /// Sessions listed one by one up to this many; more are summed up by routine.
    static constexpr int maxListedSessions = 60;

    /// Reads what the report needs from the journal. `activities` are the
    /// ones her profile names now, in its order; ratings of other names
    /// (renamed or removed since) are shown after them.
    static core::Result<JournalReport> build(const core::Journal& journal,
                                             const core::DateRange& days,
                                             const QHash<core::Region, QString>& regionNames,
                                             const QDateTime& madeAt,
                                             const QStringList& activities = {});

    /// The report as a document (its chart is a custom object the returned
    /// document knows how to draw).
    std::unique_ptr<QTextDocument> document() const;
    void print(QPagedPaintDevice* device) const;
    /// Sets a printer up as writePdf() sets its PDF: the paper of her locale
    /// (Letter in the US, A4 elsewhere, as the printed plan) and the title.
    void setUpPrinter(QPrinter& printer) const;
    /// Writes a PDF on the paper of her locale, atomically: the file is the
    /// whole report or untouched.
    core::Result<core::Done> writePdf(const QString& path) const;

    const core::DateRange& days() const { return m_chart.days; }
    qsizetype checkInCount() const { return m_checkIns.size(); }
    qsizetype sessionCount() const { return m_sessions.size(); }

private:
    QString title() const;
    QString html() const;
    QString summaryHtml() const;
    QString regionsHtml() const;
    QString triggersHtml() const;
    QString signsHtml() const;
    QString sessionsHtml() const;
    QString notesHtml() const;

    QHash<core::Region, QString> m_regionNames;
    QDateTime m_madeAt;
    core::PainChartData m_chart;
    QList<core::CheckIn> m_checkIns;
    QList<core::SessionRecord> m_sessions;
    core::SessionEffect m_effect;
    QStringList m_activities;
    QList<core::ActivityRating> m_ratings;
};

} // namespace carrywell::ui
