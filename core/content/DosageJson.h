#pragma once

#include "core/content/Dosage.h"
#include "core/content/JsonFieldReader.h"

#include <QJsonObject>

namespace carrywell::core {

/// Where a dosage object appears, which decides the fields it may hold.
enum class DosageUse
{
    Exercise,    ///< An exercise's own dosage: may list alternatives.
    Alternative, ///< One of those alternatives: needs a label.
    Override,    ///< A routine's own dosage for an exercise: neither.
};

/// Reads a dosage object in the content format, recording every problem
/// (path and reason) through `reader`.
Dosage readDosage(JsonFieldReader& reader, DosageUse use);

/// The dosage in the content format, without label and alternatives: what
/// readDosage(…, DosageUse::Override) reads back.
QJsonObject dosageToJson(const Dosage& dosage);

} // namespace carrywell::core
