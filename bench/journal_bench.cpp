// How long the journal page waits on the journal with ten years of entries
// (three check-ins a day, a session on most days): opening the journal, then
// each query the page runs. Run: journal_bench [--benchmark_filter=...]

#include "TenYearJournal.h"
#include "core/common/Clock.h"
#include "core/journal/Adherence.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalCsv.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/PainTrends.h"
#include "core/journal/SessionEffects.h"
#include "core/journal/WeekSummaries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace carrywell::core;

namespace {

const QDate firstDay(2016, 1, 1);
const QDate lastDay(2025, 12, 31);
constexpr int offset = 3600;

QDateTime moment(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, offset);
}

// Ten years of a plausible journal (bench/TenYearJournal.h).
ImportBatch tenYears()
{
    return carrywell::bench::tenYearJournal(lastDay, 3600);
}

struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock{moment(lastDay, 20, 0)};
    QString path;
    std::unique_ptr<Journal> shared; // last: closed before the folder goes
};

Fixture* fixture = nullptr;

std::unique_ptr<Journal> openJournal()
{
    fixture->shared.reset(); // one Carrywell at a time
    JournalOpenResult opened = Journal::open(fixture->path, fixture->clock);
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error()));
        std::abort();
    }
    return opened.takeJournal();
}

// The journal stays open across iterations of a query benchmark, as it does
// in the app.
Journal& sharedJournal()
{
    if (!fixture->shared)
        fixture->shared = openJournal();
    return *fixture->shared;
}

template <typename T>
void check(const Result<T>& result)
{
    if (!result) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(result.error()));
        std::abort();
    }
}

DateRange lastDays(int days)
{
    return {lastDay.addDays(1 - days), lastDay};
}

const DateRange allTime{firstDay, lastDay};

void BM_Open(benchmark::State& state)
{
    // Open and close: lock, quick_check of the whole file, sentinel, pragmas.
    for (auto _ : state)
        benchmark::DoNotOptimize(openJournal());
}

void BM_OpenWithDailyBackup(benchmark::State& state)
{
    // The first open of a day also writes the daily backup (VACUUM INTO + fsync).
    for (auto _ : state) {
        state.PauseTiming();
        fixture->clock.advance(24 * 3600 * 1000);
        state.ResumeTiming();
        benchmark::DoNotOptimize(openJournal());
    }
    fixture->clock.set(moment(lastDay, 20, 0));
}

void BM_HistoryLast30Days(benchmark::State& state)
{
    for (auto _ : state)
        check(JournalHistory(sharedJournal()).checkIns(lastDays(30)));
}

void BM_HistoryAllTime(benchmark::State& state)
{
    for (auto _ : state)
        check(JournalHistory(sharedJournal()).checkIns(allTime));
}

void BM_SessionsLast30Days(benchmark::State& state)
{
    for (auto _ : state)
        check(JournalHistory(sharedJournal()).sessions(lastDays(30)));
}

void BM_DailyAveragesLast90Days(benchmark::State& state)
{
    for (auto _ : state)
        check(PainTrends(sharedJournal()).dailyAverages(lastDays(90)));
}

void BM_DailyAveragesAllTime(benchmark::State& state)
{
    for (auto _ : state)
        check(PainTrends(sharedJournal()).dailyAverages(allTime));
}

void BM_WeeklyAveragesAllTime(benchmark::State& state)
{
    for (auto _ : state)
        check(PainTrends(sharedJournal()).weeklyAverages(allTime));
}

void BM_MovingAverageLast90Days(benchmark::State& state)
{
    for (auto _ : state)
        check(PainTrends(sharedJournal()).movingAverage(lastDays(90)));
}

void BM_MovingAverageAllTime(benchmark::State& state)
{
    for (auto _ : state)
        check(PainTrends(sharedJournal()).movingAverage(allTime));
}

void BM_RegionTrendsLast90Days(benchmark::State& state)
{
    for (auto _ : state)
        check(PainTrends(sharedJournal()).regionTrends(lastDays(90)));
}

void BM_RegionTrendsAllTime(benchmark::State& state)
{
    for (auto _ : state)
        check(PainTrends(sharedJournal()).regionTrends(allTime));
}

void BM_AdherenceLast12Weeks(benchmark::State& state)
{
    for (auto _ : state)
        check(Adherence(sharedJournal()).weeks(lastDays(84)));
}

void BM_AdherenceAllTime(benchmark::State& state)
{
    for (auto _ : state)
        check(Adherence(sharedJournal()).weeks(allTime));
}

void BM_Streaks(benchmark::State& state)
{
    for (auto _ : state)
        check(Adherence(sharedJournal()).streaks());
}

void BM_ThisWeekVersusLast(benchmark::State& state)
{
    for (auto _ : state)
        check(WeekSummaries(sharedJournal()).thisWeekVersusLast());
}

void BM_PainBeforeAfterAllTime(benchmark::State& state)
{
    for (auto _ : state)
        check(SessionEffects(sharedJournal()).beforeAndAfter(allTime));
}

// Everything the journal page shows when it appears, from a closed journal.
void BM_JournalPageFromCold(benchmark::State& state)
{
    for (auto _ : state) {
        std::unique_ptr<Journal> journal = openJournal();
        const DateRange recent = lastDays(90);
        check(JournalHistory(*journal).checkIns(lastDays(30)));
        check(JournalHistory(*journal).sessions(lastDays(30)));
        const PainTrends trends(*journal);
        check(trends.dailyAverages(recent));
        check(trends.weeklyAverages(recent));
        check(trends.movingAverage(recent));
        check(trends.regionTrends(recent));
        check(Adherence(*journal).weeks(lastDays(84)));
        check(Adherence(*journal).streaks());
        check(WeekSummaries(*journal).thisWeekVersusLast());
        check(SessionEffects(*journal).beforeAndAfter(recent));
    }
}

void BM_ExportCheckInsCsvAllTime(benchmark::State& state)
{
    for (auto _ : state) {
        const Result<QList<CheckIn>> all = JournalHistory(sharedJournal()).allCheckIns();
        check(all);
        benchmark::DoNotOptimize(JournalCsv::writeCheckIns(all.value()));
    }
}

} // namespace

BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenWithDailyBackup)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JournalPageFromCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HistoryLast30Days)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HistoryAllTime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SessionsLast30Days)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DailyAveragesLast90Days)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DailyAveragesAllTime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WeeklyAveragesAllTime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MovingAverageLast90Days)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MovingAverageAllTime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegionTrendsLast90Days)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegionTrendsAllTime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AdherenceLast12Weeks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AdherenceAllTime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Streaks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ThisWeekVersusLast)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PainBeforeAfterAllTime)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportCheckInsCsvAllTime)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    // Qt SQL loads its driver plugin through the application object.
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);

    Fixture data;
    fixture = &data;
    data.path = data.dir.path() + QStringLiteral("/journal.sqlite");
    {
        QElapsedTimer timer;
        timer.start();
        const ImportBatch batch = tenYears();
        std::unique_ptr<Journal> journal = openJournal();
        const Result<ImportReport> report = journal->import(batch);
        check(report);
        const Result<JournalDiagnostics> size = journal->diagnostics();
        check(size);
        std::printf("Seeded %lld check-ins and %lld sessions (%s to %s) in %lld ms\n",
                    size->checkIns, size->sessions, qPrintable(firstDay.toString(Qt::ISODate)),
                    qPrintable(lastDay.toString(Qt::ISODate)), timer.elapsed());
        const Result<std::optional<BackupInfo>> backup = journal->backUpIfDue();
        check(backup);
    }
    std::printf("Journal file: %lld KB\n", QFileInfo(data.path).size() / 1024);

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
