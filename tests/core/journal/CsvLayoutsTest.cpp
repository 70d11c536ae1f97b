#include "JournalTestSupport.h"
#include "TestPaths.h"
#include "core/journal/CsvMoment.h"
#include "core/journal/JournalCsv.h"

#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(CARRYWELL_TEST_DATA_DIR "/csv/") + name;
}

QDateTime moment(int year, int month, int day, int hour, int minute, int second, int offset)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    // As ISO 8601 reading gives it: "Z" is UTC, anything else a fixed offset.
    return offset == 0 ? QDateTime(date, time, Qt::UTC)
                       : QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

/// The check-ins every file in tests/data/csv holds.
QList<CheckIn> fixtureCheckIns()
{
    using R = Region;
    using T = Trigger;
    using S = WarningSign;
    return {
        makeCheckIn(moment(2026, 11, 30, 8, 15, 0, 3600), 6, {{R::Neck, 2}, {R::LowerBack, 7}},
                    {T::Lifting, T::PoorSleep}, "Carried the car seat, twice\n\"ouch\"",
                    {S::Leaking, S::NightPain}),
        makeCheckIn(moment(2026, 12, 1, 21, 40, 5, -5 * 3600), 3, {}, {}, "=)"),
        makeCheckIn(moment(2026, 12, 2, 7, 0, 0, 0), 0, {{R::PelvicFloor, 10}}, {T::Feeding},
                    "-5 today"),
        makeCheckIn(moment(2026, 12, 3, 12, 30, 0, 5 * 3600 + 1800), 10,
                    {{R::Core, 4}, {R::ChestShoulders, 1}}, {}, "@home\tcalm", {S::Numbness}),
        makeCheckIn(moment(2026, 12, 4, 23, 59, 59, 3600), 4, {{R::HipsGlutes, 5}}, {T::Carrying},
                    "\tindented, with a comma"),
        makeCheckIn(moment(2026, 12, 5, 6, 0, 0, 3600), 2, {}, {},
                    "Beim Tragen der Babyschale 🚗 — Mamá dijo «ya»"),
        makeCheckIn(moment(2026, 12, 6, 10, 0, 0, 3600), 5, {{R::UpperBack, 3}}, {T::Other}, "-5"),
    };
}

QList<SessionRecord> fixtureSessions()
{
    SessionRecord evening = makeSession(moment(2026, 11, 30, 19, 0, 0, 3600), "evening-release",
                                        754, {"child-pose", "cat-cow"}, {"glute-bridge"}, 6, 3);
    evening.routineName = "Evening release, gentle";
    SessionRecord start =
        makeSession(moment(2026, 12, 2, 7, 5, 30, -5 * 3600), "gentle-start", 0, {});
    start.routineName = "Gentle start";
    SessionRecord pelvic = makeSession(moment(2026, 12, 3, 12, 0, 0, 0), "pelvic-floor-basics", 300,
                                       {"heel-slides"}, {}, 4);
    pelvic.routineName = "Pelvic floor basics";
    return {evening, start, pelvic};
}

void expectSameCheckIns(const QList<CheckIn>& read, const QList<CheckIn>& expected)
{
    ASSERT_EQ(read.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(read[i].at, expected[i].at);
        EXPECT_EQ(read[i].at.offsetFromUtc(), expected[i].at.offsetFromUtc());
        EXPECT_EQ(read[i].at.timeSpec(), expected[i].at.timeSpec());
        EXPECT_EQ(read[i].overall, expected[i].overall);
        EXPECT_EQ(read[i].regions, expected[i].regions);
        EXPECT_EQ(read[i].triggers, expected[i].triggers);
        EXPECT_EQ(read[i].warningSigns, expected[i].warningSigns);
        EXPECT_EQ(read[i].note, expected[i].note);
    }
}

QList<CheckIn> checkInsOf(const ImportBatch& batch)
{
    QList<CheckIn> entries;
    for (const auto& row : batch.checkIns)
        entries.append(row.entry);
    return entries;
}

QList<SessionRecord> sessionsOf(const ImportBatch& batch)
{
    QList<SessionRecord> entries;
    for (const auto& row : batch.sessions)
        entries.append(row.entry);
    return entries;
}

ImportBatch readClean(const QByteArray& bytes)
{
    const Result<ImportBatch> batch = JournalCsv::read(bytes);
    EXPECT_TRUE(batch.ok()) << batch.error().toStdString();
    if (!batch.ok())
        return {};
    EXPECT_TRUE(batch->isClean()) << batch->problems.first().toString().toStdString();
    return batch.value();
}

class CheckInLayout : public ::testing::TestWithParam<const char*>
{
};

class SessionLayout : public ::testing::TestWithParam<const char*>
{
};

} // namespace

TEST_P(CheckInLayout, ImportsEveryCheckInWithItsExactTime)
{
    const ImportBatch batch = readClean(fileBytes(fixture(GetParam())));
    EXPECT_EQ(batch.format, "csv-check-ins");
    expectSameCheckIns(checkInsOf(batch), fixtureCheckIns());
}

INSTANTIATE_TEST_SUITE_P(EveryVersion, CheckInLayout,
                         ::testing::Values("check-ins-v1.csv", "check-ins-v2.csv",
                                           "check-ins-v3.csv", "check-ins-v4.csv",
                                           "check-ins-v5.csv"));

TEST_P(SessionLayout, ImportsEverySessionWithItsExactTime)
{
    const ImportBatch batch = readClean(fileBytes(fixture(GetParam())));
    EXPECT_EQ(batch.format, "csv-sessions");
    const QList<SessionRecord> read = sessionsOf(batch);
    const QList<SessionRecord> expected = fixtureSessions();
    ASSERT_EQ(read.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(read[i], expected[i]) << i;
        EXPECT_EQ(read[i].startedAt.offsetFromUtc(), expected[i].startedAt.offsetFromUtc()) << i;
    }
}

INSTANTIATE_TEST_SUITE_P(EveryVersion, SessionLayout,
                         ::testing::Values("sessions-v1.csv", "sessions-v2.csv"));

TEST(CsvLayout, TheExportWritesExactlyTheNewestFixtures)
{
    // A change to the layout fails here until its own fixture joins tests/data/csv.
    EXPECT_EQ(JournalCsv::writeCheckIns(fixtureCheckIns()), fileBytes(fixture("check-ins-v5.csv")));
    EXPECT_EQ(JournalCsv::writeSessions(fixtureSessions()), fileBytes(fixture("sessions-v2.csv")));
}

TEST(CsvLayout, TimesAreALocalDateATimeAndTheOffsetInColumnsOfTheirOwn)
{
    const QByteArray csv = JournalCsv::writeCheckIns(
        {makeCheckIn(moment(2026, 11, 30, 7, 15, 0, 0).toOffsetFromUtc(3600), 4)});
    EXPECT_TRUE(csv.contains("\r\n2026-11-30,08:15:00,UTC+01:00,4,")) << csv.toStdString();
    // The local date is where she wrote it, even when UTC is already the next day.
    const QByteArray late =
        JournalCsv::writeCheckIns({makeCheckIn(moment(2026, 11, 30, 23, 30, 0, -5 * 3600), 4)});
    EXPECT_TRUE(late.contains("\r\n2026-11-30,23:30:00,UTC-05:00,4,")) << late.toStdString();
}

TEST(CsvLayout, AwkwardNotesAndEveryOffsetReadBackExactly)
{
    QList<CheckIn> entries = fixtureCheckIns();
    for (const QString& note : {QStringLiteral("+1 from yesterday"), QStringLiteral("'=x"),
                                QStringLiteral("=HYPERLINK(\"http://example.org\",\"x\")"),
                                QStringLiteral("\rcarriage return first")}) {
        entries.append(
            makeCheckIn(moment(2026, 12, 7, 9, 0, 0, -9 * 3600 - 1800), 1, {}, {}, note));
    }
    expectSameCheckIns(checkInsOf(readClean(JournalCsv::writeCheckIns(entries))), entries);
}

TEST(CsvLayout, TimesASpreadsheetSavedAgainAreReadToo)
{
    // LibreOffice or Excel may save the file again with times as they show them.
    const ImportBatch batch = readClean("date,time,utc-offset,overall\r\n"
                                        "2026-11-30,8:15:00 AM,UTC+01:00,4\r\n"
                                        "2026-11-30,08:15 PM,+01:00,4\r\n"
                                        "2026-11-30,20:15,UTC,4\r\n"
                                        "2026-11-30,20:15:30,Z,4\r\n"
                                        "2026-11-30,20:15:30,UTC+0530,4\r\n");
    const QList<CheckIn> read = checkInsOf(batch);
    ASSERT_EQ(read.size(), 5);
    EXPECT_EQ(read[0].at, moment(2026, 11, 30, 8, 15, 0, 3600));
    EXPECT_EQ(read[1].at, moment(2026, 11, 30, 20, 15, 0, 3600));
    EXPECT_EQ(read[2].at, moment(2026, 11, 30, 20, 15, 0, 0));
    EXPECT_EQ(read[3].at, moment(2026, 11, 30, 20, 15, 30, 0));
    EXPECT_EQ(read[4].at.offsetFromUtc(), 5 * 3600 + 1800);
}

TEST(CsvLayout, ATimeWithoutAnOffsetIsLocalTimeOnThisComputer)
{
    const ImportBatch batch = readClean("date,time,utc-offset,overall\r\n"
                                        "2026-11-30,08:15:00,,4\r\n");
    ASSERT_EQ(batch.checkIns.size(), 1);
    EXPECT_EQ(batch.checkIns[0].entry.at, QDateTime(QDate(2026, 11, 30), QTime(8, 15), Qt::UTC))
        << "tests run in UTC";
}

TEST(CsvLayout, ADateTimeOrOffsetThatCannotBeReadIsABadRowThatSaysWhich)
{
    const Result<ImportBatch> batch = JournalCsv::read("date,time,utc-offset,overall\r\n"
                                                       "30/11/2026,08:15:00,UTC+01:00,4\r\n"
                                                       "2026-11-30,quarter past,UTC+01:00,4\r\n"
                                                       "2026-11-30,08:15:00,Berlin,4\r\n"
                                                       "2026-11-30,08:15:00,UTC+15:00,4\r\n");
    ASSERT_TRUE(batch.ok());
    ASSERT_EQ(batch->problems.size(), 4);
    EXPECT_EQ(batch->problems[0].toString(), "line 2: “30/11/2026” is not a date like 2026-11-30");
    EXPECT_EQ(batch->problems[1].toString(), "line 3: “quarter past” is not a time like 08:15:00");
    EXPECT_EQ(batch->problems[2].toString(), "line 4: “Berlin” is not a UTC offset like UTC+01:00");
    EXPECT_EQ(batch->problems[3].toString(),
              "line 5: “UTC+15:00” is not a UTC offset like UTC+01:00");
}

TEST(CsvLayout, AnOffsetColumnWithoutADateColumnIsRefused)
{
    const Result<ImportBatch> batch =
        JournalCsv::read("time,utc-offset,overall\r\n2026-11-30T08:15:00,UTC+01:00,4\r\n");
    ASSERT_FALSE(batch.ok());
    EXPECT_TRUE(batch.error().contains("Line 1 has no “date” column"))
        << batch.error().toStdString();
}

TEST(CsvMomentText, OffsetsAreWrittenSoNoSpreadsheetTakesThemForATimeOrAFormula)
{
    EXPECT_EQ(CsvMoment::offsetText(3600), "UTC+01:00");
    EXPECT_EQ(CsvMoment::offsetText(0), "UTC+00:00");
    EXPECT_EQ(CsvMoment::offsetText(-(3 * 3600 + 1800)), "UTC-03:30");
    EXPECT_EQ(CsvMoment::offsetText(14 * 3600), "UTC+14:00");
}
