#include "core/content/ExerciseListing.h"

#include "core/common/Translate.h"
#include "core/content/RuleBook.h"

#include <QCoreApplication>
#include <QTextStream>

CARRYWELL_TR_CONTEXT(carrywell::core::ExerciseListing);

namespace carrywell::core {
namespace {

template <typename E>
QJsonArray idArray(const QList<E>& values)
{
    QJsonArray array;
    for (const E value : values)
        array.append(toId(value));
    return array;
}

QString conditionRuleId(ConditionRule rule)
{
    switch (rule) {
    case ConditionRule::Ok:
        return QStringLiteral("ok");
    case ConditionRule::Modify:
        return QStringLiteral("modify");
    case ConditionRule::Avoid:
        return QStringLiteral("avoid");
    }
    return QStringLiteral("ok");
}

QJsonObject conditionJson(const ConditionAdvice& advice)
{
    QJsonObject object{{QStringLiteral("rule"), conditionRuleId(advice.rule)}};
    if (!advice.note.isEmpty())
        object.insert(QStringLiteral("note"), advice.note);
    return object;
}

// Whole minutes, rounded up: a routine of 4½ minutes is "about 5".
int minutesOf(int seconds)
{
    return (seconds + 59) / 60;
}

QString equipmentText(const Exercise& exercise)
{
    if (exercise.equipment.isEmpty())
        return tr("none");
    QStringList names;
    for (const Equipment item : exercise.equipment)
        names.append(displayName(item).toLower());
    return names.join(QStringLiteral(", "));
}

} // namespace

QJsonObject ExerciseListing::toJson(const Dosage& dosage)
{
    QJsonObject json{
        {QStringLiteral("sets"), dosage.sets},
        {QStringLiteral("reps"), dosage.reps},
        {QStringLiteral("holdSeconds"), dosage.holdSeconds},
        {QStringLiteral("holdSecondsMax"), dosage.holdSecondsMax},
        {QStringLiteral("tempo"),
         QJsonObject{{QStringLiteral("outSeconds"), dosage.tempoOutSeconds},
                     {QStringLiteral("backSeconds"), dosage.tempoBackSeconds}}},
        {QStringLiteral("perSide"), dosage.perSide},
        {QStringLiteral("restSeconds"), dosage.restSeconds},
        {QStringLiteral("durationSeconds"), dosage.durationSeconds},
        {QStringLiteral("estimatedSeconds"), dosage.estimatedSeconds()},
        {QStringLiteral("text"), dosage.describe()},
    };
    if (!dosage.label.isEmpty())
        json.insert(QStringLiteral("label"), dosage.label);
    if (!dosage.note.isEmpty())
        json.insert(QStringLiteral("note"), dosage.note);
    if (!dosage.alternatives.empty()) {
        QJsonArray alternatives;
        for (const Dosage& alternative : dosage.alternatives)
            alternatives.append(toJson(alternative));
        json.insert(QStringLiteral("alternatives"), alternatives);
    }
    return json;
}

QJsonObject ExerciseListing::toJson(const PostnatalStopList& stopList)
{
    QJsonArray signs;
    for (const StopSign& sign : stopList.signs) {
        signs.append(QJsonObject{{QStringLiteral("id"), sign.id},
                                 {QStringLiteral("text"), sign.text},
                                 {QStringLiteral("action"), sign.action}});
    }
    return {{QStringLiteral("weeks"), stopList.weeks},
            {QStringLiteral("title"), stopList.title},
            {QStringLiteral("signs"), signs}};
}

QJsonObject ExerciseListing::toJson(const Exercise& exercise, const ContentLibrary& library)
{
    const Source* source = library.source(exercise.source.id);
    return {
        {QStringLiteral("id"), exercise.id},
        {QStringLiteral("name"), exercise.name},
        {QStringLiteral("summary"), exercise.summary},
        {QStringLiteral("regions"), idArray(exercise.regions)},
        {QStringLiteral("symptoms"), QJsonArray::fromStringList(exercise.symptomIds)},
        {QStringLiteral("category"), toId(exercise.category)},
        {QStringLiteral("equipment"), idArray(exercise.equipment)},
        {QStringLiteral("position"), toId(exercise.position)},
        {QStringLiteral("phase"),
         QJsonObject{
             {QStringLiteral("earliestWeek"), exercise.phase.earliestWeek},
             {QStringLiteral("caesareanEarliestWeek"), exercise.phase.caesareanEarliestWeek}}},
        {QStringLiteral("steps"), QJsonArray::fromStringList(exercise.steps)},
        {QStringLiteral("dosage"), toJson(exercise.dosage)},
        {QStringLiteral("cautions"), QJsonArray::fromStringList(exercise.cautions)},
        {QStringLiteral("stopIf"), QJsonArray::fromStringList(exercise.stopIf)},
        {QStringLiteral("postnatalStopList"), toJson(library.postnatalStopList())},
        {QStringLiteral("diastasis"), conditionJson(exercise.diastasis)},
        {QStringLiteral("pelvicGirdlePain"), conditionJson(exercise.pelvicGirdlePain)},
        {QStringLiteral("feel"), exercise.feel},
        {QStringLiteral("frequency"), exercise.frequency},
        {QStringLiteral("progressWhen"), exercise.progressWhen},
        {QStringLiteral("commonMistakes"), QJsonArray::fromStringList(exercise.commonMistakes)},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("id"), exercise.source.id},
                     {QStringLiteral("title"), source ? source->title : QString()},
                     {QStringLiteral("note"), exercise.source.note}}},
        {QStringLiteral("builtIn"), exercise.origin.builtIn},
    };
}

QJsonArray ExerciseListing::toJson(const QList<const Exercise*>& exercises,
                                   const ContentLibrary& library)
{
    QJsonArray array;
    for (const Exercise* exercise : exercises)
        array.append(toJson(*exercise, library));
    return array;
}

QString ExerciseListing::toText(const ContentLibrary& library, std::optional<Region> only)
{
    QString text;
    QTextStream out(&text);
    for (const RegionInfo& region : library.regions()) {
        if (only && region.region != *only)
            continue;
        const QList<const Exercise*> inRegion = library.exercisesFor(region.region);
        if (inRegion.isEmpty())
            continue;
        out << region.name << " (" << region.id() << ")\n";
        for (const Exercise* exercise : inRegion) {
            const Source* source = library.source(exercise->source.id);
            out << "  " << exercise->name << "  [" << exercise->id << "]\n"
                << "    " << displayName(exercise->category) << " · " << tr("equipment: ")
                << equipmentText(*exercise) << '\n'
                << "    " << exercise->dosage.describe(exercise->tempo()) << '\n'
                << "    " << tr("source: ") << (source ? source->title : exercise->source.id)
                << '\n';
        }
        out << '\n';
    }
    return text;
}

QJsonArray ExerciseListing::routinesJson(const ContentLibrary& library)
{
    QJsonArray array;
    for (const Routine& routine : library.routines()) {
        QJsonArray exercises;
        int seconds = 0;
        for (const RoutineItem& item : routine.items) {
            exercises.append(item.exerciseId);
            if (const Exercise* exercise = library.exercise(item.exerciseId))
                seconds += item.dosageFor(*exercise).estimatedSeconds();
        }
        const EarliestWeeks weeks = RuleBook::earliestWeeks(routine, library);
        array.append(QJsonObject{
            {QStringLiteral("id"), routine.id},
            {QStringLiteral("name"), routine.name},
            {QStringLiteral("summary"), routine.summary},
            {QStringLiteral("exercises"), exercises},
            {QStringLiteral("minutes"), minutesOf(seconds)},
            {QStringLiteral("earliestWeek"),
             QJsonObject{{QStringLiteral("vaginal"), weeks.vaginal},
                         {QStringLiteral("caesarean"), weeks.caesarean}}},
            {QStringLiteral("builtIn"), routine.origin.builtIn},
        });
    }
    return array;
}

QString ExerciseListing::routinesText(const ContentLibrary& library)
{
    QString text;
    QTextStream out(&text);
    for (const QJsonValue& value : routinesJson(library)) {
        const QJsonObject routine = value.toObject();
        const QJsonObject weeks = routine.value(QStringLiteral("earliestWeek")).toObject();
        QStringList exercises;
        for (const QJsonValue& id : routine.value(QStringLiteral("exercises")).toArray())
            exercises.append(id.toString());
        out << routine.value(QStringLiteral("name")).toString() << "  ["
            << routine.value(QStringLiteral("id")).toString() << "]\n"
            << "    " << tr("about %1 min").arg(routine.value(QStringLiteral("minutes")).toInt())
            << " · "
            << tr("from week %1 after a vaginal birth, week %2 after a caesarean")
                   .arg(weeks.value(QStringLiteral("vaginal")).toInt())
                   .arg(weeks.value(QStringLiteral("caesarean")).toInt())
            << '\n'
            << "    " << exercises.join(QStringLiteral(", ")) << "\n\n";
    }
    return text;
}

QList<const Exercise*> ExerciseListing::select(const ContentLibrary& library,
                                               std::optional<Region> region)
{
    if (region)
        return library.exercisesFor(*region);
    QList<const Exercise*> all;
    for (const Exercise& exercise : library.exercises())
        all.append(&exercise);
    return all;
}

} // namespace carrywell::core
