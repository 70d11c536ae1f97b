// Runs the real carrywell program, as scripts and terminal users do.
#include "ContentFixtures.h"
#include "ProgramRun.h"
#include "TestPaths.h"
#include "core/content/ContentLoader.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

using test::ProgramRun;
using test::runCarrywell;

QJsonArray parseJsonArray(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

const core::ContentLibrary& shippedLibrary()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report.library;
}

} // namespace

TEST(CarrywellProgram, PrintsItsVersion)
{
    const ProgramRun run = runCarrywell({"--version"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QStringLiteral("carrywell 0.1.0\n"));
}

TEST(CarrywellProgram, PrintsHelp)
{
    const ProgramRun run = runCarrywell({"--help"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("--list-exercises"));
    EXPECT_TRUE(run.out.contains("--data-dir"));
}

TEST(CarrywellProgram, ListsTheWholeLibraryAsJson)
{
    const ProgramRun run = runCarrywell({"--list-exercises", "--format", "json"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QJsonArray list = parseJsonArray(run.out);
    ASSERT_EQ(list.size(), static_cast<qsizetype>(shippedLibrary().exercises().size()));
    for (const QJsonValue& value : list) {
        const QJsonObject exercise = value.toObject();
        for (const char* key :
             {"id", "name", "regions", "category", "equipment", "dosage", "source"})
            EXPECT_TRUE(exercise.contains(key)) << key;
        const core::Exercise* known = shippedLibrary().exercise(exercise["id"].toString());
        ASSERT_NE(known, nullptr);
        EXPECT_EQ(exercise["name"].toString(), known->name);
        // What a card needs to progress safely.
        EXPECT_EQ(exercise["feel"].toString(), known->feel);
        EXPECT_EQ(exercise["frequency"].toString(), known->frequency);
        EXPECT_EQ(exercise["progressWhen"].toString(), known->progressWhen);
        EXPECT_EQ(exercise["commonMistakes"].toArray().size(), known->commonMistakes.size());
        EXPECT_EQ(exercise["stopIf"].toArray().size(), known->stopIf.size());
        for (const auto& [key, advice] : {std::pair{"diastasis", known->diastasis},
                                          std::pair{"pelvicGirdlePain", known->pelvicGirdlePain}}) {
            const QJsonObject listed = exercise[key].toObject();
            const QString rule = listed["rule"].toString();
            EXPECT_TRUE(rule == "ok" || rule == "modify" || rule == "avoid")
                << key << rule.toStdString();
            EXPECT_EQ(rule == "ok", advice.rule == core::ConditionRule::Ok) << key;
            EXPECT_EQ(listed["note"].toString(), advice.note) << key;
            if (rule != "ok") {
                EXPECT_FALSE(listed["note"].toString().isEmpty()) << key;
            }
        }
        const QJsonObject stop = exercise["postnatalStopList"].toObject();
        EXPECT_EQ(stop["weeks"].toInt(), shippedLibrary().postnatalStopList().weeks);
        QStringList signs;
        for (const QJsonValue& sign : stop["signs"].toArray())
            signs.append(sign.toObject()["id"].toString());
        QStringList expected;
        for (const core::StopSign& sign : shippedLibrary().postnatalStopList().signs)
            expected.append(sign.id);
        EXPECT_EQ(signs, expected);
        for (const char* sign :
             {"heavy-bleeding", "calf-pain", "chest-pain", "pelvic-heaviness", "wound", "fever"})
            EXPECT_TRUE(signs.contains(sign)) << sign;
    }
}

TEST(CarrywellProgram, ListsTheRoutinesWithTheWeekEachSuitsFrom)
{
    const ProgramRun run = runCarrywell({"--list-routines", "--format", "json"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray list = parseJsonArray(run.out);
    ASSERT_EQ(list.size(), static_cast<qsizetype>(shippedLibrary().routines().size()));
    for (const QJsonValue& value : list) {
        const QJsonObject routine = value.toObject();
        const core::Routine* known = shippedLibrary().routine(routine["id"].toString());
        ASSERT_NE(known, nullptr);
        EXPECT_EQ(routine["name"].toString(), known->name);
        ASSERT_EQ(routine["exercises"].toArray().size(), known->items.size());
        int vaginal = 0;
        int caesarean = 0;
        for (qsizetype i = 0; i < known->items.size(); ++i) {
            EXPECT_EQ(routine["exercises"].toArray()[i].toString(), known->items[i].exerciseId);
            const core::Exercise* e = shippedLibrary().exercise(known->items[i].exerciseId);
            vaginal = std::max(vaginal, e->phase.earliestWeek);
            caesarean = std::max(caesarean, e->phase.caesareanEarliestWeek);
        }
        EXPECT_EQ(routine["earliestWeek"].toObject()["vaginal"].toInt(), vaginal);
        EXPECT_EQ(routine["earliestWeek"].toObject()["caesarean"].toInt(), caesarean);
        EXPECT_GT(routine["minutes"].toInt(), 0);
    }
    const ProgramRun text = runCarrywell({"--list-routines"});
    ASSERT_EQ(text.exitCode, 0);
    for (const core::Routine& routine : shippedLibrary().routines())
        EXPECT_TRUE(text.out.contains(routine.name)) << routine.id.toStdString();
    EXPECT_TRUE(text.out.contains("after a caesarean"));
}

TEST(CarrywellProgram, FiltersByRegion)
{
    const ProgramRun run =
        runCarrywell({"--list-exercises", "--region", "neck", "--format", "json"});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray list = parseJsonArray(run.out);
    const auto expected = shippedLibrary().exercisesFor(core::Region::Neck);
    ASSERT_EQ(list.size(), expected.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        EXPECT_EQ(list[i].toObject()["id"].toString(), expected[i]->id);
        EXPECT_TRUE(list[i].toObject()["regions"].toArray().contains("neck"));
    }
}

TEST(CarrywellProgram, ListsAsTextByDefault)
{
    const ProgramRun run = runCarrywell({"--list-exercises", "--region", "upper-back"});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("[banded-as]"));
    EXPECT_TRUE(run.out.contains("5 s out, 5 s back"));
}

TEST(CarrywellProgram, BadArgumentsFailWithAMessageAndNoOutput)
{
    for (const QStringList& args :
         {QStringList{"--list-exercises", "--region", "back"},
          QStringList{"--list-exercises", "--format", "yaml"}, QStringList{"--no-such-option"}}) {
        const ProgramRun run = runCarrywell(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains("carrywell --help")) << run.err.toStdString();
    }
}

TEST(CarrywellProgram, MergesAContentFolderAndReportsItsBadFiles)
{
    QTemporaryDir dir;
    test::writeJson(
        dir.path(), "from-physio.json",
        QJsonObject{
            {"exercises", QJsonArray{[] {
                 QJsonObject e = test::validExercise("physio-pelvic-rock");
                 e["source"] = QJsonObject{{"id", "nhs-back-pain"}, {"note", "From my physio."}};
                 e["causes"] = QJsonArray{"relaxin"};
                 return e;
             }()}}});
    test::writeText(dir.path(), "typo.json", R"({"exercises": [{"id": "half"}]})");

    const ProgramRun run =
        runCarrywell({"--list-exercises", "--format", "json", "--content-dir", dir.path()});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray list = parseJsonArray(run.out);
    EXPECT_EQ(list.size(), static_cast<qsizetype>(shippedLibrary().exercises().size()) + 1);
    bool found = false;
    for (const QJsonValue& value : list)
        found = found || value.toObject()["id"].toString() == "physio-pelvic-rock";
    EXPECT_TRUE(found);
    EXPECT_TRUE(run.err.contains("typo.json: exercises[0].name: required field is missing"))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("skipped"));
}

TEST(CarrywellProgram, RendersEveryExercisesIllustrationsAndAContactSheet)
{
    QTemporaryDir dir;
    const QString out = dir.filePath("drawings");
    const ProgramRun run = runCarrywell({"--render-illustrations", out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    for (const core::Exercise& exercise : shippedLibrary().exercises()) {
        const QImage sheet(out + "/" + exercise.id + ".png");
        ASSERT_FALSE(sheet.isNull()) << exercise.id.toStdString();
        // One panel per step, side by side.
        const int steps = static_cast<int>(exercise.steps.size());
        EXPECT_EQ(sheet.width(), 40 + steps * 260 + (steps - 1) * 16) << exercise.id.toStdString();
    }
    EXPECT_FALSE(QImage(out + "/contact-sheet.png").isNull());
}

TEST(CarrywellProgram, RenderingIntoAFileInsteadOfAFolderFails)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath("file");
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const ProgramRun run = runCarrywell({"--render-illustrations", blocker + "/inside"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("Could not create the folder")) << run.err.toStdString();
}
