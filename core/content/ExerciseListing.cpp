#include "content/ExerciseListing.h"

#include <QCoreApplication>
#include <QTextStream>

namespace carrywell::core {
namespace {

// A class context lupdate can see, so the .ts file and the lookup at run time agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(carrywell::core::ExerciseListing)
};

template <typename E>
QJsonArray idArray(const QList<E>& values)
{
    QJsonArray array;
    for (const E value : values)
        array.append(toId(value));
    return array;
}

QString equipmentText(const Exercise& exercise)
{
    if (exercise.equipment.isEmpty())
        return Tr::tr("none");
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
        {QStringLiteral("tempo"), QJsonObject{{QStringLiteral("outSeconds"), dosage.tempoOutSeconds},
                                              {QStringLiteral("backSeconds"),
                                               dosage.tempoBackSeconds}}},
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
         QJsonObject{{QStringLiteral("earliestWeek"), exercise.phase.earliestWeek},
                     {QStringLiteral("caesareanEarliestWeek"),
                      exercise.phase.caesareanEarliestWeek}}},
        {QStringLiteral("steps"), QJsonArray::fromStringList(exercise.steps)},
        {QStringLiteral("dosage"), toJson(exercise.dosage)},
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
                << "    " << displayName(exercise->category) << " · "
                << Tr::tr("equipment: ") << equipmentText(*exercise) << '\n'
                << "    " << exercise->dosage.describe() << '\n'
                << "    " << Tr::tr("source: ") << (source ? source->title : exercise->source.id)
                << '\n';
        }
        out << '\n';
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
