// Makes a Carrywell data folder as a user has it after ten years of daily
// use: a journal with three check-ins a day and a session on most days up to
// yesterday (bench/TenYearJournal.h), a profile, plan preferences for a full
// week, and the first-run questions done, so the window opens straight onto
// the library. The startup, memory, journal-scale and plan-PDF benchmarks
// all run against this folder.
//
//   make_bench_data FOLDER      (FOLDER must not hold a journal yet)

#include "TenYearJournal.h"
#include "core/common/Clock.h"
#include "core/journal/Journal.h"
#include "core/plan/PlanPreferences.h"
#include "core/profile/ProfileStore.h"
#include "core/storage/DataDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <cstdio>

using namespace carrywell;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // Qt SQL loads its driver through it
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_bench_data FOLDER\n");
        return 2;
    }
    const core::Result<core::DataDirectory> dir =
        core::DataDirectory::open(QString::fromLocal8Bit(argv[1]));
    if (!dir) {
        std::fprintf(stderr, "make_bench_data: %s\n", qPrintable(dir.error()));
        return 1;
    }
    if (QFileInfo::exists(dir->journalFile())) {
        std::fprintf(stderr, "make_bench_data: %s already holds a journal\n",
                     qPrintable(dir->path()));
        return 1;
    }

    const core::Clock& clock = core::SystemClock::instance();
    const QDate lastDay = clock.today().addDays(-1);
    QElapsedTimer timer;
    timer.start();
    {
        core::JournalOpenResult opened = core::Journal::open(dir->journalFile(), clock);
        if (!opened) {
            std::fprintf(stderr, "make_bench_data: %s\n", qPrintable(opened.error()));
            return 1;
        }
        const std::unique_ptr<core::Journal> journal = opened.takeJournal();
        const core::Result<core::ImportReport> added =
            journal->import(bench::tenYearJournal(lastDay, clock.now().offsetFromUtc()));
        if (!added) {
            std::fprintf(stderr, "make_bench_data: %s\n", qPrintable(added.error()));
            return 1;
        }
        std::printf("%d check-ins and %d sessions, %s to %s, written in %lld ms\n",
                    added->checkInsAdded, added->sessionsAdded,
                    qPrintable(bench::tenYearJournalFirstDay(lastDay).toString(Qt::ISODate)),
                    qPrintable(lastDay.toString(Qt::ISODate)), timer.elapsed());
        // Today's daily backup now, so no timed run is the first of the day.
        if (const auto backup = journal->backUpIfDue(); !backup)
            std::fprintf(stderr, "make_bench_data: %s\n", qPrintable(backup.error()));
    }

    QSettings settings(dir->settingsFile(), QSettings::IniFormat);
    core::ProfileStore profiles(settings);
    core::Profile profile;
    profile.setWeeksSinceBirth(20, clock.today());
    profile.birthType = core::BirthType::Vaginal;
    profile.equipment = {core::Equipment::Band, core::Equipment::Wall, core::Equipment::Couch};
    profiles.save(profile);
    profiles.setDisclaimerAccepted(true);
    profiles.setFirstRunDone(true);
    core::PlanPreferencesStore(settings).save(core::PlanPreferences{}); // seven free days
    settings.sync();
    std::printf("journal: %s (%lld KB)\n", qPrintable(dir->journalFile()),
                QFileInfo(dir->journalFile()).size() / 1024);
    return settings.status() == QSettings::NoError ? 0 : 1;
}
