#pragma once

#include "core/content/Dosage.h"
#include "core/vocabulary/Vocabulary.h"

#include <QString>

namespace carrywell::core {

/// One exercise as a session runs it. It carries its name, category and
/// dosage itself, so a saved session resumes even if the library changed.
struct SessionItem
{
    QString exerciseId;
    QString name;
    Category category = Category::Mobility;
    Dosage dosage;
};

} // namespace carrywell::core
