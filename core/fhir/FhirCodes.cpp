#include "core/fhir/FhirCodes.h"

namespace carrywell::core::FhirCodes {
namespace {

FhirCoding snomedCode(const char* code, const char* display)
{
    return {snomed, QString::fromLatin1(code), QString::fromLatin1(display)};
}

} // namespace

FhirCoding painSeverity()
{
    return {loinc, QStringLiteral("72514-3"),
            QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported")};
}

FhirCoding surveyCategory()
{
    return {observationCategory, QStringLiteral("survey"), QStringLiteral("Survey")};
}

FhirCoding exerciseTherapy()
{
    return snomedCode("229065009", "Exercise therapy");
}

FhirCoding bodySite(Region region)
{
    switch (region) {
    case Region::Neck:
        return snomedCode("45048000", "Neck structure");
    case Region::UpperBack:
        return snomedCode("304037003", "Structure of back of thoracic region");
    case Region::LowerBack:
        return snomedCode("37822005", "Lower back structure");
    case Region::HipsGlutes:
        return snomedCode("29836001", "Hip region structure");
    case Region::PelvicFloor:
        return snomedCode("12921003", "Pelvic region");
    case Region::Core:
        return snomedCode("59380008", "Anterior abdominal wall structure");
    case Region::ChestShoulders:
        return snomedCode("16982005", "Shoulder region structure");
    }
    return {};
}

FhirCoding finding(WarningSign sign)
{
    switch (sign) {
    case WarningSign::Leaking:
        return snomedCode("165232002", "Urinary incontinence");
    case WarningSign::Numbness:
        return snomedCode("44077006", "Numbness");
    case WarningSign::NightPain:
        return snomedCode("36163009", "Night pain");
    }
    return {};
}

} // namespace carrywell::core::FhirCodes
