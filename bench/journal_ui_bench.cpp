// How interactive the journal page stays with ten years of entries (three
// check-ins a day, a session on most days): building the page, drawing its
// charts, changing the days shown, the history table, a new check-in, and
// the physio report. Prints the median of several runs in milliseconds.
// Run: journal_ui_bench [runs]   (offscreen unless QT_QPA_PLATFORM is set)

#include "TenYearJournal.h"
#include "core/common/Clock.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "ui/journal/JournalChartsPanel.h"
#include "ui/journal/JournalHistoryPanel.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalRangeBar.h"
#include "ui/journal/JournalReport.h"
#include "ui/journal/JournalText.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace carrywell;

namespace {

const QDate firstDay(2016, 1, 1);
const QDate lastDay(2025, 12, 31);

QDateTime moment(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 3600);
}

// Ten years of a plausible journal (bench/TenYearJournal.h).
core::ImportBatch tenYears()
{
    return bench::tenYearJournal(lastDay, 3600);
}

/// Milliseconds of one run of `step`, with the events it posted processed.
double time(const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char* name, QList<double> runs)
{
    std::sort(runs.begin(), runs.end());
    std::printf("%-58s %8.1f ms  (min %.1f, max %.1f)\n", name, runs.at(runs.size() / 2),
                runs.first(), runs.last());
}

template <typename T>
void check(const core::Result<T>& result)
{
    if (!result) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(result.error()));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;

    QTemporaryDir dir;
    core::ManualClock clock(moment(lastDay, 20, 0));
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const core::ContentLoadReport content =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    core::JournalOpenResult opened =
        core::Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), clock);
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error()));
        return 1;
    }
    core::Journal& journal = *opened.journal();
    {
        QElapsedTimer timer;
        timer.start();
        const core::Result<core::ImportReport> seeded = journal.import(tenYears());
        check(seeded);
        std::printf(
            "Seeded %d check-ins and %d sessions (%s to %s) in %lld ms; median of %d runs:\n",
            seeded->checkInsAdded, seeded->sessionsAdded,
            qPrintable(firstDay.toString(Qt::ISODate)), qPrintable(lastDay.toString(Qt::ISODate)),
            timer.elapsed(), runs);
    }

    using Span = ui::JournalRangeBar::Span;
    QList<double> open, everything, everythingPaint, year, months, history, sorted, write, checkIn,
        pdf;
    for (int run = 0; run < runs; ++run) {
        settings.clear(); // every run starts on the default four weeks
        std::unique_ptr<ui::JournalPage> page;
        open.append(time([&] {
            page = std::make_unique<ui::JournalPage>(journal, content.library, settings, clock);
            page->resize(1180, 780);
            page->show();
            page->grab(); // lays out and paints the cards and charts
        }));
        auto showSpan = [&](Span span) {
            return time([&] {
                page->rangeBar()->setSpan(span);
                page->charts()->grab();
            });
        };
        everything.append(showSpan(Span::Everything));
        everythingPaint.append(time([&] { page->charts()->grab(); }));
        year.append(showSpan(Span::Year));
        months.append(showSpan(Span::ThreeMonths));
        page->rangeBar()->setSpan(Span::Everything);
        history.append(time([&] {
            page->tabs()->setCurrentWidget(page->history());
            page->history()->grab();
        }));
        sorted.append(time([&] {
            page->history()->view()->sortByColumn(1, Qt::DescendingOrder);
            page->history()->grab();
        }));
        page->tabs()->setCurrentWidget(page->charts());
        checkIn.append(time([&] {
            core::CheckIn entry;
            entry.at = clock.now().addSecs(run);
            entry.overall = 4;
            QElapsedTimer written;
            written.start();
            check(journal.addCheckIn(entry));
            write.append(double(written.nsecsElapsed()) / 1e6);
            QCoreApplication::processEvents(); // the page refreshes on the journal's signal
            page->grab();
        }));
        pdf.append(time([&] {
            const auto built = ui::JournalReport::build(
                journal, ui::JournalRangeBar::lastDays(Span::Year, clock.today()),
                ui::JournalText::regionNames(content.library), clock.now());
            check(built);
            check(built->writePdf(dir.filePath(QStringLiteral("report.pdf"))));
        }));
    }
    report("Open the journal page (4 weeks), first paint", open);
    report("Show everything: 10 years, charted by month, redrawn", everything);
    report("  of which: repainting the charts alone", everythingPaint);
    report("Show the last 12 months, redrawn", year);
    report("Show the last 3 months, redrawn", months);
    report("History tab over 10 years (~11,000 rows): read, painted", history);
    report("Sort the 10-year history by pain, painted", sorted);
    report("Save a check-in: page refreshed and repainted (10 years)", checkIn);
    report("  of which: writing it (one transaction, fsync)", write);
    report("Physio report PDF for the last 12 months", pdf);
    return 0;
}
