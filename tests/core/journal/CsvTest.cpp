#include "journal/Csv.h"

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
