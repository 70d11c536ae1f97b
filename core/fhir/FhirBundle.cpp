#include "core/fhir/FhirBundle.h"

#include "core/fhir/FhirActivities.h"
#include "core/fhir/FhirCheckIns.h"
#include "core/fhir/FhirJson.h"
#include "core/fhir/FhirSessions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace carrywell::core {
namespace {

FhirResource patient(const QString& name)
{
    // A new UUID each time: a fixed one would make every Carrywell user the
    // same patient to a clinic that keeps exports from several.
    const QString url =
        QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject resource{{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
    if (!name.trimmed().isEmpty()) {
        resource.insert(QStringLiteral("name"),
                        QJsonArray{QJsonObject{{QStringLiteral("text"), name.trimmed()}}});
    }
    return FhirJson::resource(url, resource);
}

QJsonObject entry(const FhirResource& resource)
{
    return {{QStringLiteral("fullUrl"), resource.fullUrl},
            {QStringLiteral("resource"), resource.resource}};
}

} // namespace

QJsonObject FhirBundle::build(const FhirRecords& records)
{
    const FhirResource person = patient(records.patientName);
    QJsonArray entries{entry(person)};
    for (const CheckIn& checkIn : records.checkIns)
        entries.append(entry(FhirCheckIns::observation(checkIn, person.fullUrl)));
    for (const SessionRecord& session : records.sessions) {
        for (const FhirResource& resource : FhirSessions::resources(session, person.fullUrl))
            entries.append(entry(resource));
    }
    for (const FhirResource& resource : FhirActivities::resources(records.ratings, person.fullUrl))
        entries.append(entry(resource));
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), FhirJson::dateTime(records.exportedAt)},
            {QStringLiteral("entry"), entries}};
}

QByteArray FhirBundle::write(const FhirRecords& records)
{
    return QJsonDocument(build(records)).toJson(QJsonDocument::Indented);
}

} // namespace carrywell::core
