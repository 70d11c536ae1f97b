#pragma once

#include "content/ContentLibrary.h"

#include <QJsonArray>
#include <QJsonObject>

namespace carrywell::core {

/// The library as plain text or JSON, for scripts and the terminal
/// (`carrywell --list-exercises`).
class ExerciseListing
{
public:
    static QJsonObject toJson(const Exercise& exercise, const ContentLibrary& library);
    static QJsonObject toJson(const Dosage& dosage);
    static QJsonArray toJson(const QList<const Exercise*>& exercises,
                             const ContentLibrary& library);

    /// Grouped by region (or only `region`), one block per exercise: name,
    /// id, category, equipment, dosage and source.
    static QString toText(const ContentLibrary& library, std::optional<Region> region);

    /// Exercises in library order, optionally only those for one region.
    static QList<const Exercise*> select(const ContentLibrary& library,
                                         std::optional<Region> region);
};

} // namespace carrywell::core
