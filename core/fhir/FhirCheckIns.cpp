#include "core/fhir/FhirCheckIns.h"

#include "core/common/Translate.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::core::FhirCheckIns);

namespace carrywell::core {
namespace {

QJsonArray components(const CheckIn& checkIn)
{
    QJsonArray parts;
    for (const RegionScore& region : checkIn.regions) {
        parts.append(QJsonObject{
            {QStringLiteral("code"), FhirJson::codeable(FhirCodes::bodySite(region.region))},
            {QStringLiteral("valueInteger"), region.score}});
    }
    for (const WarningSign sign : checkIn.warningSigns) {
        parts.append(QJsonObject{{QStringLiteral("code"),
                                  FhirJson::codeable(FhirCodes::finding(sign), displayName(sign))},
                                 {QStringLiteral("valueBoolean"), true}});
    }
    return parts;
}

QString triggersNote(const CheckIn& checkIn)
{
    if (checkIn.triggers.isEmpty())
        return {};
    QStringList names;
    for (const Trigger trigger : checkIn.triggers)
        names.append(displayName(trigger));
    return tr("Set off by: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace

FhirResource FhirCheckIns::observation(const CheckIn& checkIn, const QString& patientUrl)
{
    const QString url = FhirJson::fullUrl(
        QStringLiteral("check-in/%1/%2").arg(checkIn.id).arg(checkIn.at.toMSecsSinceEpoch()));
    QJsonObject observation{
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("status"), QStringLiteral("final")},
        {QStringLiteral("category"), QJsonArray{FhirJson::codeable(FhirCodes::surveyCategory())}},
        {QStringLiteral("code"), FhirJson::codeable(FhirCodes::painSeverity())},
        {QStringLiteral("subject"), FhirJson::reference(patientUrl)},
        {QStringLiteral("effectiveDateTime"), FhirJson::dateTime(checkIn.at)},
        {QStringLiteral("valueInteger"), checkIn.overall},
    };
    const QJsonArray parts = components(checkIn);
    if (!parts.isEmpty())
        observation.insert(QStringLiteral("component"), parts);
    const QJsonArray notes = FhirJson::notes({triggersNote(checkIn), checkIn.note});
    if (!notes.isEmpty())
        observation.insert(QStringLiteral("note"), notes);
    return FhirJson::resource(url, observation);
}

} // namespace carrywell::core
