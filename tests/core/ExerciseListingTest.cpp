#include "core/content/ExerciseListing.h"

#include "ContentFixtures.h"
#include "core/content/ContentLoader.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

ContentLibrary minimal()
{
    QTemporaryDir dir;
    QJsonObject library = minimalLibrary();
    QJsonArray exercises = library["exercises"].toArray();
    QJsonObject twoRegions = validExercise("two-regions");
    twoRegions["regions"] = QJsonArray{"neck", "core"};
    twoRegions["dosage"] =
        QJsonObject{{"sets", 2},
                    {"reps", 8},
                    {"tempo", QJsonObject{{"outSeconds", 5}, {"backSeconds", 5}}},
                    {"restSeconds", 45}};
    exercises.append(twoRegions);
    library["exercises"] = exercises;
    writeJson(dir.path(), "library.json", library);
    return ContentLoader::load(dir.path()).library;
}

} // namespace

TEST(ExerciseListing, SelectsByRegion)
{
    const ContentLibrary library = minimal();
    EXPECT_EQ(ExerciseListing::select(library, std::nullopt).size(), 8);
    const QList<const Exercise*> neck = ExerciseListing::select(library, Region::Neck);
    ASSERT_EQ(neck.size(), 2);
    EXPECT_EQ(neck[0]->id, QStringLiteral("for-neck"));
    EXPECT_EQ(neck[1]->id, QStringLiteral("two-regions"));
}

TEST(ExerciseListing, JsonCarriesTheFieldsScriptsRelyOn)
{
    const ContentLibrary library = minimal();
    const QJsonObject json = ExerciseListing::toJson(*library.exercise("two-regions"), library);
    EXPECT_EQ(json["id"].toString(), QStringLiteral("two-regions"));
    EXPECT_EQ(json["name"].toString(), QStringLiteral("Test exercise"));
    EXPECT_EQ(json["regions"].toArray(), (QJsonArray{"neck", "core"}));
    EXPECT_EQ(json["category"].toString(), QStringLiteral("mobility"));
    EXPECT_EQ(json["equipment"].toArray(), QJsonArray{"mat"});
    const QJsonObject dosage = json["dosage"].toObject();
    EXPECT_EQ(dosage["sets"].toInt(), 2);
    EXPECT_EQ(dosage["reps"].toInt(), 8);
    EXPECT_EQ(dosage["tempo"].toObject()["outSeconds"].toInt(), 5);
    EXPECT_EQ(dosage["tempo"].toObject()["backSeconds"].toInt(), 5);
    EXPECT_EQ(dosage["perSide"].toBool(), false);
    EXPECT_EQ(dosage["estimatedSeconds"].toInt(), 2 * 8 * 10 + 45);
    const QJsonObject source = json["source"].toObject();
    EXPECT_EQ(source["id"].toString(), QStringLiteral("test-source"));
    EXPECT_EQ(source["title"].toString(), QStringLiteral("Test source"));
}

TEST(ExerciseListing, TextGroupsByRegionAndShowsIdsAndDosage)
{
    const ContentLibrary library = minimal();
    const QString text = ExerciseListing::toText(library, Region::Neck);
    EXPECT_TRUE(text.startsWith("Region neck (neck)\n")) << text.toStdString();
    EXPECT_TRUE(text.contains("[two-regions]"));
    EXPECT_TRUE(text.contains("2 sets × 8 reps · 5 s out, 5 s back · rest 45 s"));
    // Only the neck was asked for, so the core group is left out.
    EXPECT_FALSE(text.contains("(core)"));
}
