#include "core/journal/Csv.h"

#include "core/journal/ImportFields.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace carrywell::core;

TEST(Csv, QuotesOnlyTheFieldsThatNeedIt)
{
    EXPECT_EQ(Csv::formatRecord({"plain", "a,b", "say \"hi\"", "one\ntwo", " edge", "", "x"}),
              "plain,\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\",\" edge\",,x\r\n");
    EXPECT_EQ(Csv::byteOrderMark(), QByteArray("\xEF\xBB\xBF"));
}

TEST(Csv, ParsesWhatItWrites)
{
    const QStringList fields{"plain",  "a,b", "say \"hi\"", "one\ntwo\r\nthree",
                             " edge ", "",    "🤱🏽"};
    const QString text =
        Csv::formatRecord({"h1", "h2", "h3", "h4", "h5", "h6", "h7"}) + Csv::formatRecord(fields);
    const QList<CsvRecord> records = Csv::parse(text);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].fields, fields);
    EXPECT_TRUE(records[1].problem.isEmpty());
}

TEST(Csv, FieldsASpreadsheetWouldRunAsFormulasAreNeutralisedAndReadBackWhole)
{
    // OWASP: a cell starting with =, +, -, @, tab or carriage return is a
    // formula to Calc and Excel; an apostrophe before it makes it text.
    EXPECT_EQ(Csv::formatRecord({"=HYPERLINK(\"x\")", "+1 more", "-5 today", "@mum", "\tx", "ok"}),
              "\"'=HYPERLINK(\"\"x\"\")\",'+1 more,'-5 today,'@mum,'\tx,ok\r\n");
    // Plain numbers stay numbers; an apostrophe not before a formula stays as is.
    EXPECT_EQ(Csv::formatRecord({"-5", "+2.5", "'hello", "'"}), "-5,+2.5,'hello,'\r\n");
    // Apostrophes already before a formula get one more, so reading is exact.
    EXPECT_EQ(Csv::formatRecord({"'=x", "''-y"}), "''=x,'''-y\r\n");

    const QStringList fields{"=)", "-5 today", "'=x", "''-y", "-5", "'hello", "\r=\r", "@"};
    const QList<CsvRecord> records = Csv::parse(Csv::formatRecord(fields));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, fields);
}

TEST(Csv, RecordsKnowTheLineTheyStartOn)
{
    const QString text = "h1,h2\r\n"
                         "1,\"a\nb\r\nc\"\r\n"
                         "\r\n"
                         "2,x\n"
                         "3,y\r"
                         "4,z";
    const QList<CsvRecord> records = Csv::parse(text);
    ASSERT_EQ(records.size(), 5);
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields[1], "a\nb\r\nc");
    EXPECT_EQ(records[2].line, 6); // the blank line 5 is skipped
    EXPECT_EQ(records[3].line, 7); // a lone CR ends a line too
    EXPECT_EQ(records[4].line, 8);
    EXPECT_EQ(records[4].fields, QStringList({"4", "z"}));
}

TEST(Csv, StrayAndUnclosedQuotesAreReportedOnTheirRecord)
{
    const QString text = "h1,h2\n"
                         "ab\"c,d\n"
                         "\"quoted\"tail,e\n"
                         "fine,f\n"
                         "\"never closed,g\n"
                         "h,i\n";
    const QList<CsvRecord> records = Csv::parse(text);
    ASSERT_EQ(records.size(), 5);
    EXPECT_TRUE(records[1].problem.contains("double quote inside a field"));
    EXPECT_TRUE(records[2].problem.contains("after the closing double quote"));
    EXPECT_TRUE(records[3].problem.isEmpty());
    EXPECT_EQ(records[3].fields, QStringList({"fine", "f"}));
    EXPECT_EQ(records[4].line, 5);
    EXPECT_TRUE(records[4].problem.contains("never closed"));
}

TEST(Csv, EmptyTextHasNoRecords)
{
    EXPECT_TRUE(Csv::parse(u"").isEmpty());
    EXPECT_TRUE(Csv::parse(u"\r\n\r\n").isEmpty());
}

TEST(Csv, MomentsAreWrittenExactlyAsQtWritesISO8601)
{
    // The export writes times itself for speed; the text must be Qt's own.
    QRandomGenerator random(7);
    const QList<int> offsets{0, 3600, -3600, 19800, -16200, 45900, -43200, 50400, 7200, 600};
    int compared = 0;
    for (int i = 0; i < 5000; ++i) {
        // From 1900 to 2200, with milliseconds.
        const qint64 ms = qint64(random.bounded(1.0) * 9.5e12) - 2208988800000LL;
        const int offset = offsets.at(i % offsets.size());
        for (const QDateTime& moment :
             {QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset),
              QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)}) {
            for (const bool milliseconds : {false, true}) {
                ASSERT_EQ(ImportFields::momentText(moment, milliseconds),
                          moment.toString(milliseconds ? Qt::ISODateWithMs : Qt::ISODate))
                    << ms << " " << offset;
                ++compared;
            }
        }
    }
    // The edges: midnight, the last millisecond of a day, before 1970, odd offsets.
    const QList<QDateTime> edges{
        QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::OffsetFromUTC, 3600),
        QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, -18000),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0, 1), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 0), Qt::OffsetFromUTC, 0),
        QDateTime(QDate(2026, 6, 1), QTime(9, 30), Qt::OffsetFromUTC, 3601),
        QDateTime(QDate(2026, 6, 1), QTime(9, 30), Qt::LocalTime),
        QDateTime(),
    };
    for (const QDateTime& moment : edges) {
        for (const bool milliseconds : {false, true}) {
            EXPECT_EQ(ImportFields::momentText(moment, milliseconds),
                      moment.toString(milliseconds ? Qt::ISODateWithMs : Qt::ISODate))
                << moment.toString().toStdString();
            ++compared;
        }
    }
    EXPECT_EQ(compared, 5000 * 4 + edges.size() * 2);
}

TEST(Csv, AFieldAtATimeIsTheSameAsAWholeRecord)
{
    const QStringList fields{"plain", "a,b", "say \"hi\"", "one\ntwo", " edge", "", "🤱🏽"};
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        Csv::appendField(line, fields[i]);
    }
    Csv::endRecord(line);
    EXPECT_EQ(line, Csv::formatRecord(fields));
    EXPECT_EQ(line, "plain,\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\",\" edge\",,🤱🏽\r\n");
}
