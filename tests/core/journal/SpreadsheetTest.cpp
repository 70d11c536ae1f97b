#include "CalcSheet.h"
#include "JournalTestSupport.h"
#include "core/journal/Csv.h"
#include "core/journal/CsvMoment.h"
#include "core/journal/JournalCsv.h"

#include <QDir>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

// Calc's "Text CSV" import tokens: comma, double quote, UTF-8, from line 1,
// no column types, default language, quoted fields not forced to text, then
// "Detect special numbers" (8th) and "Evaluate formulas" (13th).
//
// As its Text Import dialog first opens: neither box ticked.
const QString calcDefaults = QStringLiteral("44,34,76,1,,0,false,false,false,false,false,-1,false");
// Both ticked: every value Calc can recognise is converted and formulas run,
// the most that can happen to a cell.
const QString calcEager = QStringLiteral("44,34,76,1,,0,false,true,false,false,false,-1,true");

// A fresh profile takes Calc a few seconds to set up; two minutes means it hangs.
constexpr int calcTimeoutSeconds = 120;

QDateTime moment(int day, int hour, int minute, int offsetSeconds)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, 7), Qt::OffsetFromUTC,
                     offsetSeconds);
}

QList<CheckIn> checkIns()
{
    return {
        makeCheckIn(moment(20, 8, 15, 3600), 6, {{Region::Neck, 2}, {Region::LowerBack, 7}},
                    {Trigger::Lifting, Trigger::PoorSleep}, "Carried the car seat, twice\n\"ouch\"",
                    {WarningSign::Leaking}),
        makeCheckIn(moment(21, 21, 40, -5 * 3600), 3, {}, {}, "=)"),
        makeCheckIn(moment(22, 7, 0, 0), 0, {{Region::PelvicFloor, 10}}, {}, "-5 today"),
        makeCheckIn(moment(23, 12, 30, 5 * 3600 + 1800), 10, {}, {}, "@home"),
        makeCheckIn(moment(24, 23, 59, 3600), 4, {}, {}, "\tindented"),
        makeCheckIn(moment(25, 6, 0, 3600), 2, {}, {}, "=HYPERLINK(\"http://example.org\",\"x\")"),
        makeCheckIn(moment(26, 10, 0, 3600), 5, {}, {},
                    "+1 from yesterday, 🤱🏽 àéîõü 中文"),
        makeCheckIn(moment(27, 10, 0, 3600), 5, {}, {}, "-5"),
    };
}

class CalcOpensTheExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!CalcSheet::program()) {
            const char* message = "LibreOffice Calc (soffice) is not installed: "
                                  "apt-get install libreoffice-calc-nogui";
            // ./dev.sh test installs Calc: without it the check has not run.
            FAIL() << message;
        }
    }

    // A folder in the build tree for this test alone: Calc's profile and
    // HOME, the CSV and what Calc made of it.
    static QString workDir()
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        const QString dir =
            QStringLiteral(CARRYWELL_SPREADSHEET_DIR "/") + QString::fromUtf8(info->name());
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        return dir;
    }

    // The export as a file in this test's own folder.
    static QString saved(const QByteArray& csv)
    {
        const QString file = workDir() + QStringLiteral("/export.csv");
        writeFile(file, csv);
        return file;
    }

    static SheetRows open(const QByteArray& csv, const QString& options)
    {
        const QString file = saved(csv);
        const Result<SheetRows> rows =
            CalcSheet::open(file, options, QFileInfo(file).path(), calcTimeoutSeconds);
        EXPECT_TRUE(rows.ok()) << rows.error().toStdString();
        return rows.ok() ? rows.value() : SheetRows{};
    }

    static qsizetype column(const SheetRows& rows, const char* name)
    {
        for (qsizetype i = 0; i < rows.first().size(); ++i) {
            if (rows.first()[i].text == QLatin1String(name))
                return i;
        }
        ADD_FAILURE() << "no column " << name;
        return 0;
    }
};

} // namespace

TEST_F(CalcOpensTheExport, WithEverythingDetectedDatesTimesAndScoresAreValuesAndNotesStayText)
{
    const QList<CheckIn> entries = checkIns();
    const SheetRows rows = open(JournalCsv::writeCheckIns(entries), calcEager);
    ASSERT_EQ(rows.size(), entries.size() + 1);
    QStringList header;
    for (const SheetCell& cell : rows.first())
        header.append(cell.text);
    EXPECT_EQ(header, JournalCsv::checkInColumns()) << "the byte-order mark is not in a name";

    const qsizetype date = column(rows, "date");
    const qsizetype time = column(rows, "time");
    const qsizetype offset = column(rows, "utc-offset");
    const qsizetype overall = column(rows, "overall");
    const qsizetype lowerBack = column(rows, "lower-back");
    const qsizetype note = column(rows, "note");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        SCOPED_TRACE(i);
        const QList<SheetCell>& row = rows[i + 1];
        const CheckIn& entry = entries[i];
        EXPECT_EQ(row[date].valueType, "date");
        EXPECT_EQ(row[date].value, entry.at.date().toString(Qt::ISODate));
        EXPECT_EQ(row[date].formatKind, "date-style");
        EXPECT_EQ(row[time].valueType, "time");
        EXPECT_EQ(row[time].value, entry.at.time().toString("'PT'HH'H'mm'M'ss'S'"));
        EXPECT_EQ(row[time].formatKind, "time-style");
        EXPECT_EQ(row[offset].valueType, "string");
        EXPECT_EQ(row[offset].text, CsvMoment::offsetText(entry.at.offsetFromUtc()));
        EXPECT_EQ(row[overall].valueType, "float");
        EXPECT_EQ(row[overall].value, QString::number(entry.overall));
        if (const std::optional<int> score = entry.scoreFor(Region::LowerBack)) {
            EXPECT_EQ(row[lowerBack].valueType, "float");
            EXPECT_EQ(row[lowerBack].value, QString::number(*score));
        } else {
            EXPECT_EQ(row[lowerBack].valueType, "");
        }
        // Nothing ran: a formula-looking note shows with the apostrophe
        // before it, as OWASP recommends; the rest of it is whole.
        for (const SheetCell& cell : row)
            EXPECT_EQ(cell.formula, "") << cell.text.toStdString();
        EXPECT_EQ(row[note].text, Csv::neutralised(entry.note));
    }
    EXPECT_EQ(rows[2][note].text, "'=)");
    EXPECT_EQ(rows[6][note].valueType, "string");
    EXPECT_EQ(rows[8][note].valueType, "float") << "a plain number stays a number";
}

TEST_F(CalcOpensTheExport, AsItsImportDialogFirstOpensTheDatesAreDatesAndTheRestIsKept)
{
    const QList<CheckIn> entries = checkIns();
    const SheetRows rows = open(JournalCsv::writeCheckIns(entries), calcDefaults);
    ASSERT_EQ(rows.size(), entries.size() + 1);
    const qsizetype date = column(rows, "date");
    const qsizetype time = column(rows, "time");
    const qsizetype overall = column(rows, "overall");
    const qsizetype note = column(rows, "note");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        SCOPED_TRACE(i);
        const QList<SheetCell>& row = rows[i + 1];
        EXPECT_EQ(row[date].valueType, "date");
        EXPECT_EQ(row[date].formatKind, "date-style");
        // Without "Detect special numbers" Calc keeps a time as the text it is.
        EXPECT_EQ(row[time].text, entries[i].at.time().toString("HH:mm:ss"));
        EXPECT_EQ(row[overall].valueType, "float");
        EXPECT_EQ(row[note].text, Csv::neutralised(entries[i].note));
    }
}

TEST_F(CalcOpensTheExport, SessionsHaveDatesTimesAndNumbers)
{
    SessionRecord session = makeSession(moment(20, 19, 0, 3600), "evening-release", 754,
                                        {"child-pose", "cat-cow"}, {"glute-bridge"}, 6, 3);
    session.routineName = "Evening release, gentle";
    const SheetRows rows = open(JournalCsv::writeSessions({session}), calcEager);
    ASSERT_EQ(rows.size(), 2);
    const QList<SheetCell>& row = rows[1];
    EXPECT_EQ(row[column(rows, "date")].valueType, "date");
    EXPECT_EQ(row[column(rows, "time")].value, "PT19H00M07S");
    EXPECT_EQ(row[column(rows, "utc_offset")].text, "UTC+01:00");
    EXPECT_EQ(row[column(rows, "duration_seconds")].value, "754");
    EXPECT_EQ(row[column(rows, "pain_before")].value, "6");
    EXPECT_EQ(row[column(rows, "routine_name")].text, "Evening release, gentle");
    EXPECT_EQ(row[column(rows, "exercises_done")].text, "child-pose;cat-cow");
}

TEST_F(CalcOpensTheExport, SavedAgainByCalcItImportsBackWithNothingLost)
{
    QList<CheckIn> entries = checkIns();
    // Calc drops a tab inside a cell when it writes CSV: a loss of its own.
    entries.removeIf([](const CheckIn& c) { return c.note.contains(QLatin1Char('\t')); });
    const QString file = saved(JournalCsv::writeCheckIns(entries));
    const Result<QByteArray> again =
        CalcSheet::savedAgain(file, calcEager, QFileInfo(file).path(), calcTimeoutSeconds);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    // Calc writes each time as it shows it ("08:15:07 AM"); the rest as read.
    EXPECT_TRUE(again->contains("2026-11-20,08:15:07 AM,\"UTC+01:00\",6,2,,7,"))
        << again->toStdString();

    const Result<ImportBatch> batch = JournalCsv::read(again.value());
    ASSERT_TRUE(batch.ok()) << batch.error().toStdString();
    ASSERT_TRUE(batch->isClean()) << batch->problems.first().toString().toStdString();
    ASSERT_EQ(batch->checkIns.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        SCOPED_TRACE(i);
        const CheckIn& read = batch->checkIns[i].entry;
        EXPECT_EQ(read.at, entries[i].at);
        EXPECT_EQ(read.at.offsetFromUtc(), entries[i].at.offsetFromUtc());
        EXPECT_EQ(read.overall, entries[i].overall);
        EXPECT_EQ(read.regions, entries[i].regions);
        EXPECT_EQ(read.triggers, entries[i].triggers);
        EXPECT_EQ(read.warningSigns, entries[i].warningSigns);
        EXPECT_EQ(read.note, entries[i].note);
    }
}
