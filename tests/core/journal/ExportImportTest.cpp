#include "JournalTestSupport.h"
#include "TestPaths.h"
#include "core/journal/JournalCsv.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/JournalJson.h"
#include "core/journal/JournalTransfer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

class JournalTransferTest : public JournalTest
{
protected:
    // A second journal in the same folder to import into.
    std::unique_ptr<Journal> openOther()
    {
        JournalOpenResult opened = Journal::open(folder() + "/other.sqlite", m_clock);
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        return opened.takeJournal();
    }

    // Ids are given in the order of import, so compare everything else.
    static QList<CheckIn> withoutIds(QList<CheckIn> checkIns)
    {
        for (CheckIn& checkIn : checkIns)
            checkIn.id = 0;
        return checkIns;
    }

    static QList<int> lines(const QList<ImportProblem>& problems)
    {
        QList<int> result;
        for (const ImportProblem& problem : problems)
            result.append(problem.line);
        return result;
    }
};

QString longNote()
{
    // 10 000 characters of everything that can go wrong in CSV.
    const QString piece = QStringLiteral("a,b \"quoted\"\nnext line\r\n🤱🏽 ü ");
    QString note;
    while (note.size() < 10000)
        note += piece;
    note.truncate(10000);
    if (note.back().isHighSurrogate()) // do not cut an emoji in half
        note.back() = QLatin1Char('x');
    return note;
}

QStringList awkwardNotes()
{
    return {"plain",
            "commas, everywhere,, ,",
            "she said \"ouch\" and \"\"again\"\"",
            "line one\nline two\n\nline four",
            "windows\r\nline ends\r\n",
            "a lone\rcarriage return",
            "emoji 🤱🏽👶🍼 and accents àéîõü and 中文",
            "  leading and trailing spaces  ",
            "",
            "\"",
            ",",
            "=SUM(A1:A2)",
            "=)",
            "-5 today",
            "+1 from yesterday",
            "@mum",
            "\tindented",
            "=HYPERLINK(\"http://example.org\",\"click\")",
            "'=already quoted",
            "'plain apostrophe",
            "-5",
            longNote()};
}

} // namespace

TEST_F(JournalTransferTest, CsvIsWrittenTheWaySpreadsheetsReadIt)
{
    const QByteArray csv = JournalCsv::writeCheckIns(
        {makeCheckIn(at(2026, 1, 14, 8, 30), 6, {{Region::LowerBack, 7}, {Region::Neck, 2}},
                     {Trigger::Lifting, Trigger::PoorSleep}, "sore, \"very\"\nafter bath")});
    EXPECT_EQ(csv, QByteArray("\xEF\xBB\xBF"
                              "date,time,utc-offset,overall,neck,upper-back,lower-back,hips-glutes,"
                              "pelvic-floor,core,chest-shoulders,triggers,warning-signs,note\r\n"
                              "2026-01-14,08:30:00,UTC+01:00,6,2,,7,,,,,lifting;poor-sleep,,"
                              "\"sore, \"\"very\"\"\nafter bath\"\r\n"));
}

TEST_F(JournalTransferTest, AwkwardNotesSurviveACsvRoundTrip)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    const QStringList notes = awkwardNotes();
    ASSERT_EQ(notes.last().size(), 10000);
    for (int i = 0; i < notes.size(); ++i) {
        CheckIn checkIn = makeCheckIn(at(2026, 1, 1 + i, 8 + i % 12, i, (i % 3 - 1) * 3600), i % 11,
                                      {{Region(i % 7), (i * 3) % 11}}, {Trigger(i % 8)}, notes[i],
                                      {WarningSign(i % 3)});
        ASSERT_TRUE(journal->addCheckIn(checkIn).ok()) << i;
    }
    const QString file = folder() + "/check-ins.csv";
    ASSERT_TRUE(JournalTransfer::exportCheckInsCsv(*journal, file).ok());

    const Result<ImportBatch> batch = JournalTransfer::readFile(file);
    ASSERT_TRUE(batch.ok()) << batch.error().toStdString();
    EXPECT_EQ(batch->format, "csv-check-ins");
    ASSERT_TRUE(batch->isClean()) << batch->problems.first().toString().toStdString();
    auto other = openOther();
    ASSERT_TRUE(other);
    const Result<ImportReport> report = other->import(batch.value());
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->checkInsAdded, notes.size());

    const QList<CheckIn> original = JournalHistory(*journal).allCheckIns().value();
    const QList<CheckIn> imported = JournalHistory(*other).allCheckIns().value();
    ASSERT_EQ(imported.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        EXPECT_EQ(imported[i].note, original[i].note) << "note " << i;
        EXPECT_EQ(imported[i].at, original[i].at);
        EXPECT_EQ(imported[i].at.offsetFromUtc(), original[i].at.offsetFromUtc());
        EXPECT_EQ(imported[i].overall, original[i].overall);
        EXPECT_EQ(imported[i].regions, original[i].regions);
        EXPECT_EQ(imported[i].triggers, original[i].triggers);
        EXPECT_EQ(imported[i].warningSigns, original[i].warningSigns);
    }
}

TEST_F(JournalTransferTest, BadCsvRowsAreReportedWithTheirLinesAndNothingIsImported)
{
    const QByteArray csv = "time,overall,lower-back,triggers,note\r\n"                 // 1
                           "2026-01-12T08:00:00+01:00,4,5,lifting,fine\r\n"            // 2
                           "2026-01-12T09:00:00+01:00,11,5,,too high\r\n"              // 3
                           "yesterday,4,5,,no real time\r\n"                           // 4
                           "2026-01-12 10:00:00,3,,,\"a note\non two lines\"\r\n"      // 5-6
                           "2026-01-12T11:00:00+01:00,3,,juggling,unknown trigger\r\n" // 7
                           "2026-01-12T12:00:00+01:00,3,not enough fields\r\n"         // 8
                           "2026-01-12T13:00:00+01:00,3,high,,word for a score\r\n"    // 9
                           "2026-01-12T14:00:00+01:00,3,,,she said \"no\"\r\n"         // 10
                           "\r\n"
                           ",,,,\r\n"; // 12: blank
    const Result<ImportBatch> batch = JournalTransfer::readBytes(csv);
    ASSERT_TRUE(batch.ok()) << batch.error().toStdString();
    EXPECT_EQ(lines(batch->problems), (QList<int>{3, 4, 7, 8, 9, 10}));
    EXPECT_EQ(batch->problems[0].toString(),
              "line 3: the overall score is “11”, but scores are whole numbers from 0 to 10");
    EXPECT_TRUE(batch->problems[1].reason.contains("“yesterday” is not a date and time"));
    EXPECT_TRUE(batch->problems[2].reason.contains("“juggling” is not a trigger"));
    EXPECT_TRUE(batch->problems[3].reason.contains("it has 3 fields, but line 1 names 5 columns"));
    EXPECT_TRUE(batch->problems[4].reason.contains("the score for “lower-back” is “high”"));
    EXPECT_TRUE(batch->problems[5].reason.contains("double quote inside a field"));
    ASSERT_EQ(batch->checkIns.size(), 2);
    EXPECT_EQ(batch->checkIns[1].line, 5);
    EXPECT_EQ(batch->checkIns[1].entry.note, "a note\non two lines");
    // Without an offset the time is local time here (UTC in tests).
    EXPECT_EQ(batch->checkIns[1].entry.at, QDateTime(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC));

    auto journal = open();
    ASSERT_TRUE(journal);
    const Result<ImportReport> refused = journal->import(batch.value());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(), "6 rows of the file have problems, so nothing was imported. Correct "
                               "them and import again, or choose to import only the good rows.");
    EXPECT_EQ(journal->diagnostics()->checkIns, 0);

    const Result<ImportReport> chosen = journal->import(batch.value(), ImportMode::GoodRowsOnly);
    ASSERT_TRUE(chosen.ok()) << chosen.error().toStdString();
    EXPECT_EQ(chosen->checkInsAdded, 2);
    EXPECT_EQ(lines(chosen->leftOut), (QList<int>{3, 4, 7, 8, 9, 10}));
    EXPECT_EQ(journal->diagnostics()->checkIns, 2);
}

TEST_F(JournalTransferTest, FilesThatCannotBeReadAtAllSayWhy)
{
    const Result<ImportBatch> latin1 =
        JournalTransfer::readBytes("time,overall,note\r\n"
                                   "2026-01-12T08:00:00Z,3,caf\xE9\r\n");
    ASSERT_FALSE(latin1.ok());
    EXPECT_TRUE(latin1.error().contains("not UTF-8 text"));

    const Result<ImportBatch> cutOff =
        JournalTransfer::readBytes("time,overall,note\r\n"
                                   "2026-01-12T08:00:00Z,3,\xF0\x9F\xA4");
    ASSERT_FALSE(cutOff.ok());
    EXPECT_TRUE(cutOff.error().contains("not UTF-8 text"));

    const Result<ImportBatch> unknown = JournalTransfer::readBytes("time,overall,mood\r\n");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains("Line 1 names a column “mood”"));

    const Result<ImportBatch> foreign = JournalTransfer::readBytes("name,price\r\napple,3\r\n");
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.error().contains("does not look like a Carrywell export"));

    const Result<ImportBatch> empty = JournalTransfer::readBytes("");
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().contains("empty"));

    const Result<ImportBatch> missing = JournalTransfer::readFile(folder() + "/nope.csv");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains("could not open"));
}

TEST_F(JournalTransferTest, DuplicatesAreSkippedAndNamed)
{
    // Same second, score, regions, triggers and note: a duplicate even though
    // the milliseconds differ (CSV keeps seconds only).
    const QByteArray csv = "time,overall,neck,triggers,note\r\n"
                           "2026-01-12T08:00:00.250+01:00,4,2,feeding,same\r\n"
                           "2026-01-12T08:00:00.900+01:00,4,2,feeding,same\r\n"
                           "2026-01-12T08:00:00+01:00,4,2,feeding,different note\r\n";
    auto journal = open();
    ASSERT_TRUE(journal);
    const ImportBatch batch = JournalTransfer::readBytes(csv).value();
    const ImportReport first = journal->import(batch).value();
    EXPECT_EQ(first.checkInsAdded, 2);
    ASSERT_EQ(first.duplicates.size(), 1);
    EXPECT_EQ(first.duplicates[0].toString(),
              "line 3: the same check-in is already at line 2 of this file");

    const ImportReport again = journal->import(batch).value();
    EXPECT_EQ(again.checkInsAdded, 0);
    EXPECT_EQ(lines(again.duplicates), (QList<int>{2, 3, 4}));
    EXPECT_EQ(again.duplicates[0].reason, "the same check-in is already in your journal");
    EXPECT_EQ(journal->diagnostics()->checkIns, 2);
    // Importing into a journal that held entries made a backup first.
    EXPECT_EQ(JournalBackups(path()).list().first().reason, "before-import");
}

TEST_F(JournalTransferTest, SessionsRoundTripThroughCsv)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    SessionRecord session = makeSession(at(2026, 1, 13, 19), "evening-release", 754,
                                        {"child-pose", "cat-cow"}, {"glute-bridge"}, 6, 3);
    session.routineName = "Evening release, gentle";
    ASSERT_TRUE(journal->addSession(session).ok());
    ASSERT_TRUE(journal->addSession(makeSession(at(2026, 1, 14, 7), "gentle-start", 0, {})).ok());
    const QString file = folder() + "/sessions.csv";
    ASSERT_TRUE(JournalTransfer::exportSessionsCsv(*journal, file).ok());
    EXPECT_TRUE(fileBytes(file).contains(
        "2026-01-13,19:00:00,UTC+01:00,754,evening-release,\"Evening release, gentle\","
        "child-pose;cat-cow,glute-bridge,6,3\r\n"));

    const ImportBatch batch = JournalTransfer::readFile(file).value();
    EXPECT_EQ(batch.format, "csv-sessions");
    ASSERT_TRUE(batch.isClean());
    auto other = openOther();
    ASSERT_TRUE(other);
    EXPECT_EQ(other->import(batch)->sessionsAdded, 2);
    const QList<SessionRecord> imported = JournalHistory(*other).allSessions().value();
    ASSERT_EQ(imported.size(), 2);
    session.id = imported[0].id;
    EXPECT_EQ(imported[0], session);
    EXPECT_EQ(imported[1].painBefore, std::nullopt);
    // Re-importing finds every session already there.
    EXPECT_EQ(other->import(batch)->duplicates.size(), 2);
}

TEST_F(JournalTransferTest, TheJsonBackupKeepsEverything)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    for (const QString& note : awkwardNotes()) {
        ASSERT_TRUE(journal
                        ->addCheckIn(makeCheckIn(at(2026, 1, 10, 8).addMSecs(note.size() * 7 + 3),
                                                 5, {{Region::ChestShoulders, 4}},
                                                 {Trigger::Bending, Trigger::Standing}, note,
                                                 {WarningSign::Numbness, WarningSign::NightPain}))
                        .ok());
    }
    SessionRecord session = makeSession(at(2026, 1, 13, 19).addMSecs(42), "evening-release", 754,
                                        {}, {}, std::nullopt, 2);
    session.exercises = {{"child-pose", ExerciseOutcome::Skipped},
                         {"cat-cow", ExerciseOutcome::Done},
                         {"glute-bridge", ExerciseOutcome::Skipped}};
    ASSERT_TRUE(journal->addSession(session).ok());
    ASSERT_TRUE(journal
                    ->savePlan({QDate(2026, 1, 12), at(2026, 1, 11, 20),
                                R"({"days":[{"exercises":["cat-cow"]}],"minutes":15})"})
                    .ok());
    const QString file = folder() + "/backup.json";
    ASSERT_TRUE(JournalTransfer::exportJson(*journal, file).ok());

    const ImportBatch batch = JournalTransfer::readFile(file).value();
    EXPECT_EQ(batch.format, "json");
    ASSERT_TRUE(batch.isClean()) << batch.problems.first().toString().toStdString();
    auto other = openOther();
    ASSERT_TRUE(other);
    const ImportReport report = other->import(batch).value();
    EXPECT_EQ(report.added(), awkwardNotes().size() + 2);

    const JournalHistory from(*journal);
    const JournalHistory to(*other);
    const QList<CheckIn> before = withoutIds(from.allCheckIns().value());
    const QList<CheckIn> after = withoutIds(to.allCheckIns().value());
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after[i], before[i]) << "check-in " << i;
        EXPECT_EQ(after[i].at.time().msec(), before[i].at.time().msec());
        EXPECT_EQ(after[i].at.offsetFromUtc(), before[i].at.offsetFromUtc());
    }
    const QList<SessionRecord> sessions = to.allSessions().value();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0], from.allSessions()->first());
    EXPECT_EQ(sessions[0].startedAt.time().msec(), 42);
    EXPECT_EQ(sessions[0].exercises, session.exercises);
    EXPECT_EQ(to.plans().value(), from.plans().value());

    // The plan is already there: a duplicate, not a second plan.
    EXPECT_EQ(other->import(batch)->added(), 0);
}

TEST_F(JournalTransferTest, BadJsonEntriesAreReportedByPath)
{
    const QByteArray json = R"({
  "format": "carrywell-journal",
  "formatVersion": 1,
  "checkIns": [
    {"time": "2026-01-12T08:00:00+01:00", "overall": 4},
    {"time": "2026-01-12T09:00:00+01:00", "overall": "high"},
    {"time": "2026-01-12T10:00:00+01:00", "overal": 4},
    {"time": "2026-01-12T11:00:00+01:00", "overall": 4, "regions": {"knee": 3}}
  ],
  "sessions": [
    {"started": "2026-01-12T07:00:00+01:00", "durationSeconds": 60, "routineId": "a",
     "exercises": [{"id": "b", "outcome": "done"}], "painBefore": 12}
  ],
  "plans": [{"weekStart": "2026-01-13", "savedAt": "2026-01-12T07:00:00+01:00", "plan": {}}]
})";
    const ImportBatch batch = JournalJson::read(json).value();
    ASSERT_EQ(batch.problems.size(), 5);
    EXPECT_EQ(batch.problems[0].toString(),
              "checkIns[1]: “overall” must be a whole number from 0 to 10");
    EXPECT_EQ(batch.problems[1].location, "checkIns[2]");
    EXPECT_TRUE(batch.problems[1].reason.contains("unknown key “overal”"));
    EXPECT_TRUE(batch.problems[2].reason.contains("“knee” is not a body region"));
    EXPECT_EQ(batch.problems[3].location, "sessions[0]");
    EXPECT_TRUE(
        batch.problems[3].reason.contains("“painBefore” must be a whole number from 0 to 10"));
    EXPECT_EQ(batch.problems[4].location, "plans[0]");
    EXPECT_TRUE(batch.problems[4].reason.contains("not a Monday"));
    EXPECT_EQ(batch.checkIns.size(), 1);

    const Result<ImportBatch> broken =
        JournalJson::read("{\n  \"format\": \"carrywell-journal\",\n  oops\n}");
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().contains("not valid JSON (line 3")) << broken.error().toStdString();

    const Result<ImportBatch> newer =
        JournalJson::read(QStringLiteral(R"({"format": "carrywell-journal", "formatVersion": %1})")
                              .arg(JournalJson::formatVersion + 1)
                              .toUtf8());
    ASSERT_FALSE(newer.ok());
    EXPECT_TRUE(newer.error().contains("made by a newer Carrywell"));

    const Result<ImportBatch> other = JournalJson::read(R"({"recipes": []})");
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().contains("not a Carrywell journal backup"));
}

TEST_F(JournalTransferTest, ADifferentPlanForTheSameWeekKeepsTheJournalsOwn)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    ASSERT_TRUE(journal->savePlan({QDate(2026, 1, 12), {}, R"({"minutes": 10})"}).ok());
    ImportBatch batch;
    batch.plans.append(
        {0, "plans[0]", {QDate(2026, 1, 12), at(2026, 1, 1, 9), R"({"minutes": 30})"}});
    const ImportReport report = journal->import(batch).value();
    EXPECT_EQ(report.plansAdded, 0);
    ASSERT_EQ(report.plansKept.size(), 1);
    EXPECT_TRUE(report.plansKept[0].reason.contains("already has a different plan"));
    EXPECT_EQ(JournalHistory(*journal).planForWeek(QDate(2026, 1, 12))->value().json,
              R"({"minutes": 10})");
}

TEST_F(JournalTransferTest, AnImportThatFillsTheDiskAddsNothing)
{
    seed({makeCheckIn(at(2026, 1, 1, 9), 4)});
    const qint64 pages = scalarAt(path(), "PRAGMA page_count").toLongLong();
    JournalOptions options;
    options.maxPageCount = pages + 2;
    auto journal = open(options);
    ASSERT_TRUE(journal);
    ImportBatch batch;
    for (int i = 0; i < 200; ++i)
        batch.checkIns.append(
            {i + 2,
             {},
             makeCheckIn(at(2026, 1, 2, 9).addSecs(i), 3, {}, {}, QString(500, QLatin1Char('x')))});
    const Result<ImportReport> report = journal->import(batch);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains("The disk is full"));
    EXPECT_TRUE(report.error().contains("nothing from the file was added"));
    EXPECT_EQ(journal->diagnostics()->checkIns, 1);
}

TEST_F(JournalTransferTest, AnExportThatCannotBeWrittenSaysSo)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    const Result<Done> saved =
        JournalTransfer::exportJson(*journal, folder() + "/missing/backup.json");
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains("could not write"));
    EXPECT_FALSE(QFileInfo::exists(folder() + "/missing"));
}

TEST_F(JournalTransferTest, WarningSignsAreAColumnAndAListNamedAsTriggersAre)
{
    const CheckIn checkIn =
        makeCheckIn(at(2026, 1, 14, 8, 30), 6, {}, {Trigger::Lifting, Trigger::PoorSleep},
                    "Bad night", {WarningSign::NightPain, WarningSign::Leaking});
    EXPECT_EQ(JournalCsv::writeCheckIns({normalized(checkIn)}),
              QByteArray("\xEF\xBB\xBF"
                         "date,time,utc-offset,overall,neck,upper-back,lower-back,hips-glutes,"
                         "pelvic-floor,core,chest-shoulders,triggers,warning-signs,note\r\n"
                         "2026-01-14,08:30:00,UTC+01:00,6,,,,,,,,lifting;poor-sleep,"
                         "leaking;night-pain,Bad night\r\n"));

    const QJsonObject entry = QJsonDocument::fromJson(JournalJson::write({normalized(checkIn)}, {},
                                                                         {}, {}, m_clock.now()))
                                  .object()
                                  .value("checkIns")
                                  .toArray()
                                  .first()
                                  .toObject();
    EXPECT_EQ(entry.value("warning-signs").toArray(), (QJsonArray{"leaking", "night-pain"}));
    EXPECT_EQ(entry.value("note").toString(), "Bad night");
    EXPECT_EQ(QJsonDocument::fromJson(JournalJson::write({}, {}, {}, {}, m_clock.now()))
                  .object()
                  .value("formatVersion")
                  .toInt(),
              3);
}

TEST_F(JournalTransferTest, WarningSignsTravelThroughBothFormats)
{
    auto journal = open();
    ASSERT_TRUE(journal);
    using S = WarningSign;
    for (const auto& [hour, signs] :
         {std::pair{8, QList<S>{}}, std::pair{9, QList<S>{S::Leaking}},
          std::pair{10, QList<S>{S::Leaking, S::Numbness, S::NightPain}}}) {
        // A note that reads like the old line is her text once signs are data.
        ASSERT_TRUE(journal
                        ->addCheckIn(makeCheckIn(at(2026, 1, 14, hour), 4, {}, {},
                                                 "Also noticed: leaking.", signs))
                        .ok());
    }
    const QList<CheckIn> before = withoutIds(JournalHistory(*journal).allCheckIns().value());
    for (const QString& name : {QStringLiteral("out.csv"), QStringLiteral("out.json")}) {
        SCOPED_TRACE(name.toStdString());
        const QString file = folder() + "/" + name;
        ASSERT_TRUE((name.endsWith(".csv") ? JournalTransfer::exportCheckInsCsv(*journal, file)
                                           : JournalTransfer::exportJson(*journal, file))
                        .ok());
        const ImportBatch batch = JournalTransfer::readFile(file).value();
        ASSERT_TRUE(batch.isClean());
        QFile::remove(folder() + "/other.sqlite");
        auto other = openOther();
        ASSERT_TRUE(other);
        EXPECT_EQ(other->import(batch)->checkInsAdded, 3);
        EXPECT_EQ(withoutIds(JournalHistory(*other).allCheckIns().value()), before);
        // The same file again adds nothing: the signs are part of what makes an entry.
        EXPECT_EQ(other->import(batch)->added(), 0);
    }
}

TEST_F(JournalTransferTest, UnknownWarningSignsAreBadRows)
{
    const ImportBatch csv = JournalTransfer::readBytes("time,overall,warning-signs,note\r\n"
                                                       "2026-01-12T08:00:00+01:00,4,leaking,\r\n"
                                                       "2026-01-12T09:00:00+01:00,4,dizzy,\r\n")
                                .value();
    ASSERT_EQ(csv.problems.size(), 1);
    EXPECT_EQ(csv.problems[0].toString(), "line 3: “dizzy” is not a warning sign Carrywell knows "
                                          "(leaking, numbness, night-pain)");
    ASSERT_EQ(csv.checkIns.size(), 1);
    EXPECT_EQ(csv.checkIns[0].entry.warningSigns, QList<WarningSign>{WarningSign::Leaking});

    const ImportBatch json =
        JournalJson::read(R"({"format": "carrywell-journal", "formatVersion": 2,
  "checkIns": [
    {"time": "2026-01-12T08:00:00+01:00", "overall": 4, "warning-signs": ["numbness"]},
    {"time": "2026-01-12T09:00:00+01:00", "overall": 4, "warning-signs": ["dizzy"]},
    {"time": "2026-01-12T10:00:00+01:00", "overall": 4, "warning-signs": "leaking"}]})")
            .value();
    ASSERT_EQ(json.problems.size(), 2);
    EXPECT_TRUE(json.problems[0].reason.contains("“dizzy” is not a warning sign"));
    EXPECT_EQ(json.problems[1].toString(),
              "checkIns[2]: “warning-signs” must be a list of warning sign ids");
    ASSERT_EQ(json.checkIns.size(), 1);
    EXPECT_EQ(json.checkIns[0].entry.warningSigns, QList<WarningSign>{WarningSign::Numbness});

    // Format version 1 never had the key.
    const ImportBatch old = JournalJson::read(R"({"format": "carrywell-journal", "formatVersion": 1,
  "checkIns": [{"time": "2026-01-12T08:00:00+01:00", "overall": 4, "warning-signs": []}]})")
                                .value();
    ASSERT_EQ(old.problems.size(), 1);
    EXPECT_TRUE(old.problems[0].reason.contains("unknown key “warning-signs”"));
}

namespace {

/// An export Carrywell wrote when signs were still a line of the note
/// (tests/data/journal-v3).
class OldExport : public JournalTransferTest, public ::testing::WithParamInterface<const char*>
{
};

} // namespace

TEST_P(OldExport, ImportsWithItsSignsReadBackFromTheNotes)
{
    const QString file = QStringLiteral(CARRYWELL_TEST_DATA_DIR "/journal-v3/") + GetParam();
    const Result<ImportBatch> batch = JournalTransfer::readFile(file);
    ASSERT_TRUE(batch.ok()) << batch.error().toStdString();
    ASSERT_TRUE(batch->isClean()) << batch->problems.first().toString().toStdString();
    ASSERT_EQ(batch->checkIns.size(), 8);
    using S = WarningSign;
    const auto entry = [&](int i) { return batch->checkIns[i].entry; };
    EXPECT_EQ(entry(0).note, "Carried the car seat twice");
    EXPECT_EQ(entry(0).warningSigns, (QList<S>{S::Leaking, S::NightPain}));
    EXPECT_EQ(entry(1).note, "Mala noche, el bebé no dormía");
    EXPECT_EQ(entry(1).warningSigns, (QList<S>{S::Numbness, S::NightPain}));
    EXPECT_EQ(entry(2).note, "");
    EXPECT_EQ(entry(2).warningSigns, (QList<S>{S::Leaking, S::Numbness, S::NightPain}));
    EXPECT_EQ(entry(3).note, "Beim Tragen der Babyschale 🚗");
    EXPECT_EQ(entry(3).warningSigns, QList<S>{S::Leaking});
    EXPECT_EQ(entry(4).note, "Leaked a bit when I sneezed");
    EXPECT_EQ(entry(5).note, "Lovely walk\nAlso noticed: the baby smiled.");
    EXPECT_EQ(entry(6).note, "Also noticed: leaking.\nThen I slept well");
    for (int i = 4; i < 8; ++i)
        EXPECT_TRUE(entry(i).warningSigns.isEmpty()) << i;
    EXPECT_EQ(entry(0).triggers, (QList<Trigger>{Trigger::Lifting, Trigger::Carrying}));

    // The journal it came from, updated to v4, already holds every entry.
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(CARRYWELL_TEST_DATA_DIR "/journal-v3/journal.sqlite"), path()));
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
    auto journal = open();
    ASSERT_TRUE(journal);
    const ImportReport report = journal->import(batch.value()).value();
    EXPECT_EQ(report.added(), 0);
    EXPECT_EQ(report.duplicates.size(), batch->goodEntries());
}

INSTANTIATE_TEST_SUITE_P(JournalV3, OldExport, ::testing::Values("export.csv", "export.json"));
