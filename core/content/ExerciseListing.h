#pragma once

#include "core/content/ContentLibrary.h"

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
    /// The shared postnatal stop list, as every exercise's JSON carries it.
    static QJsonObject toJson(const PostnatalStopList& stopList);
    /// `--list-routines --format json`: each routine's id, name, summary,
    /// exercise ids, minutes and earliest week after each kind of birth.
    static QJsonArray routinesJson(const ContentLibrary& library);
    /// `--list-routines`: the same, for people.
    static QString routinesText(const ContentLibrary& library);
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
