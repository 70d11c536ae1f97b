#pragma once

#include "core/journal/ActivityRating.h"
#include "core/journal/CheckIn.h"
#include "core/journal/SessionRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace carrywell::core {

/// What goes into a FHIR export.
struct FhirRecords
{
    QList<CheckIn> checkIns;
    QList<SessionRecord> sessions;
    QList<ActivityRating> ratings;
    /// Her name as she typed it; empty leaves the Patient without any identifying data.
    QString patientName;
    QDateTime exportedAt;
};

/// The journal as a FHIR R4 Bundle of type "collection" (docs/fhir.md): a
/// Patient, an Observation per check-in, a Procedure per session, and the
/// PSFS Questionnaire with its responses. Every entry has a urn:uuid:
/// fullUrl and every reference points at one of them.
class FhirBundle
{
public:
    static QJsonObject build(const FhirRecords& records);
    /// build() as indented UTF-8 JSON.
    static QByteArray write(const FhirRecords& records);
};

} // namespace carrywell::core
