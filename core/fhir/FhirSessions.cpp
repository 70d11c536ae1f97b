#include "core/fhir/FhirSessions.h"

#include "core/common/Translate.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::core::FhirSessions);

namespace carrywell::core {
namespace {

QStringList exerciseNotes(const SessionRecord& session)
{
    QStringList notes;
    const QStringList done = session.exercisesDone();
    const QStringList skipped = session.exercisesSkipped();
    if (!done.isEmpty())
        notes.append(tr("Exercises done: %1").arg(done.join(QStringLiteral(", "))));
    if (!skipped.isEmpty())
        notes.append(tr("Exercises skipped: %1").arg(skipped.join(QStringLiteral(", "))));
    return notes;
}

FhirResource painObservation(const QString& key, int score, const QDateTime& at,
                             const QString& note, const QString& procedureUrl,
                             const QString& patientUrl)
{
    return FhirJson::resource(
        FhirJson::fullUrl(key),
        QJsonObject{
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("partOf"), QJsonArray{FhirJson::reference(procedureUrl)}},
            {QStringLiteral("category"),
             QJsonArray{FhirJson::codeable(FhirCodes::surveyCategory())}},
            {QStringLiteral("code"), FhirJson::codeable(FhirCodes::painSeverity())},
            {QStringLiteral("subject"), FhirJson::reference(patientUrl)},
            {QStringLiteral("effectiveDateTime"), FhirJson::dateTime(at)},
            {QStringLiteral("valueInteger"), score},
            {QStringLiteral("note"), FhirJson::notes({note})},
        });
}

} // namespace

QList<FhirResource> FhirSessions::resources(const SessionRecord& session, const QString& patientUrl)
{
    const QString key =
        QStringLiteral("session/%1/%2").arg(session.id).arg(session.startedAt.toMSecsSinceEpoch());
    const QString url = FhirJson::fullUrl(key);
    const QDateTime end = session.startedAt.addSecs(session.durationSeconds);
    QJsonObject procedure{
        {QStringLiteral("resourceType"), QStringLiteral("Procedure")},
        // Nothing done is a session she opened and left: not-done, not completed.
        {QStringLiteral("status"),
         session.countsForAdherence() ? QStringLiteral("completed") : QStringLiteral("not-done")},
        {QStringLiteral("code"),
         FhirJson::codeable(FhirCodes::exerciseTherapy(), session.routineName)},
        {QStringLiteral("subject"), FhirJson::reference(patientUrl)},
        {QStringLiteral("performedPeriod"),
         QJsonObject{{QStringLiteral("start"), FhirJson::dateTime(session.startedAt)},
                     {QStringLiteral("end"), FhirJson::dateTime(end)}}},
    };
    const QJsonArray notes = FhirJson::notes(exerciseNotes(session));
    if (!notes.isEmpty())
        procedure.insert(QStringLiteral("note"), notes);

    QList<FhirResource> resources{FhirJson::resource(url, procedure)};
    if (session.painBefore) {
        resources.append(painObservation(key + QStringLiteral("/pain-before"), *session.painBefore,
                                         session.startedAt, tr("Before the session"), url,
                                         patientUrl));
    }
    if (session.painAfter) {
        resources.append(painObservation(key + QStringLiteral("/pain-after"), *session.painAfter,
                                         end, tr("After the session"), url, patientUrl));
    }
    return resources;
}

} // namespace carrywell::core
