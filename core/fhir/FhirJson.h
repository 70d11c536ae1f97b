#pragma once

#include "core/fhir/FhirCodes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace carrywell::core {

/// One resource of the Bundle with the urn:uuid: it is known by there.
struct FhirResource
{
    QString fullUrl;
    QJsonObject resource;
};

/// The small pieces every FHIR resource is made of, as JSON.
namespace FhirJson {

/// "urn:uuid:…", the same for the same `key` in every export (a name-based
/// UUID), so a clinic that imports two exports can tell repeats apart.
QString fullUrl(const QString& key);
/// Sets the resource's id to its urn:uuid's UUID and returns the pair.
FhirResource resource(const QString& fullUrl, QJsonObject resource);

QJsonObject coding(const FhirCoding& coding);
/// A CodeableConcept with one coding and, when given, a text.
QJsonObject codeable(const FhirCoding& coding, const QString& text = {});
QJsonObject reference(const QString& fullUrl);
/// A FHIR dateTime with seconds and the moment's own UTC offset,
/// "2026-11-30T07:15:00+01:00" ("+00:00" at UTC).
QString dateTime(const QDateTime& moment);
/// Annotations, one per non-empty text.
QJsonArray notes(const QStringList& texts);

} // namespace FhirJson

} // namespace carrywell::core
