#include "cli/PlanCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommandSupport.h"
#include "core/common/AtomicFile.h"
#include "core/common/Clock.h"
#include "core/common/Translate.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "core/plan/IsoWeek.h"
#include "core/plan/PlanCalendar.h"
#include "core/plan/PlanPreferences.h"
#include "core/plan/WeekPlanner.h"
#include "core/profile/ProfileStore.h"
#include "core/storage/DataDirectory.h"
#include "ui/print/PlanPdf.h"
#include "ui/print/PlanSheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <memory>
#include <optional>

CARRYWELL_TR_CONTEXT(carrywell::ui::PlanCommands);

namespace carrywell::ui {
namespace {

using CommandSupport::fail;

/// A week's plan and whether it was made just now.
struct WeekPlan
{
    core::WeeklyPlan plan;
    bool made = false;
    core::PlanPreferences preferences;
};

/// Whether Carrywell may write `path`, found before the journal is touched
/// by opening it the way the real write will (and leaving it unchanged).
std::optional<QString> cannotWrite(const QString& path, const QString& what)
{
    const core::Result<core::Done> writable = core::AtomicFile::probe(
        path, tr("Carrywell could not write %1 to “%2” (%3). Nothing was changed.").arg(what));
    if (writable)
        return std::nullopt;
    return writable.error();
}

/// The plan the journal keeps for the week, or a new one made and saved.
std::optional<WeekPlan> planOfTheWeek(const CommandContext& context)
{
    const core::ContentLibrary& library = context.content->library;
    const core::Clock& clock = context.clock;
    QTextStream& err = context.err;
    const core::DataDirectory* dataDir = context.dataDirectory;
    core::JournalOpenResult opened = core::Journal::open(dataDir->journalFile(), clock);
    if (!opened) {
        fail(err, opened.error());
        return std::nullopt;
    }
    for (const QString& warning : opened->warnings())
        err << "carrywell: " << warning << '\n';
    const std::unique_ptr<core::Journal> journal = opened.takeJournal();

    QSettings settings(dataDir->settingsFile(), QSettings::IniFormat);
    WeekPlan result;
    result.preferences = core::PlanPreferencesStore(settings).load();
    const QDate today = clock.today();
    const QDate week = context.options.planWeek;
    const QDate day = week.isValid() ? week : today;
    core::WeekPlanner planner(library, *journal);
    const core::Result<std::optional<core::WeeklyPlan>> stored = planner.stored(day);
    if (!stored) {
        fail(err, stored.error());
        return std::nullopt;
    }
    result.made = !stored.value().has_value();
    core::Result<core::WeeklyPlan> plan =
        planner.planFor(day, core::ProfileStore(settings).load(), result.preferences, today);
    if (!plan) {
        fail(err, plan.error());
        return std::nullopt;
    }
    result.plan = std::move(plan).value();
    return result;
}

void sayWhatWasDone(const WeekPlan& week, const QString& path, QTextStream& out)
{
    const QString name = core::IsoWeek::format(week.plan.weekStart);
    if (week.made) {
        out << tr("No plan was kept for %1, so Carrywell made one from your profile and saved it "
                  "in your journal.")
                   .arg(name)
            << '\n';
    }
    int training = 0;
    for (const core::PlanDay& day : week.plan.days)
        training += day.rest ? 0 : 1;
    out << tr("Wrote %1: the plan for %2 (%3), %4 of 7 days with exercises.")
               .arg(QDir::toNativeSeparators(path), name, PlanSheet::dateRange(week.plan.weekStart))
               .arg(training)
        << '\n';
    out.flush();
}

} // namespace

int PlanCommands::printPlan(const CommandContext& context)
{
    const CommandLineOptions& options = context.options;
    QTextStream& err = context.err;
    if (const std::optional<QString> problem = cannotWrite(options.planFile, tr("the plan")))
        return fail(err, *problem);
    const std::optional<WeekPlan> week = planOfTheWeek(context);
    if (!week)
        return 1;
    const core::Result<core::Done> written =
        PlanPdf::write(options.planFile, week->plan, context.content->library, options.planLayout,
                       planPageSize(QLocale()));
    if (!written)
        return fail(err, written.error());
    sayWhatWasDone(*week, options.planFile, context.out);
    return 0;
}

int PlanCommands::exportCalendar(const CommandContext& context)
{
    const CommandLineOptions& options = context.options;
    QTextStream& err = context.err;
    if (const std::optional<QString> problem = cannotWrite(options.planFile, tr("the calendar")))
        return fail(err, *problem);
    const std::optional<WeekPlan> week = planOfTheWeek(context);
    if (!week)
        return 1;
    const QByteArray ics = core::PlanCalendar::toIcs(
        week->plan, context.content->library, week->preferences.sessionTime, context.clock.now());
    const core::Result<core::Done> written = core::PlanCalendar::save(options.planFile, ics);
    if (!written)
        return fail(err, written.error());
    sayWhatWasDone(*week, options.planFile, context.out);
    return 0;
}

} // namespace carrywell::ui
