#pragma once

#include "core/fhir/FhirJson.h"
#include "core/journal/CheckIn.h"

namespace carrywell::core {

/// A check-in as a FHIR Observation: LOINC 72514-3 with the overall score, a
/// component per body region (its SNOMED CT body structure and score) and per
/// warning sign (its SNOMED CT finding, true), the triggers and her note as notes.
class FhirCheckIns
{
public:
    static FhirResource observation(const CheckIn& checkIn, const QString& patientUrl);
};

} // namespace carrywell::core
