#include "core/plan/PlanJson.h"

#include "core/common/Translate.h"
#include "core/content/DosageJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

CARRYWELL_TR_CONTEXT(carrywell::core::PlanJson);

namespace carrywell::core {
namespace {

constexpr int kFormatVersion = 1;

Error unreadable(const QString& detail)
{
    return Error{
        tr("The saved plan could not be read (%1). Make a new plan for this week.").arg(detail)};
}

std::optional<PlanStage> stageFromId(const QString& id)
{
    for (const PlanStage stage :
         {PlanStage::Breathing, PlanStage::Mobility, PlanStage::Strength, PlanStage::Release}) {
        if (toId(stage) == id)
            return stage;
    }
    return std::nullopt;
}

QString key(const char* name)
{
    return QLatin1String(name);
}

} // namespace

QJsonObject toJson(const WeeklyPlan& plan)
{
    QJsonArray days;
    for (const PlanDay& day : plan.days) {
        QJsonArray exercises;
        for (const PlannedExercise& item : day.exercises) {
            exercises.append(QJsonObject{{key("exercise"), item.exerciseId},
                                         {key("stage"), toId(item.stage)},
                                         {key("dosage"), dosageToJson(item.dosage)},
                                         {key("reason"), item.reason}});
        }
        days.append(QJsonObject{{key("date"), day.date.toString(Qt::ISODate)},
                                {key("rest"), day.rest},
                                {key("exercises"), exercises}});
    }
    QStringList unreached;
    for (const Region region : plan.unreached)
        unreached << toId(region);
    return QJsonObject{{key("version"), kFormatVersion},
                       {key("weekStart"), plan.weekStart.toString(Qt::ISODate)},
                       {key("seed"), double(plan.seed)},
                       {key("minutesPerDay"), plan.minutesPerDay},
                       {key("notes"), QJsonArray::fromStringList(plan.notes)},
                       {key("unreached"), QJsonArray::fromStringList(unreached)},
                       {key("days"), days}};
}

Result<WeeklyPlan> weeklyPlanFromJson(const QJsonObject& json)
{
    if (json.value(key("version")).toInt() != kFormatVersion)
        return unreadable(tr("unknown version"));
    WeeklyPlan plan;
    plan.weekStart = QDate::fromString(json.value(key("weekStart")).toString(), Qt::ISODate);
    if (!plan.weekStart.isValid())
        return unreadable(tr("no week start"));
    plan.seed = quint32(json.value(key("seed")).toDouble());
    plan.minutesPerDay = json.value(key("minutesPerDay")).toInt();
    for (const QJsonValue& note : json.value(key("notes")).toArray())
        plan.notes << note.toString();
    for (const QJsonValue& id : json.value(key("unreached")).toArray()) {
        if (const auto region = fromId<Region>(id.toString()))
            plan.unreached << *region;
    }
    const QJsonArray days = json.value(key("days")).toArray();
    if (days.size() != 7)
        return unreadable(tr("%1 days instead of 7").arg(days.size()));
    for (const QJsonValue& dayValue : days) {
        const QJsonObject dayObject = dayValue.toObject();
        PlanDay day;
        day.date = QDate::fromString(dayObject.value(key("date")).toString(), Qt::ISODate);
        if (!day.date.isValid())
            return unreadable(tr("a day without a date"));
        day.rest = dayObject.value(key("rest")).toBool(true);
        for (const QJsonValue& itemValue : dayObject.value(key("exercises")).toArray()) {
            const QJsonObject itemObject = itemValue.toObject();
            PlannedExercise item;
            item.exerciseId = itemObject.value(key("exercise")).toString();
            const auto stage = stageFromId(itemObject.value(key("stage")).toString());
            if (item.exerciseId.isEmpty() || !stage)
                return unreadable(tr("an exercise without an id or stage"));
            item.stage = *stage;
            item.reason = itemObject.value(key("reason")).toString();
            QList<ContentError> errors;
            JsonFieldReader reader(itemObject.value(key("dosage")).toObject(), key("dosage"),
                                   QString(), errors);
            item.dosage = readDosage(reader, DosageUse::Override);
            if (!errors.isEmpty())
                return unreadable(tr("a dosage that is out of range"));
            day.exercises.append(item);
        }
        plan.days.append(day);
    }
    return plan;
}

SavedPlan toSavedPlan(const WeeklyPlan& plan, const QDateTime& savedAt)
{
    return SavedPlan{plan.weekStart, savedAt,
                     QString::fromUtf8(QJsonDocument(toJson(plan)).toJson(QJsonDocument::Compact))};
}

Result<WeeklyPlan> weeklyPlanFrom(const SavedPlan& saved)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(saved.json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unreadable(error.errorString());
    return weeklyPlanFromJson(document.object());
}

} // namespace carrywell::core
