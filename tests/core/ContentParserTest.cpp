#include "core/content/ContentParser.h"

#include "ContentFixtures.h"

#include <QJsonDocument>
#include <functional>
#include <gtest/gtest.h>

using namespace carrywell::core;
using carrywell::test::validExercise;

namespace {

QList<ContentError> parseErrors(const QByteArray& json, ContentFragment* fragment = nullptr)
{
    QList<ContentError> errors;
    ContentFragment parsed =
        ContentParser::parse(json, QStringLiteral("extra.json"), false, errors);
    if (fragment)
        *fragment = std::move(parsed);
    return errors;
}

QByteArray fileWithExercise(const QJsonObject& exercise)
{
    return QJsonDocument(QJsonObject{{"exercises", QJsonArray{exercise}}}).toJson();
}

struct BrokenExercise
{
    const char* name;
    std::function<void(QJsonObject&)> breakIt;
    const char* path;
    const char* reason;
};

void PrintTo(const BrokenExercise& c, std::ostream* os)
{
    *os << c.name;
}

class BrokenExerciseTest : public ::testing::TestWithParam<BrokenExercise>
{
};

template <typename T>
void setIn(QJsonObject& object, const QString& key, const QString& field, const T& value)
{
    QJsonObject inner = object[key].toObject();
    inner[field] = value;
    object[key] = inner;
}

} // namespace

TEST(ContentParser, AValidExerciseParsesWithEveryField)
{
    QJsonObject exercise = validExercise();
    setIn(exercise, "dosage", "tempo", QJsonObject{{"outSeconds", 5}, {"backSeconds", 4}});
    exercise["easier"] = QJsonArray{QJsonObject{{"text", "Smaller range."}}};
    ContentFragment fragment;
    const QList<ContentError> errors = parseErrors(fileWithExercise(exercise), &fragment);
    ASSERT_TRUE(errors.isEmpty()) << errors.first().toString().toStdString();
    ASSERT_EQ(fragment.exercises.size(), 1u);
    const Exercise& e = fragment.exercises.front();
    EXPECT_EQ(e.id, QStringLiteral("test-exercise"));
    EXPECT_EQ(e.regions, QList<Region>{Region::LowerBack});
    EXPECT_EQ(e.category, Category::Mobility);
    EXPECT_EQ(e.equipment, QList<Equipment>{Equipment::Mat});
    EXPECT_EQ(e.position, Position::LyingBack);
    EXPECT_EQ(e.phase.earliestWeek, 1);
    EXPECT_EQ(e.phase.caesareanEarliestWeek, 4);
    EXPECT_EQ(e.steps.size(), 2);
    EXPECT_EQ(e.dosage.sets, 2);
    EXPECT_EQ(e.dosage.reps, 8);
    EXPECT_EQ(e.dosage.tempoOutSeconds, 5);
    EXPECT_EQ(e.dosage.tempoBackSeconds, 4);
    EXPECT_EQ(e.easier.size(), 1);
    EXPECT_EQ(e.origin.jsonPath, QStringLiteral("exercises[0]"));
    EXPECT_FALSE(e.origin.builtIn);
}

TEST(ContentParser, MalformedJsonNamesTheFileLineAndColumn)
{
    const QList<ContentError> errors = parseErrors("{\n  \"exercises\": [\n    {\"id\": }\n]}");
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].file, QStringLiteral("extra.json"));
    EXPECT_TRUE(errors[0].jsonPath.isEmpty());
    EXPECT_TRUE(errors[0].reason.startsWith(QStringLiteral("is not valid JSON")));
    EXPECT_TRUE(errors[0].reason.contains(QStringLiteral("line 3")))
        << errors[0].reason.toStdString();
}

TEST(ContentParser, ATopLevelListIsRejected)
{
    const QList<ContentError> errors = parseErrors("[1, 2]");
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].reason.contains(QStringLiteral("one JSON object")));
}

TEST(ContentParser, UnknownSectionsAreReported)
{
    const QList<ContentError> errors = parseErrors(R"({"excercises": []})");
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].jsonPath, QStringLiteral("excercises"));
    EXPECT_EQ(errors[0].reason, QStringLiteral("unknown field (check the spelling)"));
}

TEST(ContentParser, DuplicateIdsInOneFileAreReportedWithBothPlaces)
{
    const QByteArray json =
        QJsonDocument(
            QJsonObject{{"exercises", QJsonArray{validExercise("same"), validExercise("same")}}})
            .toJson();
    ContentFragment fragment;
    const QList<ContentError> errors = parseErrors(json, &fragment);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].jsonPath, QStringLiteral("exercises[1].id"));
    EXPECT_EQ(errors[0].reason,
              QStringLiteral("duplicate id “same” (already defined at exercises[0])"));
    EXPECT_EQ(fragment.exercises.size(), 1u);
}

TEST(ContentParser, ErrorsAreAllCollectedNotJustTheFirst)
{
    QJsonObject exercise = validExercise();
    exercise.remove("name");
    exercise["category"] = "yoga";
    setIn(exercise, "dosage", "sets", 0);
    const QList<ContentError> errors = parseErrors(fileWithExercise(exercise));
    EXPECT_EQ(errors.size(), 3);
}

TEST(ContentParser, ErrorMessagesReadAsOneLine)
{
    const ContentError error{QStringLiteral("extra.json"),
                             QStringLiteral("exercises[2].dosage.sets"),
                             QStringLiteral("must be a whole number from 1 to 10 (found 0)")};
    EXPECT_EQ(error.toString(), QStringLiteral("extra.json: exercises[2].dosage.sets: must be a "
                                               "whole number from 1 to 10 (found 0)"));
}

TEST_P(BrokenExerciseTest, GivesItsPathAndReason)
{
    const BrokenExercise& c = GetParam();
    QJsonObject exercise = validExercise();
    c.breakIt(exercise);
    const QList<ContentError> errors = parseErrors(fileWithExercise(exercise));
    ASSERT_EQ(errors.size(), 1) << "errors: " << errors.size();
    EXPECT_EQ(errors[0].file, QStringLiteral("extra.json"));
    EXPECT_EQ(errors[0].jsonPath, QString::fromUtf8(c.path));
    EXPECT_TRUE(errors[0].reason.contains(QString::fromUtf8(c.reason)))
        << errors[0].reason.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    ContentParser, BrokenExerciseTest,
    ::testing::Values(
        // The clinical fields every card carries, in built-in content and packs alike.
        BrokenExercise{"missingDiastasis", [](QJsonObject& e) { e.remove("diastasis"); },
                       "exercises[0].diastasis", "required field is missing"},
        BrokenExercise{"unknownDiastasisRule",
                       [](QJsonObject& e) { setIn(e, "diastasis", "rule", "maybe"); },
                       "exercises[0].diastasis.rule", "“maybe” is not a rule"},
        BrokenExercise{"modifyWithoutHow",
                       [](QJsonObject& e) {
                           e["diastasis"] = QJsonObject{{"rule", "modify"}};
                       },
                       "exercises[0].diastasis.note", "required field is missing"},
        BrokenExercise{"avoidWithoutWhy",
                       [](QJsonObject& e) {
                           e["diastasis"] = QJsonObject{{"rule", "avoid"}};
                       },
                       "exercises[0].diastasis.note", "required field is missing"},
        BrokenExercise{"missingPelvicGirdlePain",
                       [](QJsonObject& e) { e.remove("pelvicGirdlePain"); },
                       "exercises[0].pelvicGirdlePain", "required field is missing"},
        BrokenExercise{"unknownPelvicGirdlePainRule",
                       [](QJsonObject& e) { setIn(e, "pelvicGirdlePain", "rule", "sometimes"); },
                       "exercises[0].pelvicGirdlePain.rule", "“sometimes” is not a rule"},
        BrokenExercise{"pelvicGirdlePainAvoidWithoutWhy",
                       [](QJsonObject& e) {
                           e["pelvicGirdlePain"] = QJsonObject{{"rule", "avoid"}};
                       },
                       "exercises[0].pelvicGirdlePain.note", "required field is missing"},
        BrokenExercise{"missingFeel", [](QJsonObject& e) { e.remove("feel"); }, "exercises[0].feel",
                       "required field is missing"},
        BrokenExercise{"missingFrequency", [](QJsonObject& e) { e.remove("frequency"); },
                       "exercises[0].frequency", "required field is missing"},
        BrokenExercise{"missingProgressWhen", [](QJsonObject& e) { e.remove("progressWhen"); },
                       "exercises[0].progressWhen", "required field is missing"},
        BrokenExercise{"noCommonMistakes",
                       [](QJsonObject& e) { e["commonMistakes"] = QJsonArray{}; },
                       "exercises[0].commonMistakes", "at least 1"},
        BrokenExercise{"missingName", [](QJsonObject& e) { e.remove("name"); }, "exercises[0].name",
                       "required field is missing"},
        BrokenExercise{"missingSteps", [](QJsonObject& e) { e.remove("steps"); },
                       "exercises[0].steps", "required field is missing"},
        BrokenExercise{"missingDosage", [](QJsonObject& e) { e.remove("dosage"); },
                       "exercises[0].dosage", "required field is missing"},
        BrokenExercise{"missingSets",
                       [](QJsonObject& e) {
                           QJsonObject d = e["dosage"].toObject();
                           d.remove("sets");
                           e["dosage"] = d;
                       },
                       "exercises[0].dosage.sets", "required field is missing"},
        BrokenExercise{"nameIsNumber", [](QJsonObject& e) { e["name"] = 7; }, "exercises[0].name",
                       "must be text (found a number)"},
        BrokenExercise{"emptySummary", [](QJsonObject& e) { e["summary"] = "  "; },
                       "exercises[0].summary", "must not be empty"},
        BrokenExercise{"longName", [](QJsonObject& e) { e["name"] = QString(61, 'x'); },
                       "exercises[0].name", "is 61 characters long; at most 60"},
        BrokenExercise{"badIdSyntax", [](QJsonObject& e) { e["id"] = "Banded As"; },
                       "exercises[0].id", "is not a valid id"},
        BrokenExercise{
            "unknownRegion", [](QJsonObject& e) { e["regions"] = QJsonArray{"lower back"}; },
            "exercises[0].regions[0]", "“lower back” is not a known region id; use one of: neck,"},
        BrokenExercise{"noRegions", [](QJsonObject& e) { e["regions"] = QJsonArray{}; },
                       "exercises[0].regions", "needs at least 1 entry"},
        BrokenExercise{"regionTwice",
                       [](QJsonObject& e) {
                           e["regions"] = QJsonArray{"core", "core"};
                       },
                       "exercises[0].regions[1]", "listed twice"},
        BrokenExercise{"unknownCategory", [](QJsonObject& e) { e["category"] = "yoga"; },
                       "exercises[0].category", "“yoga” is not a known category"},
        BrokenExercise{"unknownEquipment",
                       [](QJsonObject& e) { e["equipment"] = QJsonArray{"kettlebell"}; },
                       "exercises[0].equipment[0]", "not a known equipment id"},
        BrokenExercise{"unknownPosition", [](QJsonObject& e) { e["position"] = "upside-down"; },
                       "exercises[0].position", "not a known position"},
        BrokenExercise{"oneStep", [](QJsonObject& e) { e["steps"] = QJsonArray{"Only one."}; },
                       "exercises[0].steps", "needs at least 2 entries (found 1)"},
        BrokenExercise{"stepIsObject",
                       [](QJsonObject& e) {
                           e["steps"] = QJsonArray{"One.", QJsonObject{}};
                       },
                       "exercises[0].steps[1]", "must be text (found an object)"},
        BrokenExercise{"noCautions", [](QJsonObject& e) { e["cautions"] = QJsonArray{}; },
                       "exercises[0].cautions", "needs at least 1 entries"},
        BrokenExercise{"setsZero", [](QJsonObject& e) { setIn(e, "dosage", "sets", 0); },
                       "exercises[0].dosage.sets", "must be a whole number from 1 to 10 (found 0)"},
        BrokenExercise{"repsFraction", [](QJsonObject& e) { setIn(e, "dosage", "reps", 2.5); },
                       "exercises[0].dosage.reps",
                       "must be a whole number from 0 to 50 (found 2.5)"},
        BrokenExercise{"holdTooLong",
                       [](QJsonObject& e) { setIn(e, "dosage", "holdSeconds", 301); },
                       "exercises[0].dosage.holdSeconds", "from 0 to 300 (found 301)"},
        BrokenExercise{"holdRangeBackwards",
                       [](QJsonObject& e) {
                           setIn(e, "dosage", "holdSeconds", 30);
                           setIn(e, "dosage", "holdSecondsMax", 20);
                       },
                       "exercises[0].dosage.holdSecondsMax", "must not be below holdSeconds (30)"},
        BrokenExercise{"tempoMissingBack",
                       [](QJsonObject& e) {
                           setIn(e, "dosage", "tempo", QJsonObject{{"outSeconds", 5}});
                       },
                       "exercises[0].dosage.tempo.backSeconds", "required field is missing"},
        BrokenExercise{
            "tempoTooSlow",
            [](QJsonObject& e) {
                setIn(e, "dosage", "tempo", QJsonObject{{"outSeconds", 21}, {"backSeconds", 5}});
            },
            "exercises[0].dosage.tempo.outSeconds", "from 0 to 20 (found 21)"},
        BrokenExercise{"perSideText", [](QJsonObject& e) { setIn(e, "dosage", "perSide", "yes"); },
                       "exercises[0].dosage.perSide", "must be true or false (found text)"},
        BrokenExercise{"nothingToDo",
                       [](QJsonObject& e) {
                           e["dosage"] = QJsonObject{{"sets", 1}};
                       },
                       "exercises[0].dosage", "says nothing to do"},
        BrokenExercise{"weekTooLate", [](QJsonObject& e) { setIn(e, "phase", "earliestWeek", 53); },
                       "exercises[0].phase.earliestWeek", "from 0 to 52 (found 53)"},
        BrokenExercise{"caesareanBeforeVaginal",
                       [](QJsonObject& e) { setIn(e, "phase", "caesareanEarliestWeek", 0); },
                       "exercises[0].phase.caesareanEarliestWeek",
                       "must not be earlier than earliestWeek (1)"},
        BrokenExercise{"unknownField", [](QJsonObject& e) { e["colour"] = "blue"; },
                       "exercises[0].colour", "unknown field"},
        BrokenExercise{"unknownDosageField",
                       [](QJsonObject& e) { setIn(e, "dosage", "repetitions", 3); },
                       "exercises[0].dosage.repetitions", "unknown field"},
        BrokenExercise{"sourceWithoutId",
                       [](QJsonObject& e) {
                           e["source"] = QJsonObject{{"note", "x"}};
                       },
                       "exercises[0].source.id", "required field is missing"},
        BrokenExercise{"variationNotObject",
                       [](QJsonObject& e) { e["harder"] = QJsonArray{"Go faster."}; },
                       "exercises[0].harder[0]", "must be an object"},
        BrokenExercise{"alternativeWithoutLabel",
                       [](QJsonObject& e) {
                           setIn(e, "dosage", "alternatives",
                                 QJsonArray{QJsonObject{{"sets", 1}, {"holdSeconds", 20}}});
                       },
                       "exercises[0].dosage.alternatives[0].label", "required field is missing"}),
    [](const ::testing::TestParamInfo<BrokenExercise>& info) {
        return std::string(info.param.name);
    });

TEST(ContentParser, SymptomsCausesSourcesAndRegionsAreCheckedToo)
{
    const QByteArray json = R"({
        "regions": [{"id": "lumbar", "name": "Low", "view": "back", "description": "x"}],
        "sources": [{"id": "s", "title": "t", "author": "a", "kind": "blog", "note": "n"}],
        "causes": [{"id": "c", "title": "t", "summary": "s", "body": [], "sources": ["s"]}],
        "symptoms": [{"id": "x", "name": "n", "description": "d", "regions": ["neck"],
                      "causes": ["c"], "helpfulCategories": ["dancing"], "seeClinician": ["y"]}]
    })";
    const QList<ContentError> errors = parseErrors(json);
    QStringList paths;
    for (const ContentError& error : errors)
        paths.append(error.jsonPath);
    // A symptom names what it rests on.
    EXPECT_EQ(paths, (QStringList{"regions[0].id", "sources[0].kind", "causes[0].body",
                                  "symptoms[0].helpfulCategories[0]", "symptoms[0].sources"}));
}
