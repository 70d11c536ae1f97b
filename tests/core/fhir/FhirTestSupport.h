#pragma once

#include "core/fhir/FhirExport.h"
#include "core/journal/ActivityRating.h"
#include "core/journal/Journal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace carrywell::test {

/// Two check-ins (regions, triggers, warning signs, a note), a session with
/// exercises done and skipped and pain before and after, and a session she
/// left without doing anything, in January 2026 at UTC+01:00.
void fillJournal(core::Journal& journal);

/// Three PSFS activities rated on two days (one of them twice on the first day).
QList<core::ActivityRating> sampleRatings();

/// The resources of the Bundle of one type, in order.
QList<QJsonObject> resourcesOf(const QJsonObject& bundle, const QString& type);

/// Every "reference" in `value`, wherever it is nested.
QStringList referencesIn(const QJsonValue& value);

} // namespace carrywell::test
