#pragma once

#include "core/content/ContentLibrary.h"
#include "core/plan/PlanRequest.h"
#include "core/plan/WeeklyPlan.h"

#include <QStringList>

namespace carrywell::test {

/// The library that ships with Carrywell, loaded once.
const core::ContentLibrary& shippedLibrary();

/// A request for the week of Monday 2026-01-05 with the given details.
core::PlanRequest request(core::BirthType birth, int weeks, QList<core::Equipment> equipment,
                          QStringList symptoms, int minutes, quint32 seed = 1);

/// Each day as "Mon: a, b, c" (or "Mon: rest"), for readable expectations.
QStringList dayLists(const core::WeeklyPlan& plan);

} // namespace carrywell::test
