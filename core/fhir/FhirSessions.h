#pragma once

#include "core/fhir/FhirJson.h"
#include "core/journal/SessionRecord.h"

#include <QList>

namespace carrywell::core {

/// A guided session as a FHIR Procedure of exercise therapy (SNOMED CT
/// 229065009) over the time it ran, with the exercises done and skipped as
/// notes; the pain scores asked before and after it are Observations of
/// LOINC 72514-3 that are partOf the Procedure.
class FhirSessions
{
public:
    /// The Procedure first, then the pain Observations it has.
    static QList<FhirResource> resources(const SessionRecord& session, const QString& patientUrl);
};

} // namespace carrywell::core
