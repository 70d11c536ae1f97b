#include "ContentFixtures.h"
#include "core/content/ContentLoader.h"
#include "core/content/ContentParser.h"
#include "core/content/DosageJson.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

QJsonObject validRoutine(const QString& id = "test-routine")
{
    return QJsonObject{
        {"id", id},
        {"name", "Test routine"},
        {"summary", "A short routine."},
        {"items",
         QJsonArray{QJsonObject{{"exercise", "for-neck"}},
                    QJsonObject{{"exercise", "for-core"},
                                {"dosage", QJsonObject{{"sets", 1},
                                                       {"reps", 5},
                                                       {"tempo", QJsonObject{{"outSeconds", 3},
                                                                             {"backSeconds", 4}}},
                                                       {"perSide", true}}}}}},
        {"source", QJsonObject{{"id", "test-source"}, {"note", "Made for tests."}}},
    };
}

QList<ContentError> parse(const QJsonObject& root, ContentFragment* fragment = nullptr)
{
    QList<ContentError> errors;
    ContentFragment parsed =
        ContentParser::parse(QJsonDocument(root).toJson(), "extra.json", false, errors);
    if (fragment)
        *fragment = std::move(parsed);
    return errors;
}

QJsonObject fileWith(const QJsonObject& routine)
{
    return QJsonObject{{"routines", QJsonArray{routine}}};
}

struct BrokenRoutine
{
    const char* name;
    std::function<void(QJsonObject&)> breakIt;
    const char* path;
    const char* reason;
};

void PrintTo(const BrokenRoutine& c, std::ostream* os)
{
    *os << c.name;
}

class BrokenRoutineTest : public ::testing::TestWithParam<BrokenRoutine>
{
};

void setItem(QJsonObject& routine, int index, const QJsonValue& value)
{
    QJsonArray items = routine["items"].toArray();
    items[index] = value;
    routine["items"] = items;
}

void setOverride(QJsonObject& routine, const QString& field, const QJsonValue& value)
{
    QJsonArray items = routine["items"].toArray();
    QJsonObject item = items[1].toObject();
    QJsonObject dosage = item["dosage"].toObject();
    dosage[field] = value;
    item["dosage"] = dosage;
    items[1] = item;
    routine["items"] = items;
}

class RoutineLoaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_builtIn.isValid());
        ASSERT_TRUE(m_user.isValid());
        QJsonObject library = minimalLibrary();
        library["routines"] = QJsonArray{validRoutine("built-in-routine")};
        writeJson(m_builtIn.path(), "library.json", library);
    }

    ContentLoadReport load() const { return ContentLoader::load(m_builtIn.path(), m_user.path()); }
    QString userFile(const QString& name) const
    {
        return QDir(m_user.path()).absoluteFilePath(name);
    }

    static QStringList messages(const ContentLoadReport& report)
    {
        QStringList lines;
        for (const ContentError& error : report.errors)
            lines.append(error.toString());
        return lines;
    }

    QTemporaryDir m_builtIn;
    QTemporaryDir m_user;
};

} // namespace

TEST(RoutineParser, AValidRoutineParsesWithItsItemsAndOverrides)
{
    ContentFragment fragment;
    const QList<ContentError> errors = parse(fileWith(validRoutine()), &fragment);
    ASSERT_TRUE(errors.isEmpty()) << errors.first().toString().toStdString();
    ASSERT_EQ(fragment.routines.size(), 1u);
    const Routine& r = fragment.routines.front();
    EXPECT_EQ(r.id, QStringLiteral("test-routine"));
    EXPECT_EQ(r.name, QStringLiteral("Test routine"));
    EXPECT_EQ(r.summary, QStringLiteral("A short routine."));
    ASSERT_EQ(r.items.size(), 2);
    EXPECT_EQ(r.items[0].exerciseId, QStringLiteral("for-neck"));
    EXPECT_FALSE(r.items[0].dosage.has_value());
    ASSERT_TRUE(r.items[1].dosage.has_value());
    EXPECT_EQ(r.items[1].dosage->sets, 1);
    EXPECT_EQ(r.items[1].dosage->reps, 5);
    EXPECT_EQ(r.items[1].dosage->tempoOutSeconds, 3);
    EXPECT_EQ(r.items[1].dosage->tempoBackSeconds, 4);
    EXPECT_TRUE(r.items[1].dosage->perSide);
    EXPECT_EQ(r.source.id, QStringLiteral("test-source"));
    EXPECT_EQ(r.source.note, QStringLiteral("Made for tests."));
    EXPECT_EQ(r.origin.jsonPath, QStringLiteral("routines[0]"));
    EXPECT_FALSE(r.origin.builtIn);

    Exercise exercise;
    exercise.dosage.sets = 3;
    EXPECT_EQ(r.items[0].dosageFor(exercise).sets, 3);
    EXPECT_EQ(r.items[1].dosageFor(exercise).sets, 1);
}

TEST(RoutineParser, DuplicateRoutineIdsInOneFileAreReported)
{
    ContentFragment fragment;
    const QList<ContentError> errors =
        parse(QJsonObject{{"routines", QJsonArray{validRoutine("same"), validRoutine("same")}}},
              &fragment);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].jsonPath, QStringLiteral("routines[1].id"));
    EXPECT_EQ(errors[0].reason,
              QStringLiteral("duplicate id “same” (already defined at routines[0])"));
    EXPECT_EQ(fragment.routines.size(), 1u);
}

TEST(RoutineParser, AnOverrideReadsBackWhatDosageToJsonWrites)
{
    Dosage dosage;
    dosage.sets = 2;
    dosage.reps = 6;
    dosage.holdSeconds = 2;
    dosage.holdSecondsMax = 3;
    dosage.tempoOutSeconds = 4;
    dosage.tempoBackSeconds = 5;
    dosage.perSide = true;
    dosage.restSeconds = 30;
    dosage.note = "Slowly.";
    QList<ContentError> errors;
    JsonFieldReader reader(dosageToJson(dosage), "dosage", "x.json", errors);
    const Dosage read = readDosage(reader, DosageUse::Override);
    reader.finish();
    ASSERT_TRUE(errors.isEmpty()) << errors.first().toString().toStdString();
    EXPECT_EQ(read.describe(), dosage.describe());
    EXPECT_EQ(read.note, dosage.note);
    EXPECT_EQ(read.holdSecondsMax, 3);
}

TEST_P(BrokenRoutineTest, GivesItsPathAndReason)
{
    const BrokenRoutine& c = GetParam();
    QJsonObject routine = validRoutine();
    c.breakIt(routine);
    const QList<ContentError> errors = parse(fileWith(routine));
    ASSERT_EQ(errors.size(), 1) << (errors.isEmpty() ? std::string("no errors")
                                                     : errors.first().toString().toStdString());
    EXPECT_EQ(errors[0].file, QStringLiteral("extra.json"));
    EXPECT_EQ(errors[0].jsonPath, QString::fromUtf8(c.path));
    EXPECT_TRUE(errors[0].reason.contains(QString::fromUtf8(c.reason)))
        << errors[0].reason.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    RoutineParser, BrokenRoutineTest,
    ::testing::Values(
        BrokenRoutine{"missingName", [](QJsonObject& r) { r.remove("name"); }, "routines[0].name",
                      "required field is missing"},
        BrokenRoutine{"longName", [](QJsonObject& r) { r["name"] = QString(61, 'x'); },
                      "routines[0].name", "is 61 characters long; at most 60"},
        BrokenRoutine{"emptySummary", [](QJsonObject& r) { r["summary"] = ""; },
                      "routines[0].summary", "must not be empty"},
        BrokenRoutine{"badId", [](QJsonObject& r) { r["id"] = "Evening Routine"; },
                      "routines[0].id", "is not a valid id"},
        BrokenRoutine{"missingItems", [](QJsonObject& r) { r.remove("items"); },
                      "routines[0].items", "required field is missing"},
        BrokenRoutine{"itemsNotAList", [](QJsonObject& r) { r["items"] = "banded-as"; },
                      "routines[0].items", "must be a list (found text)"},
        BrokenRoutine{"noItems", [](QJsonObject& r) { r["items"] = QJsonArray(); },
                      "routines[0].items", "needs 1 to 20 exercises (found 0)"},
        BrokenRoutine{"tooManyItems",
                      [](QJsonObject& r) {
                          QJsonArray items;
                          for (int i = 0; i < 21; ++i)
                              items.append(QJsonObject{{"exercise", "for-core"}});
                          r["items"] = items;
                      },
                      "routines[0].items", "needs 1 to 20 exercises (found 21)"},
        BrokenRoutine{"itemIsText", [](QJsonObject& r) { setItem(r, 0, "for-neck"); },
                      "routines[0].items[0]", "must be an object with “exercise” (found text)"},
        BrokenRoutine{"itemWithoutExercise", [](QJsonObject& r) { setItem(r, 0, QJsonObject{}); },
                      "routines[0].items[0].exercise", "required field is missing"},
        BrokenRoutine{"itemExerciseBadId",
                      [](QJsonObject& r) {
                          setItem(r, 0, QJsonObject{{"exercise", "For Neck"}});
                      },
                      "routines[0].items[0].exercise", "is not a valid id"},
        BrokenRoutine{"itemUnknownField",
                      [](QJsonObject& r) {
                          setItem(r, 0, QJsonObject{{"exercise", "for-neck"}, {"reps", 5}});
                      },
                      "routines[0].items[0].reps", "unknown field"},
        BrokenRoutine{"overrideNotObject",
                      [](QJsonObject& r) {
                          setItem(r, 1, QJsonObject{{"exercise", "for-core"}, {"dosage", 3}});
                      },
                      "routines[0].items[1].dosage", "must be an object (found a number)"},
        BrokenRoutine{"overrideSetsZero", [](QJsonObject& r) { setOverride(r, "sets", 0); },
                      "routines[0].items[1].dosage.sets",
                      "must be a whole number from 1 to 10 (found 0)"},
        BrokenRoutine{
            "overrideTempoTooSlow",
            [](QJsonObject& r) {
                setOverride(r, "tempo", QJsonObject{{"outSeconds", 30}, {"backSeconds", 4}});
            },
            "routines[0].items[1].dosage.tempo.outSeconds", "from 0 to 20 (found 30)"},
        BrokenRoutine{"overrideNothingToDo",
                      [](QJsonObject& r) {
                          setItem(r, 1,
                                  QJsonObject{{"exercise", "for-core"},
                                              {"dosage", QJsonObject{{"sets", 2}}}});
                      },
                      "routines[0].items[1].dosage", "says nothing to do"},
        BrokenRoutine{"overrideWithAlternatives",
                      [](QJsonObject& r) { setOverride(r, "alternatives", QJsonArray{}); },
                      "routines[0].items[1].dosage.alternatives", "unknown field"},
        BrokenRoutine{"missingSource", [](QJsonObject& r) { r.remove("source"); },
                      "routines[0].source", "required field is missing"},
        BrokenRoutine{"sourceWithoutNote",
                      [](QJsonObject& r) {
                          r["source"] = QJsonObject{{"id", "test-source"}};
                      },
                      "routines[0].source.note", "required field is missing"},
        BrokenRoutine{"unknownField", [](QJsonObject& r) { r["minutes"] = 10; },
                      "routines[0].minutes", "unknown field"}),
    [](const ::testing::TestParamInfo<BrokenRoutine>& info) {
        return std::string(info.param.name);
    });

TEST_F(RoutineLoaderTest, BuiltInRoutinesLoadAndResolve)
{
    const ContentLoadReport report = ContentLoader::load(m_builtIn.path());
    EXPECT_TRUE(report.errors.isEmpty()) << messages(report).join('\n').toStdString();
    ASSERT_EQ(report.library.routines().size(), 1u);
    const Routine* routine = report.library.routine("built-in-routine");
    ASSERT_NE(routine, nullptr);
    EXPECT_TRUE(routine->origin.builtIn);
    EXPECT_EQ(report.library.routine("no-such-routine"), nullptr);
}

TEST_F(RoutineLoaderTest, UnknownExercisesAndSourcesAreReportedAndTheFileSkipped)
{
    QJsonObject routine = validRoutine("my-routine");
    setItem(routine, 1, QJsonObject{{"exercise", "no-such-exercise"}});
    routine["source"] = QJsonObject{{"id", "mystery"}, {"note", "?"}};
    writeJson(m_user.path(), "mine.json", fileWith(routine));

    const ContentLoadReport report = load();
    const QString f = userFile("mine.json");
    EXPECT_EQ(messages(report),
              (QStringList{f + ": routines[0].items[1].exercise: refers to unknown exercise "
                               "“no-such-exercise”",
                           f + ": routines[0].source.id: refers to unknown source “mystery”"}));
    EXPECT_EQ(report.skippedFiles, QStringList{f});
    EXPECT_EQ(report.library.routine("my-routine"), nullptr);
}

TEST_F(RoutineLoaderTest, AUserRoutineMayUseExercisesFromItsOwnFileAndReplaceABuiltInOne)
{
    QJsonObject routine = validRoutine("built-in-routine");
    routine["name"] = "My physio's routine";
    setItem(routine, 0, QJsonObject{{"exercise", "physio-drill"}});
    writeJson(m_user.path(), "physio.json",
              QJsonObject{{"exercises", QJsonArray{validExercise("physio-drill")}},
                          {"routines", QJsonArray{routine}}});

    const ContentLoadReport report = load();
    EXPECT_TRUE(report.errors.isEmpty()) << messages(report).join('\n').toStdString();
    ASSERT_EQ(report.library.routines().size(), 1u);
    const Routine* replaced = report.library.routine("built-in-routine");
    ASSERT_NE(replaced, nullptr);
    EXPECT_EQ(replaced->name, QStringLiteral("My physio's routine"));
    EXPECT_FALSE(replaced->origin.builtIn);
    EXPECT_EQ(replaced->items[0].exerciseId, QStringLiteral("physio-drill"));
}

TEST_F(RoutineLoaderTest, TwoUserFilesDefiningTheSameRoutineKeepTheFirst)
{
    QJsonObject first = validRoutine("twin");
    first["name"] = "First twin";
    QJsonObject second = validRoutine("twin");
    second["name"] = "Second twin";
    writeJson(m_user.path(), "1.json", fileWith(first));
    writeJson(m_user.path(), "2.json", fileWith(second));

    const ContentLoadReport report = load();
    EXPECT_EQ(messages(report),
              QStringList{userFile("2.json") + ": routines[0].id: routine “twin” is already "
                                               "defined by another file in the content folder"});
    EXPECT_EQ(report.library.routine("twin")->name, QStringLiteral("First twin"));
}

TEST_F(RoutineLoaderTest, DuplicateRoutinesAcrossBuiltInFilesAreErrors)
{
    writeJson(m_builtIn.path(), "more.json", fileWith(validRoutine("built-in-routine")));
    const ContentLoadReport report = ContentLoader::load(m_builtIn.path());
    EXPECT_EQ(messages(report),
              QStringList{"more.json: routines[0].id: duplicate routine id (already defined at "
                          "routines[0] in library.json)"});
}

TEST_F(RoutineLoaderTest, ABuiltInRoutineWithAnUnknownExerciseIsReported)
{
    QJsonObject library = minimalLibrary();
    QJsonObject routine = validRoutine("built-in-routine");
    setItem(routine, 0, QJsonObject{{"exercise", "gone"}});
    library["routines"] = QJsonArray{routine};
    writeJson(m_builtIn.path(), "library.json", library);
    const ContentLoadReport report = ContentLoader::load(m_builtIn.path());
    EXPECT_EQ(messages(report), QStringList{"library.json: routines[0].items[0].exercise: refers "
                                            "to unknown exercise “gone”"});
}
