#include "core/session/SessionState.h"

#include "core/content/DosageJson.h"
#include "core/content/JsonFieldReader.h"

#include <QJsonArray>

namespace carrywell::core {
namespace {

using Need = JsonFieldReader::Need;

// Bumped whenever the timeline a state points into could be laid out
// differently; an older state is then not resumed.
constexpr int kVersion = 1;
constexpr int kMaxItems = 50;
constexpr int kMaxMs = 24 * 60 * 60 * 1000;
constexpr int kMaxCues = 1000000;

QString isoDate(const QDateTime& dateTime)
{
    return dateTime.toString(Qt::ISODateWithMs);
}

bool sameDosage(const Dosage& a, const Dosage& b)
{
    return a.sets == b.sets && a.reps == b.reps && a.holdSeconds == b.holdSeconds &&
           a.holdSecondsMax == b.holdSecondsMax && a.tempoOutSeconds == b.tempoOutSeconds &&
           a.tempoBackSeconds == b.tempoBackSeconds && a.perSide == b.perSide &&
           a.restSeconds == b.restSeconds && a.durationSeconds == b.durationSeconds &&
           a.note == b.note;
}

} // namespace

QJsonObject SessionState::toJson() const
{
    QJsonArray itemsJson;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SessionItem& item = items[i];
        itemsJson.append(QJsonObject{
            {QStringLiteral("exercise"), item.exerciseId},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("category"), toId(item.category)},
            {QStringLiteral("dosage"), dosageToJson(item.dosage)},
            {QStringLiteral("progress"),
             toId(i < progress.size() ? progress[i] : ExerciseProgress::Pending)},
        });
    }
    QJsonObject json{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("routineName"), routineName},
        {QStringLiteral("items"), itemsJson},
        {QStringLiteral("options"),
         QJsonObject{
             {QStringLiteral("getReadySeconds"), options.getReadySeconds},
             {QStringLiteral("restBetweenExercisesSeconds"), options.restBetweenExercisesSeconds},
             {QStringLiteral("switchSidesSeconds"), options.switchSidesSeconds}}},
        {QStringLiteral("positionMs"), positionMs},
        {QStringLiteral("nextCue"), nextCue},
        {QStringLiteral("activeMs"), activeMs},
        {QStringLiteral("startedAt"), isoDate(startedAt)},
    };
    if (!routineId.isEmpty())
        json.insert(QStringLiteral("routineId"), routineId);
    if (savedAt.isValid())
        json.insert(QStringLiteral("savedAt"), isoDate(savedAt));
    return json;
}

Result<SessionState> SessionState::fromJson(const QJsonObject& json)
{
    QList<ContentError> errors;
    JsonFieldReader r(json, QString(), QStringLiteral("session"), errors);
    SessionState state;
    const int version = r.integer("version", 0, 1000, 0, Need::Required);
    if (errors.isEmpty() && version != kVersion) {
        return Error{QStringLiteral("it was saved by a different version of Carrywell "
                                    "(format %1, this version reads %2)")
                         .arg(version)
                         .arg(kVersion)};
    }
    state.routineId = r.id("routineId", Need::Optional);
    state.routineName = r.text("routineName");
    if (const std::optional<QJsonArray> items = r.array("items", Need::Required)) {
        if (items->isEmpty() || items->size() > kMaxItems)
            r.error(QStringLiteral("items"),
                    QStringLiteral("needs 1 to %1 exercises").arg(kMaxItems));
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QString path = QStringLiteral("items[%1]").arg(i);
            if (!items->at(i).isObject()) {
                r.errorAt(path, QStringLiteral("must be an object"));
                continue;
            }
            JsonFieldReader itemReader = r.child(items->at(i).toObject(), path);
            SessionItem item;
            item.exerciseId = itemReader.id("exercise");
            item.name = itemReader.text("name");
            if (const auto category =
                    itemReader.enumValue<Category>("category", QStringLiteral("category")))
                item.category = *category;
            if (const auto dosage = itemReader.object("dosage", Need::Required)) {
                JsonFieldReader d =
                    itemReader.child(*dosage, itemReader.pathOf(QStringLiteral("dosage")));
                item.dosage = readDosage(d, DosageUse::Override);
                d.finish();
            }
            const QString progress = itemReader.text("progress");
            const std::optional<ExerciseProgress> parsed = exerciseProgressFromId(progress);
            if (!progress.isEmpty() && !parsed)
                itemReader.error(
                    QStringLiteral("progress"),
                    QStringLiteral("“%1” is not pending, done or skipped").arg(progress));
            itemReader.finish();
            state.items.append(item);
            state.progress.append(parsed.value_or(ExerciseProgress::Pending));
        }
    }
    if (const std::optional<QJsonObject> options = r.object("options", Need::Required)) {
        JsonFieldReader o = r.child(*options, r.pathOf(QStringLiteral("options")));
        state.options.getReadySeconds = o.integer("getReadySeconds", 3, 600, 5, Need::Required);
        state.options.restBetweenExercisesSeconds =
            o.integer("restBetweenExercisesSeconds", 3, 600, 15, Need::Required);
        state.options.switchSidesSeconds =
            o.integer("switchSidesSeconds", 3, 600, 5, Need::Required);
        o.finish();
    }
    state.positionMs = r.integer("positionMs", 0, kMaxMs, 0, Need::Required);
    state.nextCue = r.integer("nextCue", 0, kMaxCues, 0, Need::Required);
    state.activeMs = r.integer("activeMs", 0, kMaxMs, 0, Need::Required);
    const QString started = r.text("startedAt");
    state.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs);
    if (!started.isEmpty() && !state.startedAt.isValid())
        r.error(QStringLiteral("startedAt"),
                QStringLiteral("“%1” is not a date and time").arg(started));
    const QString saved = r.text("savedAt", Need::Optional);
    state.savedAt = QDateTime::fromString(saved, Qt::ISODateWithMs);
    if (!saved.isEmpty() && !state.savedAt.isValid())
        r.error(QStringLiteral("savedAt"),
                QStringLiteral("“%1” is not a date and time").arg(saved));
    r.finish();
    if (!errors.isEmpty()) {
        const ContentError& first = errors.first();
        return Error{first.jsonPath.isEmpty()
                         ? first.reason
                         : QStringLiteral("%1: %2").arg(first.jsonPath, first.reason)};
    }
    return state;
}

bool SessionState::operator==(const SessionState& other) const
{
    if (items.size() != other.items.size())
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SessionItem& a = items[i];
        const SessionItem& b = other.items[i];
        if (a.exerciseId != b.exerciseId || a.name != b.name || a.category != b.category ||
            !sameDosage(a.dosage, b.dosage))
            return false;
    }
    return routineId == other.routineId && routineName == other.routineName &&
           options == other.options && progress == other.progress &&
           positionMs == other.positionMs && nextCue == other.nextCue &&
           activeMs == other.activeMs && startedAt == other.startedAt && savedAt == other.savedAt;
}

} // namespace carrywell::core
