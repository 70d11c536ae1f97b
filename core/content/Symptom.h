#pragma once

#include "core/vocabulary/ContentOrigin.h"
#include "core/vocabulary/Vocabulary.h"

#include <QList>
#include <QStringList>

namespace carrywell::core {

/// Something that hurts or does not work as it should, in plain language.
struct Symptom
{
    QString id;
    QString name;
    QString description;
    QList<Region> regions;
    QStringList causeIds;
    QList<Category> helpfulCategories;
    QStringList seeClinician; ///< When to see a doctor or physiotherapist.
    QStringList sourceIds;    ///< What the description and the warning signs rest on.
    ContentOrigin origin;
};

} // namespace carrywell::core
