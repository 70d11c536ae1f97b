#include "cli/JournalArguments.h"

#include "core/common/Translate.h"
#include "core/journal/ImportFields.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::ui::JournalArguments);

namespace carrywell::ui {
core::Result<int> JournalArguments::score(const QString& option, const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < core::minPainScore || value > core::maxPainScore) {
        return core::Error{tr("%1 takes a pain score, a whole number from 0 (no pain) to 10 "
                              "(worst imaginable), not “%2”.")
                               .arg(option, text)};
    }
    return value;
}

core::Result<core::RegionScore> JournalArguments::region(const QString& text, int overall)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString id = equals < 0 ? text : text.left(equals);
    const std::optional<core::Region> region = core::fromId<core::Region>(id.trimmed());
    if (!region) {
        return core::Error{tr("Unknown body region “%1”. Use one of: %2 (optionally with a "
                              "score, as in lower-back=6).")
                               .arg(id, core::idList<core::Region>())};
    }
    if (equals < 0)
        return core::RegionScore{*region, overall};
    const core::Result<int> value =
        score(QStringLiteral("--region %1=").arg(id.trimmed()), text.mid(equals + 1));
    if (!value)
        return core::Error{value.error()};
    return core::RegionScore{*region, value.value()};
}

core::Result<core::Trigger> JournalArguments::trigger(const QString& text)
{
    const std::optional<core::Trigger> trigger = core::fromId<core::Trigger>(text.trimmed());
    if (!trigger) {
        return core::Error{
            tr("Unknown trigger “%1”. Use one of: %2.").arg(text, core::idList<core::Trigger>())};
    }
    return *trigger;
}

core::Result<core::WarningSign> JournalArguments::sign(const QString& text)
{
    const std::optional<core::WarningSign> sign = core::fromId<core::WarningSign>(text.trimmed());
    if (!sign) {
        return core::Error{tr("Unknown warning sign “%1”. Use one of: %2.")
                               .arg(text, core::idList<core::WarningSign>())};
    }
    return *sign;
}

core::Result<QDateTime> JournalArguments::moment(const QString& text)
{
    const std::optional<QDateTime> parsed = core::ImportFields::parseMoment(text.trimmed());
    if (!parsed) {
        return core::Error{tr("--at takes a date and time in ISO 8601, such as "
                              "2026-01-05T09:30 or 2026-01-05T09:30:00+01:00, not “%1”.")
                               .arg(text)};
    }
    return *parsed;
}

core::Result<QDate> JournalArguments::day(const QString& option, const QString& text)
{
    const QDate parsed = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!parsed.isValid()) {
        return core::Error{
            tr("%1 takes a day as YYYY-MM-DD, such as 2026-01-05, not “%2”.").arg(option, text)};
    }
    return parsed;
}

core::Result<core::ActivityRating> JournalArguments::activityRating(const QString& text)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    const QString name = equals < 0 ? QString() : text.left(equals).simplified();
    if (name.isEmpty()) {
        return core::Error{tr("--rate-activity takes an activity and its score as NAME=SCORE, "
                              "such as \"Pushing the pram=6\", not “%1”.")
                               .arg(text)};
    }
    bool ok = false;
    const QString scoreText = text.mid(equals + 1).trimmed();
    const int value = scoreText.toInt(&ok);
    if (!ok || value < 0 || value > 10) {
        return core::Error{tr("--rate-activity %1 takes a whole number from 0 (unable to do it) "
                              "to 10 (as well as before), not “%2”.")
                               .arg(name, scoreText)};
    }
    return core::ActivityRating{name, value, {}};
}

core::Result<QList<core::ActivityRating>>
JournalArguments::activityRatings(const QStringList& texts, const QString& at)
{
    QDateTime when;
    if (!at.isNull()) {
        const core::Result<QDateTime> parsed = moment(at);
        if (!parsed)
            return core::Error{parsed.error()};
        when = parsed.value();
    }
    QList<core::ActivityRating> ratings;
    for (const QString& text : texts) {
        core::Result<core::ActivityRating> rating = activityRating(text);
        if (!rating)
            return core::Error{rating.error()};
        for (const core::ActivityRating& earlier : ratings) {
            if (earlier.activity.compare(rating->activity, Qt::CaseInsensitive) == 0) {
                return core::Error{
                    tr("--rate-activity rates “%1” more than once.").arg(rating->activity)};
            }
        }
        rating->ratedAt = when;
        ratings.append(rating.value());
    }
    return ratings;
}

core::Result<core::CheckIn> JournalArguments::painLog(const QString& scoreText,
                                                      const QStringList& regions,
                                                      const QStringList& triggers,
                                                      const QStringList& signs, const QString& note,
                                                      const QString& at)
{
    const core::Result<int> overall = score(QStringLiteral("--log-pain"), scoreText);
    if (!overall)
        return core::Error{overall.error()};
    core::CheckIn checkIn;
    checkIn.overall = overall.value();
    for (const QString& text : regions) {
        const core::Result<core::RegionScore> entry = region(text, overall.value());
        if (!entry)
            return core::Error{entry.error()};
        if (checkIn.scoreFor(entry->region)) {
            return core::Error{
                tr("--region %1 is given more than once.").arg(core::toId(entry->region))};
        }
        checkIn.regions.append(entry.value());
    }
    for (const QString& text : triggers) {
        const core::Result<core::Trigger> value = trigger(text);
        if (!value)
            return core::Error{value.error()};
        checkIn.triggers.append(value.value());
    }
    for (const QString& text : signs) {
        const core::Result<core::WarningSign> value = sign(text);
        if (!value)
            return core::Error{value.error()};
        checkIn.warningSigns.append(value.value());
    }
    checkIn.note = note;
    if (!at.isNull()) {
        const core::Result<QDateTime> when = moment(at);
        if (!when)
            return core::Error{when.error()};
        checkIn.at = when.value();
    }
    checkIn = core::normalized(checkIn);
    const QStringList problems = core::problemsWith([&] {
        core::CheckIn timed = checkIn;
        if (!timed.at.isValid())
            timed.at = QDateTime::currentDateTime(); // only to check the rest
        return timed;
    }());
    if (!problems.isEmpty())
        return core::Error{tr("The check-in cannot be saved: %1.").arg(problems.join(tr("; ")))};
    return checkIn;
}

} // namespace carrywell::ui
