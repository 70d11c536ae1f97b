// The journal page against the SQLite floor, on a real ten-year data folder
// (make_bench_data): what the user waits for when opening the journal page,
// changing the days shown, the charts being redrawn, and exporting
// everything as CSV. Each is timed here in the real widgets (offscreen), and
// the SQL it runs is recorded, statement by statement with its bound values,
// so that bench/run-all.py can time exactly the same queries in the sqlite3
// shell on the same file.
//
//   journal_scale_bench --data-dir FOLDER [--runs N] [--sql-dir FOLDER] [--serve]
//
// Prints one line per step: "step<TAB>median ms<TAB>min<TAB>max<TAB>statements
// <TAB>Qt SQL ms", the last being the median time of the same statements run
// here through QSqlQuery (every row read, every value converted), which
// splits the step into what the SQL layer costs and what the widgets cost.
// With --sql-dir, writes STEP.sql there: the statements of one run of the
// step, as sqlite3_trace_v2 saw them start (bound values filled in).
// With --serve, prints "ready" once the SQL is recorded, then answers lines
// "time STEP" and "sql STEP" on stdin with the ms of one run, so that another
// program can interleave its own runs.

#include "core/common/Clock.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalFileFormats.h"
#include "core/storage/DataDirectory.h"
#include "ui/journal/JournalChartsPanel.h"
#include "ui/journal/JournalHistoryPanel.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalRangeBar.h"
#include "ui/journal/JournalText.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <sqlite3.h>

using namespace carrywell;

namespace {

template <typename T>
void check(const core::Result<T>& result)
{
    if (!result) {
        std::fprintf(stderr, "journal_scale_bench: %s\n", qPrintable(result.error()));
        std::exit(1);
    }
}

/// Collects the statements a step runs on the journal's connection.
class SqlRecorder
{
public:
    explicit SqlRecorder(sqlite3* db) : m_db(db) {}

    void start()
    {
        m_sql.clear();
        m_statements.clear();
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &SqlRecorder::onTrace, this);
    }
    void stop() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }

    const QByteArray& sql() const { return m_sql; }
    const QStringList& statements() const { return m_statements; }

private:
    static int onTrace(unsigned, void* context, void* statement, void* text)
    {
        auto* self = static_cast<SqlRecorder*>(context);
        // Statements run by triggers come as "-- ..." comments: their parent is recorded.
        if (std::strncmp(static_cast<const char*>(text), "--", 2) == 0)
            return 0;
        char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        const char* sql = expanded ? expanded : static_cast<const char*>(text);
        self->m_sql.append(sql);
        self->m_sql.append(";\n");
        self->m_statements.append(QString::fromUtf8(sql));
        sqlite3_free(expanded);
        return 0;
    }

    sqlite3* m_db;
    QByteArray m_sql;
    QStringList m_statements;
};

sqlite3* sqliteHandle(const core::Journal& journal)
{
    const QVariant handle = journal.database().driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0) {
        std::fprintf(stderr, "journal_scale_bench: the journal is not on QSQLITE\n");
        std::exit(1);
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

/// Runs `statements` as the journal's code does (forward-only QSqlQuery),
/// reading every value of every row.
void replay(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            std::fprintf(stderr, "journal_scale_bench: %s\n", qPrintable(query.lastError().text()));
            std::exit(1);
        }
        const int columns = query.record().count();
        while (query.next()) {
            for (int i = 0; i < columns; ++i)
                (void)query.value(i);
        }
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Step
{
    const char* id;
    std::function<void()> prepare; ///< Untimed: puts the page in the state the step starts from.
    std::function<void()> run;     ///< Timed, with the events it posted processed.
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QString dataDir;
    QString sqlDir;
    int runs = 9;
    bool serve = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray option = argv[i];
        if (option == "--serve") {
            serve = true;
            continue;
        }
        if (i + 1 >= argc)
            break;
        if (option == "--data-dir")
            dataDir = QString::fromLocal8Bit(argv[++i]);
        else if (option == "--sql-dir")
            sqlDir = QString::fromLocal8Bit(argv[++i]);
        else if (option == "--runs")
            runs = std::max(1, std::atoi(argv[++i]));
    }
    if (dataDir.isEmpty()) {
        std::fprintf(stderr, "usage: journal_scale_bench --data-dir FOLDER [--runs N] "
                             "[--sql-dir FOLDER] [--serve]\n");
        return 2;
    }
    const core::Result<core::DataDirectory> folder = core::DataDirectory::open(dataDir);
    check(folder);

    const core::Clock& clock = core::SystemClock::instance();
    const core::ContentLoadReport content =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    core::JournalOpenResult opened = core::Journal::open(folder->journalFile(), clock);
    if (!opened) {
        std::fprintf(stderr, "journal_scale_bench: %s\n", qPrintable(opened.error()));
        return 1;
    }
    const std::unique_ptr<core::Journal> journal = opened.takeJournal();
    SqlRecorder recorder(sqliteHandle(*journal));

    // The page remembers its range in settings: keep the data folder's as it is.
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QString csv = scratch.filePath(QStringLiteral("journal.csv"));

    using Span = ui::JournalRangeBar::Span;
    std::unique_ptr<ui::JournalPage> page;
    const auto newPage = [&] {
        settings.clear(); // opens on its default, the last four weeks
        page = std::make_unique<ui::JournalPage>(*journal, content.library, settings, clock);
        page->resize(1180, 780);
        page->show();
        page->grab(); // lays out and paints the cards and charts
    };
    const auto ensurePage = [&] {
        if (!page)
            newPage();
    };
    const auto showSpan = [&](Span span) {
        page->tabs()->setCurrentWidget(page->charts());
        page->rangeBar()->setSpan(span);
        QCoreApplication::processEvents();
    };

    const QList<Step> steps{
        {"open-page", [&] { page.reset(); }, newPage},
        {"range-12-months",
         [&] {
             ensurePage();
             showSpan(Span::FourWeeks);
         },
         [&] {
             page->rangeBar()->setSpan(Span::Year);
             page->charts()->grab();
         }},
        {"range-everything",
         [&] {
             ensurePage();
             showSpan(Span::FourWeeks);
         },
         [&] {
             page->rangeBar()->setSpan(Span::Everything);
             page->charts()->grab();
         }},
        // What follows any change to the journal (a check-in, an undo, an
        // import) while ten years are shown: read again, charts rebuilt, painted.
        {"redraw-everything",
         [&] {
             ensurePage();
             showSpan(Span::Everything);
         },
         [&] {
             page->refresh();
             page->charts()->grab();
         }},
        {"history-everything",
         [&] {
             ensurePage();
             showSpan(Span::Everything);
             page->refresh(); // the table reads again when next shown
         },
         [&] {
             page->tabs()->setCurrentWidget(page->history());
             page->history()->grab();
         }},
        {"export-csv", [] {}, [&] { check(core::JournalFileFormats::exportTo(*journal, csv)); }},
    };

    // Each step's SQL, recorded from one untimed run of it.
    QHash<QString, QStringList> statements;
    for (const Step& step : steps) {
        step.prepare();
        recorder.start();
        step.run();
        QCoreApplication::processEvents();
        recorder.stop();
        statements.insert(QString::fromLatin1(step.id), recorder.statements());
        if (!sqlDir.isEmpty()) {
            QDir().mkpath(sqlDir);
            QFile file(
                QDir(sqlDir).filePath(QString::fromLatin1(step.id) + QStringLiteral(".sql")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(recorder.sql()) != recorder.sql().size()) {
                std::fprintf(stderr, "journal_scale_bench: cannot write %s\n",
                             qPrintable(file.fileName()));
                return 1;
            }
        }
    }
    const auto timeStep = [&](const Step& step) {
        step.prepare();
        QElapsedTimer timer;
        timer.start();
        step.run();
        QCoreApplication::processEvents();
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const auto timeSql = [&](const Step& step) {
        QElapsedTimer timer;
        timer.start();
        replay(journal->database(), statements.value(QString::fromLatin1(step.id)));
        return double(timer.nsecsElapsed()) / 1e6;
    };

    if (serve) {
        // Driven by bench/run_all.py, which times the sqlite3 shell between
        // the runs here, so that both see the machine in the same state.
        std::printf("ready\n");
        std::fflush(stdout);
        char line[256];
        while (std::fgets(line, sizeof line, stdin)) {
            const QByteArrayList words = QByteArray(line).trimmed().split(' ');
            const auto step = std::find_if(steps.begin(), steps.end(), [&](const Step& s) {
                return words.size() == 2 && words.at(1) == s.id;
            });
            if (step == steps.end()) {
                std::printf("error\n");
            } else if (words.at(0) == "time") {
                std::printf("%.3f\n", timeStep(*step));
            } else if (words.at(0) == "sql") {
                std::printf("%.3f\n", timeSql(*step));
            } else {
                std::printf("error\n");
            }
            std::fflush(stdout);
        }
        return 0;
    }

    for (const Step& step : steps) {
        QList<double> times;
        QList<double> replays;
        for (int run = 0; run < runs; ++run) {
            times.append(timeStep(step));
            replays.append(timeSql(step));
        }
        std::sort(times.begin(), times.end());
        std::printf("%s\t%.3f\t%.3f\t%.3f\t%lld\t%.3f\n", step.id, median(times), times.first(),
                    times.last(),
                    static_cast<long long>(statements.value(QString::fromLatin1(step.id)).size()),
                    median(replays));
        std::fflush(stdout);
    }
    return 0;
}
