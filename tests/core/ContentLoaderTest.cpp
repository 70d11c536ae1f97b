#include "core/content/ContentLoader.h"

#include "ContentFixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class ContentLoaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_builtIn.isValid());
        ASSERT_TRUE(m_user.isValid());
        writeJson(m_builtIn.path(), "library.json", minimalLibrary());
    }

    ContentLoadReport load() { return ContentLoader::load(m_builtIn.path(), m_user.path()); }

    static QStringList messages(const ContentLoadReport& report)
    {
        QStringList lines;
        for (const ContentError& error : report.errors)
            lines.append(error.toString());
        return lines;
    }

    QString userFile(const QString& name) const
    {
        return QDir(m_user.path()).absoluteFilePath(name);
    }

    QTemporaryDir m_builtIn;
    QTemporaryDir m_user;
};

} // namespace

TEST_F(ContentLoaderTest, TheMinimalLibraryLoadsCleanly)
{
    const ContentLoadReport report = ContentLoader::load(m_builtIn.path());
    EXPECT_TRUE(report.errors.isEmpty()) << messages(report).join('\n').toStdString();
    EXPECT_EQ(report.library.regions().size(), 7u);
    EXPECT_EQ(report.library.exercises().size(), 7u);
    EXPECT_TRUE(report.library.exercise("for-core")->origin.builtIn);
}

TEST_F(ContentLoaderTest, UserExercisesAreAddedAndReplaceBuiltInOnesWithTheSameId)
{
    QJsonObject replacement = validExercise("for-neck");
    replacement["name"] = "Neck drill from my physio";
    replacement["regions"] = QJsonArray{"neck"};
    writeJson(m_user.path(), "physio.json",
              QJsonObject{{"exercises", QJsonArray{validExercise("wall-sit"), replacement}}});

    const ContentLoadReport report = load();
    EXPECT_TRUE(report.errors.isEmpty()) << messages(report).join('\n').toStdString();
    EXPECT_EQ(report.library.exercises().size(), 8u);
    ASSERT_NE(report.library.exercise("wall-sit"), nullptr);
    EXPECT_FALSE(report.library.exercise("wall-sit")->origin.builtIn);
    EXPECT_EQ(report.library.exercise("for-neck")->name,
              QStringLiteral("Neck drill from my physio"));
    EXPECT_EQ(report.library.exercise("for-neck")->origin.file, userFile("physio.json"));
}

TEST_F(ContentLoaderTest, ABadUserFileIsReportedAndSkippedWholeWhileGoodOnesLoad)
{
    QJsonObject broken = validExercise("broken-one");
    broken["dosage"] = QJsonObject{{"sets", 99}, {"reps", 5}};
    writeJson(m_user.path(), "a-bad.json",
              QJsonObject{{"exercises", QJsonArray{validExercise("fine-in-bad-file"), broken}}});
    writeJson(m_user.path(), "b-good.json",
              QJsonObject{{"exercises", QJsonArray{validExercise("good-one")}}});

    const ContentLoadReport report = load();
    EXPECT_EQ(
        messages(report),
        QStringList{userFile("a-bad.json") +
                    ": exercises[1].dosage.sets: must be a whole number from 1 to 10 (found 99)"});
    EXPECT_EQ(report.skippedFiles, QStringList{userFile("a-bad.json")});
    EXPECT_EQ(report.library.exercise("fine-in-bad-file"), nullptr);
    EXPECT_EQ(report.library.exercise("broken-one"), nullptr);
    EXPECT_NE(report.library.exercise("good-one"), nullptr);
}

TEST_F(ContentLoaderTest, GarbageAndEmptyFilesAreSkippedNotFatal)
{
    writeText(m_user.path(), "garbage.json", "\x89PNG\r\n\x1a\n binary stuff");
    writeText(m_user.path(), "empty.json", "");
    writeJson(m_user.path(), "nested/good.json",
              QJsonObject{{"exercises", QJsonArray{validExercise("nested-one")}}});

    const ContentLoadReport report = load();
    EXPECT_EQ(report.skippedFiles.size(), 2);
    EXPECT_EQ(report.errors.size(), 2);
    for (const ContentError& error : report.errors)
        EXPECT_TRUE(error.reason.startsWith("is not valid JSON")) << error.toString().toStdString();
    EXPECT_NE(report.library.exercise("nested-one"), nullptr);
    EXPECT_EQ(report.library.exercises().size(), 8u);
}

TEST_F(ContentLoaderTest, UnknownReferencesInUserFilesAreReported)
{
    QJsonObject exercise = validExercise("refers-to-nothing");
    exercise["symptoms"] = QJsonArray{"low-back-pain", "back-ache"};
    exercise["source"] = QJsonObject{{"id", "mystery"}, {"note", "?"}};
    exercise["easier"] = QJsonArray{QJsonObject{{"text", "x"}, {"exercise", "refers-to-nothing"}}};
    exercise["harder"] = QJsonArray{QJsonObject{{"text", "y"}, {"exercise", "no-such-exercise"}}};
    writeJson(m_user.path(), "refs.json", QJsonObject{{"exercises", QJsonArray{exercise}}});

    const ContentLoadReport report = load();
    const QString f = userFile("refs.json");
    EXPECT_EQ(messages(report),
              (QStringList{f + ": exercises[0].symptoms[1]: refers to unknown symptom “back-ache”",
                           f + ": exercises[0].source.id: refers to unknown source “mystery”",
                           f + ": exercises[0].easier[0].exercise: names the exercise itself",
                           f + ": exercises[0].harder[0].exercise: refers to unknown exercise "
                               "“no-such-exercise”"}));
    EXPECT_EQ(report.library.exercise("refers-to-nothing"), nullptr);
}

TEST_F(ContentLoaderTest, AUserFileMayUseTheSymptomsItDefinesItself)
{
    QJsonObject exercise = validExercise("rib-drill");
    exercise["symptoms"] = QJsonArray{"rib-pain"};
    QJsonObject symptom{{"id", "rib-pain"},
                        {"name", "Rib pain"},
                        {"description", "Sore ribs."},
                        {"regions", QJsonArray{"upper-back"}},
                        {"causes", QJsonArray{"relaxin"}},
                        {"helpfulCategories", QJsonArray{"mobility"}},
                        {"seeClinician", QJsonArray{"Pain when breathing in."}},
                        {"sources", QJsonArray{"test-source"}}};
    writeJson(m_user.path(), "ribs.json",
              QJsonObject{{"symptoms", QJsonArray{symptom}}, {"exercises", QJsonArray{exercise}}});

    const ContentLoadReport report = load();
    EXPECT_TRUE(report.errors.isEmpty()) << messages(report).join('\n').toStdString();
    EXPECT_NE(report.library.symptom("rib-pain"), nullptr);
    EXPECT_NE(report.library.exercise("rib-drill"), nullptr);
}

TEST_F(ContentLoaderTest, TwoUserFilesDefiningTheSameIdKeepTheFirst)
{
    QJsonObject first = validExercise("twin");
    first["name"] = "First twin";
    QJsonObject second = validExercise("twin");
    second["name"] = "Second twin";
    writeJson(m_user.path(), "1.json", QJsonObject{{"exercises", QJsonArray{first}}});
    writeJson(m_user.path(), "2.json", QJsonObject{{"exercises", QJsonArray{second}}});

    const ContentLoadReport report = load();
    EXPECT_EQ(messages(report),
              QStringList{userFile("2.json") + ": exercises[0].id: exercise “twin” is already "
                                               "defined by another file in the content folder"});
    EXPECT_EQ(report.library.exercise("twin")->name, QStringLiteral("First twin"));
}

TEST_F(ContentLoaderTest, AMissingContentFolderIsReportedAndTheBuiltInLibraryStays)
{
    const QString missing = m_user.path() + "/does-not-exist";
    const ContentLoadReport report = ContentLoader::load(m_builtIn.path(), missing);
    ASSERT_EQ(report.errors.size(), 1);
    EXPECT_EQ(report.errors[0].file, missing);
    EXPECT_TRUE(report.errors[0].reason.contains("is not a folder"));
    EXPECT_EQ(report.library.exercises().size(), 7u);
}

TEST_F(ContentLoaderTest, DuplicatesAcrossBuiltInFilesAreErrors)
{
    writeJson(m_builtIn.path(), "more.json",
              QJsonObject{{"exercises", QJsonArray{validExercise("for-core")}}});
    const ContentLoadReport report = ContentLoader::load(m_builtIn.path());
    EXPECT_EQ(messages(report),
              QStringList{"more.json: exercises[0].id: duplicate exercise id (already defined at "
                          "exercises[5] in library.json)"});
}

TEST_F(ContentLoaderTest, ABuiltInLibraryMissingARegionIsIncomplete)
{
    QJsonObject library = minimalLibrary();
    QJsonArray regions = library["regions"].toArray();
    regions.removeAt(0); // neck
    library["regions"] = regions;
    writeJson(m_builtIn.path(), "library.json", library);

    const ContentLoadReport report = ContentLoader::load(m_builtIn.path());
    ASSERT_EQ(report.errors.size(), 1);
    EXPECT_EQ(report.errors[0].reason, QStringLiteral("region “neck” is not described"));
}
