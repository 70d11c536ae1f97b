#pragma once

#include "core/content/Cause.h"
#include "core/content/Exercise.h"
#include "core/content/Guide.h"
#include "core/content/RegionInfo.h"
#include "core/content/Routine.h"
#include "core/content/Safety.h"
#include "core/content/Source.h"
#include "core/content/Symptom.h"
#include "core/figure/Illustration.h"

#include <QHash>
#include <vector>

namespace carrywell::core {

/// Everything the app knows: regions, sources, causes, symptoms, exercises,
/// routines.
/// Entries keep the order they were loaded in; ids are unique per kind.
class ContentLibrary
{
public:
    const std::vector<RegionInfo>& regions() const { return m_regions; }
    const std::vector<Source>& sources() const { return m_sources; }
    const std::vector<Cause>& causes() const { return m_causes; }
    const std::vector<Guide>& guides() const { return m_guides; }
    const std::vector<Symptom>& symptoms() const { return m_symptoms; }
    const std::vector<Exercise>& exercises() const { return m_exercises; }
    const std::vector<Illustration>& illustrations() const { return m_illustrations; }
    const std::vector<Routine>& routines() const { return m_routines; }
    /// The postnatal warning signs shown with every exercise in the first weeks.
    const PostnatalStopList& postnatalStopList() const { return m_stopList; }
    /// The traffic-light rule for pain during and after exercise.
    const PainMonitoring& painMonitoring() const { return m_painMonitoring; }

    const RegionInfo* region(Region region) const;
    const Source* source(const QString& id) const;
    const Cause* cause(const QString& id) const;
    const Guide* guide(const QString& id) const;
    const Symptom* symptom(const QString& id) const;
    const Exercise* exercise(const QString& id) const;
    /// The drawings of an exercise, or nullptr when it has none.
    const Illustration* illustration(const QString& exerciseId) const;
    const Routine* routine(const QString& id) const;

    /// Exercises that work a region, in library order.
    QList<const Exercise*> exercisesFor(Region region) const;

    /// Adds an entry, or replaces the one with the same id (merging content over
    /// the built-in library). Returns true when it replaced one.
    bool put(RegionInfo entry);
    bool put(Source entry);
    bool put(Cause entry);
    bool put(Guide entry);
    bool put(Symptom entry);
    bool put(Exercise entry);
    bool put(Illustration entry);
    bool put(Routine entry);
    /// Replaces the stop list; returns true when there was one.
    bool put(PostnatalStopList entry);
    /// Replaces the pain-monitoring rule; returns true when there was one.
    bool put(PainMonitoring entry);

    /// Orders exercises by category (gentlest first), then by name.
    void sortExercises();

private:
    std::vector<RegionInfo> m_regions;
    std::vector<Source> m_sources;
    std::vector<Cause> m_causes;
    std::vector<Guide> m_guides;
    std::vector<Symptom> m_symptoms;
    std::vector<Exercise> m_exercises;
    std::vector<Illustration> m_illustrations;
    std::vector<Routine> m_routines;
    PostnatalStopList m_stopList;
    PainMonitoring m_painMonitoring;
};

} // namespace carrywell::core
