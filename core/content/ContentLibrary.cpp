#include "core/content/ContentLibrary.h"

#include <algorithm>

namespace carrywell::core {
namespace {

template <typename T>
const T* findById(const std::vector<T>& entries, const QString& id)
{
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&id](const T& entry) { return entry.id == id; });
    return it == entries.end() ? nullptr : &*it;
}

template <typename T, typename Key>
bool putEntry(std::vector<T>& entries, T entry, Key key)
{
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const T& existing) { return key(existing) == key(entry); });
    if (it != entries.end()) {
        *it = std::move(entry);
        return true;
    }
    entries.push_back(std::move(entry));
    return false;
}

const auto byId = [](const auto& entry) { return entry.id; };

} // namespace

const RegionInfo* ContentLibrary::region(Region region) const
{
    const auto it =
        std::find_if(m_regions.begin(), m_regions.end(),
                     [region](const RegionInfo& info) { return info.region == region; });
    return it == m_regions.end() ? nullptr : &*it;
}

const Source* ContentLibrary::source(const QString& id) const
{
    return findById(m_sources, id);
}
const Cause* ContentLibrary::cause(const QString& id) const
{
    return findById(m_causes, id);
}
const Guide* ContentLibrary::guide(const QString& id) const
{
    return findById(m_guides, id);
}
const Symptom* ContentLibrary::symptom(const QString& id) const
{
    return findById(m_symptoms, id);
}
const Exercise* ContentLibrary::exercise(const QString& id) const
{
    return findById(m_exercises, id);
}

const Routine* ContentLibrary::routine(const QString& id) const
{
    return findById(m_routines, id);
}

const Illustration* ContentLibrary::illustration(const QString& exerciseId) const
{
    const auto it = std::find_if(m_illustrations.begin(), m_illustrations.end(),
                                 [&](const Illustration& i) { return i.exerciseId == exerciseId; });
    return it == m_illustrations.end() ? nullptr : &*it;
}

QList<const Exercise*> ContentLibrary::exercisesFor(Region region) const
{
    QList<const Exercise*> result;
    for (const Exercise& exercise : m_exercises) {
        if (exercise.works(region))
            result.append(&exercise);
    }
    return result;
}

void ContentLibrary::sortExercises()
{
    std::stable_sort(m_exercises.begin(), m_exercises.end(),
                     [](const Exercise& a, const Exercise& b) {
                         if (a.category != b.category)
                             return a.category < b.category;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
}

bool ContentLibrary::put(RegionInfo entry)
{
    return putEntry(m_regions, std::move(entry), [](const RegionInfo& r) { return r.region; });
}

bool ContentLibrary::put(Source entry)
{
    return putEntry(m_sources, std::move(entry), byId);
}
bool ContentLibrary::put(Cause entry)
{
    return putEntry(m_causes, std::move(entry), byId);
}
bool ContentLibrary::put(Guide entry)
{
    return putEntry(m_guides, std::move(entry), byId);
}
bool ContentLibrary::put(Symptom entry)
{
    return putEntry(m_symptoms, std::move(entry), byId);
}
bool ContentLibrary::put(Exercise entry)
{
    return putEntry(m_exercises, std::move(entry), byId);
}
bool ContentLibrary::put(Routine entry)
{
    return putEntry(m_routines, std::move(entry), byId);
}
bool ContentLibrary::put(Illustration entry)
{
    return putEntry(m_illustrations, std::move(entry),
                    [](const Illustration& i) { return i.exerciseId; });
}

bool ContentLibrary::put(PostnatalStopList entry)
{
    const bool had = !m_stopList.isEmpty();
    m_stopList = std::move(entry);
    return had;
}

bool ContentLibrary::put(PainMonitoring entry)
{
    const bool had = !m_painMonitoring.isEmpty();
    m_painMonitoring = std::move(entry);
    return had;
}

} // namespace carrywell::core
