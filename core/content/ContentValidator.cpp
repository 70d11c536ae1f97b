#include "core/content/ContentValidator.h"

namespace carrywell::core {
namespace {

class ReferenceChecker
{
public:
    ReferenceChecker(const ContentLibrary& library, QList<ContentError>& errors)
        : m_library(library), m_errors(errors)
    {
    }

    template <typename Lookup>
    void ids(const ContentOrigin& origin, const QString& field, const QStringList& ids,
             const QString& kind, Lookup lookup)
    {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!lookup(ids[i]))
                report(origin, QStringLiteral("%1[%2]").arg(field).arg(i), kind, ids[i]);
        }
    }

    void report(const ContentOrigin& origin, const QString& field, const QString& kind,
                const QString& id)
    {
        m_errors.append({origin.file, origin.jsonPath + QLatin1Char('.') + field,
                         QStringLiteral("refers to unknown %1 “%2”").arg(kind, id)});
    }

    void variations(const Exercise& exercise, const QString& field,
                    const QList<Variation>& variations)
    {
        for (qsizetype i = 0; i < variations.size(); ++i) {
            const QString id = variations[i].exerciseId;
            const QString path = QStringLiteral("%1[%2].exercise").arg(field).arg(i);
            if (id.isEmpty())
                continue;
            if (id == exercise.id) {
                m_errors.append({exercise.origin.file,
                                 exercise.origin.jsonPath + QLatin1Char('.') + path,
                                 QStringLiteral("names the exercise itself")});
            } else if (!m_library.exercise(id)) {
                report(exercise.origin, path, QStringLiteral("exercise"), id);
            }
        }
    }

    const ContentLibrary& m_library;
    QList<ContentError>& m_errors;
};

} // namespace

QList<ContentError> ContentValidator::checkReferences(const ContentFragment& entries,
                                                      const ContentLibrary& library)
{
    QList<ContentError> errors;
    ReferenceChecker check(library, errors);
    const auto source = [&library](const QString& id) { return library.source(id) != nullptr; };
    const auto cause = [&library](const QString& id) { return library.cause(id) != nullptr; };
    const auto symptom = [&library](const QString& id) { return library.symptom(id) != nullptr; };

    for (const Cause& entry : entries.causes)
        check.ids(entry.origin, QStringLiteral("sources"), entry.sourceIds,
                  QStringLiteral("source"), source);
    for (const Guide& entry : entries.guides)
        check.ids(entry.origin, QStringLiteral("sources"), entry.sourceIds,
                  QStringLiteral("source"), source);
    for (const Symptom& entry : entries.symptoms) {
        check.ids(entry.origin, QStringLiteral("causes"), entry.causeIds, QStringLiteral("cause"),
                  cause);
        check.ids(entry.origin, QStringLiteral("sources"), entry.sourceIds,
                  QStringLiteral("source"), source);
    }
    if (entries.stopList)
        check.ids(entries.stopList->origin, QStringLiteral("sources"), entries.stopList->sourceIds,
                  QStringLiteral("source"), source);
    if (entries.painMonitoring)
        check.ids(entries.painMonitoring->origin, QStringLiteral("sources"),
                  entries.painMonitoring->sourceIds, QStringLiteral("source"), source);
    for (const Exercise& entry : entries.exercises) {
        check.ids(entry.origin, QStringLiteral("symptoms"), entry.symptomIds,
                  QStringLiteral("symptom"), symptom);
        check.ids(entry.origin, QStringLiteral("causes"), entry.causeIds, QStringLiteral("cause"),
                  cause);
        if (!entry.source.id.isEmpty() && !library.source(entry.source.id))
            check.report(entry.origin, QStringLiteral("source.id"), QStringLiteral("source"),
                         entry.source.id);
        check.variations(entry, QStringLiteral("easier"), entry.easier);
        check.variations(entry, QStringLiteral("harder"), entry.harder);
    }
    for (const Routine& entry : entries.routines) {
        for (qsizetype i = 0; i < entry.items.size(); ++i) {
            const QString id = entry.items[i].exerciseId;
            // An empty id was already reported by the parser.
            if (!id.isEmpty() && !library.exercise(id))
                check.report(entry.origin, QStringLiteral("items[%1].exercise").arg(i),
                             QStringLiteral("exercise"), id);
        }
        if (!entry.source.id.isEmpty() && !library.source(entry.source.id))
            check.report(entry.origin, QStringLiteral("source.id"), QStringLiteral("source"),
                         entry.source.id);
    }
    for (const Illustration& entry : entries.illustrations) {
        const Exercise* exercise = library.exercise(entry.exerciseId);
        if (!exercise) {
            check.report(entry.origin, QStringLiteral("exercise"), QStringLiteral("exercise"),
                         entry.exerciseId);
        } else if (entry.steps.size() != exercise->steps.size()) {
            errors.append(
                {entry.origin.file, entry.origin.jsonPath + QStringLiteral(".steps"),
                 QStringLiteral("has %1 pictures but “%2” has %3 steps; draw one per step")
                     .arg(entry.steps.size())
                     .arg(exercise->id)
                     .arg(exercise->steps.size())});
        }
    }
    return errors;
}

QList<ContentError> ContentValidator::checkCompleteness(const ContentLibrary& library,
                                                        const QString& where)
{
    QList<ContentError> errors;
    if (library.postnatalStopList().isEmpty())
        errors.append({where, QStringLiteral("postnatalStopList"),
                       QStringLiteral("the postnatal stop list is missing")});
    if (library.painMonitoring().isEmpty())
        errors.append({where, QStringLiteral("painMonitoring"),
                       QStringLiteral("the pain-monitoring rule is missing")});
    for (const Region region : allValues<Region>()) {
        if (!library.region(region)) {
            errors.append({where, QStringLiteral("regions"),
                           QStringLiteral("region “%1” is not described").arg(toId(region))});
        } else if (library.exercisesFor(region).isEmpty()) {
            errors.append({where, QStringLiteral("exercises"),
                           QStringLiteral("no exercise works the region “%1”").arg(toId(region))});
        }
    }
    return errors;
}

} // namespace carrywell::core
