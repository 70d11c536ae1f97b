#include "cli/ActivityCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommandSupport.h"
#include "core/common/Clock.h"
#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/journal/ImportFields.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/profile/MyActivities.h"
#include "core/profile/ProfileStore.h"
#include "core/storage/DataDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <memory>

CARRYWELL_TR_CONTEXT(carrywell::ui::ActivityCommands);

namespace carrywell::ui {
namespace {

using CommandSupport::fail;
using CommandSupport::kFutureSlackSeconds;
using CommandSupport::openJournal;

QStringList herActivities(const CommandContext& context)
{
    QSettings settings(context.dataDirectory->settingsFile(), QSettings::IniFormat);
    return core::ProfileStore(settings).load().activities;
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted.append(QStringLiteral("“%1”").arg(name));
    return quoted.join(QStringLiteral(", "));
}

/// The ratings given, each under the name her profile spells, or why not.
core::Result<QList<core::ActivityRating>> matched(const QList<core::ActivityRating>& given,
                                                  const QStringList& activities)
{
    if (activities.isEmpty()) {
        return core::Error{tr("You have not named any activities yet, so there is nothing to "
                              "rate. Add up to five in Settings ▸ Profile. Nothing was saved.")};
    }
    QList<core::ActivityRating> ratings;
    for (core::ActivityRating rating : given) {
        const std::optional<QString> name = core::MyActivities::find(activities, rating.activity);
        if (!name) {
            return core::Error{tr("“%1” is not one of your activities. Yours are: %2. Nothing "
                                  "was saved.")
                                   .arg(rating.activity, quotedList(activities))};
        }
        rating.activity = *name;
        ratings.append(rating);
    }
    return ratings;
}

} // namespace

int ActivityCommands::rateActivity(const CommandContext& context)
{
    const QDateTime now = context.clock.now();
    QList<core::ActivityRating> given = context.options.activityRatings;
    for (core::ActivityRating& rating : given) {
        if (rating.ratedAt.isValid() && now.secsTo(rating.ratedAt) > kFutureSlackSeconds) {
            return fail(context.err,
                        tr("--at %1 is in the future. Nothing was saved.")
                            .arg(core::ImportFields::momentText(rating.ratedAt, false)),
                        2);
        }
        if (!rating.ratedAt.isValid())
            rating.ratedAt = now;
    }
    const core::Result<QList<core::ActivityRating>> ratings =
        matched(given, herActivities(context));
    if (!ratings)
        return fail(context.err, ratings.error(), 2);
    const std::unique_ptr<core::Journal> journal = openJournal(context);
    if (!journal)
        return 1;
    const core::Result<core::Done> saved = journal->addActivityRatings(ratings.value());
    if (!saved)
        return fail(context.err, saved.error());
    for (const core::ActivityRating& rating : ratings.value()) {
        context.out << tr("Saved %1: %2 out of 10 for %3.")
                           .arg(rating.activity, core::LocaleFormat::number(rating.score),
                                core::LocaleFormat::dateTime(rating.ratedAt))
                    << '\n';
    }
    context.out.flush();
    return 0;
}

int ActivityCommands::listActivities(const CommandContext& context)
{
    const QStringList activities = herActivities(context);
    const std::unique_ptr<core::Journal> journal = openJournal(context);
    if (!journal)
        return 1;
    const core::Result<QList<core::ActivityRating>> latest =
        core::JournalHistory(*journal).latestRatings(activities);
    if (!latest)
        return fail(context.err, latest.error());
    auto latestOf = [&](const QString& name) -> std::optional<core::ActivityRating> {
        for (const core::ActivityRating& rating : latest.value()) {
            if (rating.activity.compare(name, Qt::CaseInsensitive) == 0)
                return rating;
        }
        return std::nullopt;
    };

    if (context.options.format == CommandLineOptions::Format::Json) {
        QJsonArray array;
        for (const QString& name : activities) {
            const std::optional<core::ActivityRating> rating = latestOf(name);
            array.append(QJsonObject{
                {QStringLiteral("activity"), name},
                {QStringLiteral("latestScore"), rating ? QJsonValue(rating->score) : QJsonValue()},
                {QStringLiteral("ratedAt"),
                 rating ? QJsonValue(core::ImportFields::momentText(rating->ratedAt, false))
                        : QJsonValue()},
            });
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out.flush();
        return 0;
    }

    if (activities.isEmpty()) {
        context.out << tr("You have not named any activities yet. Add up to five that are hard "
                          "now in Settings ▸ Profile.")
                    << '\n';
        context.out.flush();
        return 0;
    }
    context.out << tr("Your activities, 0 (unable to do it) to 10 (as well as before):") << '\n';
    for (const QString& name : activities) {
        const std::optional<core::ActivityRating> rating = latestOf(name);
        context.out << QStringLiteral("  ") << name << QStringLiteral(": ")
                    << (rating
                            ? tr("%1 on %2")
                                  .arg(core::LocaleFormat::number(rating->score),
                                       core::LocaleFormat::dayWithWeekday(rating->ratedAt.date()))
                            : tr("not rated yet"))
                    << '\n';
    }
    context.out.flush();
    return 0;
}

} // namespace carrywell::ui
