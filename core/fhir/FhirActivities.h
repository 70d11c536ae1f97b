#pragma once

#include "core/fhir/FhirJson.h"
#include "core/journal/ActivityRating.h"

#include <QList>

namespace carrywell::core {

/// PSFS ratings as FHIR: one Questionnaire with an integer 0–10 item per
/// activity she ever rated, and one QuestionnaireResponse per day she rated
/// them, answering that Questionnaire.
class FhirActivities
{
public:
    /// The Questionnaire first, then the responses oldest first; nothing when
    /// there are no ratings. Ratings without a time, an activity or a 0–10
    /// score are left out.
    static QList<FhirResource> resources(const QList<ActivityRating>& ratings,
                                         const QString& patientUrl);
};

} // namespace carrywell::core
