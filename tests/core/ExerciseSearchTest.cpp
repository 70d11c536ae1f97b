#include "core/content/ExerciseSearch.h"

#include "core/content/ContentLoader.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace carrywell::core;

namespace {

const ContentLibrary& library()
{
    static const ContentLoadReport report = ContentLoader::load(ContentLoader::builtInDirectory());
    return report.library;
}

QList<const Exercise*> everything()
{
    QList<const Exercise*> all;
    for (const Exercise& e : library().exercises())
        all.append(&e);
    return all;
}

QStringList search(const QString& text)
{
    QStringList result;
    for (const Exercise* e : ExerciseSearch(library()).rank(everything(), text))
        result.append(e->id);
    return result;
}

bool nameHas(const QString& id, const QString& word)
{
    return library().exercise(id)->name.contains(word, Qt::CaseInsensitive);
}

} // namespace

TEST(ExerciseSearch, TheWordsANewParentTypesFirstNarrowTheLibrary)
{
    const int all = int(library().exercises().size());
    // The symptoms' descriptions all speak of babies and feeding, which once
    // made every exercise match.
    for (const QString& word :
         {QStringLiteral("baby"), QStringLiteral("feeding"), QStringLiteral("feed")}) {
        const QStringList found = search(word);
        ASSERT_FALSE(found.isEmpty()) << word.toStdString();
        EXPECT_LT(found.size(), all / 2) << word.toStdString() << " found " << found.size();
    }
}

TEST(ExerciseSearch, NamesRankFirst)
{
    QStringList found = search("baby");
    ASSERT_GE(found.size(), 2);
    EXPECT_TRUE(nameHas(found.first(), "baby"));
    // Every name match comes before every other match.
    bool pastNames = false;
    for (const QString& id : found) {
        if (!nameHas(id, "baby"))
            pastNames = true;
        else
            EXPECT_FALSE(pastNames) << id.toStdString() << " is named for the baby but ranked late";
    }
    EXPECT_EQ(search("feed").first(), "sit-tall-feeding");
    EXPECT_EQ(search("glute bridge").first(), "glute-bridge");
    EXPECT_EQ(search("Bridge").first(), "glute-bridge");
}

TEST(ExerciseSearch, WhatAnExerciseIsForComesNext)
{
    // "neck": the neck exercises by name, then those that work the neck region.
    const QStringList found = search("neck");
    ASSERT_FALSE(found.isEmpty());
    EXPECT_TRUE(nameHas(found.first(), "neck"));
    for (const Exercise& e : library().exercises()) {
        if (e.works(Region::Neck)) {
            EXPECT_TRUE(found.contains(e.id)) << e.id.toStdString() << " works the neck";
        }
    }
    // A symptom's name finds the exercises for it.
    for (const QString& id : search("pelvic girdle")) {
        const Exercise* e = library().exercise(id);
        const bool forIt = e->symptomIds.contains("pelvic-girdle-pain") ||
                           e->name.contains("pelvic", Qt::CaseInsensitive) ||
                           e->summary.contains("pelvic", Qt::CaseInsensitive);
        EXPECT_TRUE(forIt) << id.toStdString();
    }
}

TEST(ExerciseSearch, WordsMostStepsShareFindExercisesOnlyByNameOrPurpose)
{
    // The word the most exercises' steps and cues share.
    QHash<QString, int> share;
    for (const Exercise& e : library().exercises()) {
        const QStringList words = (e.steps + e.cues)
                                      .join(' ')
                                      .toLower()
                                      .split(QRegularExpression("[^a-z]+"), Qt::SkipEmptyParts);
        for (const QString& word : QSet<QString>(words.begin(), words.end()))
            ++share[word];
    }
    QString common;
    for (auto it = share.cbegin(); it != share.cend(); ++it) {
        if (it.key().size() > 3 && (common.isEmpty() || it.value() > share[common]))
            common = it.key();
    }
    ASSERT_GE(share[common], ExerciseSearch::boilerplateShare * library().exercises().size());
    const QStringList found = search(common);
    EXPECT_LT(found.size(), share[common]) << common.toStdString();
    for (const QString& id : found) {
        const Exercise* e = library().exercise(id);
        QStringList purpose{e->name, e->summary, displayName(e->category)};
        for (const QString& symptom : e->symptomIds)
            purpose << library().symptom(symptom)->name;
        for (const Region region : e->regions)
            purpose << library().region(region)->name;
        EXPECT_TRUE(purpose.join(' ').contains(common, Qt::CaseInsensitive))
            << common.toStdString() << " found " << id.toStdString() << " by its steps";
    }
}

TEST(ExerciseSearch, RareWordsInTheStepsStillFindTheirExercise)
{
    // Only the banded A's steps mention a banister; any case, any accent.
    EXPECT_EQ(search("BANISTER"), QStringList{"banded-as"});
    EXPECT_EQ(search("bánister"), QStringList{"banded-as"});
}

TEST(ExerciseSearch, EveryWordMustMatchSomewhere)
{
    EXPECT_TRUE(search("zebra trampoline").isEmpty());
    EXPECT_TRUE(search("bridge trampoline").isEmpty());
    EXPECT_EQ(search("   ").size(), library().exercises().size());
}
