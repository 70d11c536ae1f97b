#pragma once

#include "core/journal/WarningSign.h"
#include "core/vocabulary/Vocabulary.h"

#include <QString>

namespace carrywell::core {

/// One code from a code system, as FHIR's Coding writes it.
struct FhirCoding
{
    QString system;
    QString code;
    QString display;
};

/// The codes the FHIR export uses, each checkable in its code system's own
/// browser (docs/fhir.md lists them).
namespace FhirCodes {

inline const QString loinc = QStringLiteral("http://loinc.org");
inline const QString snomed = QStringLiteral("http://snomed.info/sct");
inline const QString observationCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");

/// LOINC 72514-3, the 0–10 pain score she reports herself.
FhirCoding painSeverity();
/// Observation category "survey": answers she gives, not a measurement taken.
FhirCoding surveyCategory();
/// SNOMED CT 229065009, exercise therapy: what a guided session is.
FhirCoding exerciseTherapy();
/// The SNOMED CT body structure of one of the app's body regions.
FhirCoding bodySite(Region region);
/// The SNOMED CT finding of a warning sign.
FhirCoding finding(WarningSign sign);

} // namespace FhirCodes

} // namespace carrywell::core
