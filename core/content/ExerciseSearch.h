#pragma once

#include "core/content/ContentLibrary.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace carrywell::core {

/// Finds exercises by the words a user types and ranks them: a match in the
/// name first, then in what the exercise is for (what hurts, the region, its
/// summary), then in its steps. Words that a large share of the exercises'
/// texts have in common ("baby", "feeding") are boilerplate there: they find
/// an exercise only through its name or what it is for.
class ExerciseSearch
{
public:
    explicit ExerciseSearch(const ContentLibrary& library);

    /// How well `exercise` matches every word of `text`: 0 when a word is
    /// missing, more for better places. Empty text matches everything with 1.
    int score(const Exercise& exercise, const QString& text) const;
    /// The exercises that match, best first; equal scores keep their order.
    QList<const Exercise*> rank(const QList<const Exercise*>& exercises, const QString& text) const;

    /// Words a share of the exercises this large or larger have in their
    /// steps and cues count as boilerplate there.
    static constexpr double boilerplateShare = 0.3;

private:
    struct Words
    {
        QStringList name;
        QStringList purpose; ///< What hurts, regions, summary.
        QStringList body;    ///< Steps and cues, boilerplate left out.
    };
    const Words* wordsOf(const Exercise& exercise) const;

    QHash<QString, Words> m_words;
};

} // namespace carrywell::core
