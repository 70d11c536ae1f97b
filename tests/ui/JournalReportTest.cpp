// The report for the physiotherapist, checked the way a person would: the
// PDF's text with pdftotext, its first page rendered with pdftoppm.
#include "ui/journal/JournalReport.h"

#include "JournalUiFixture.h"
#include "core/common/LocaleFormat.h"
#include "ui/journal/JournalText.h"
#include "ui/journal/ReportDialog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>

using namespace carrywell;
using test::checkIn;
using test::utc;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(30000)) << program.toStdString();
    EXPECT_EQ(process.exitCode(), 0)
        << program.toStdString() << ": " << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Squeezes runs of spaces, so table columns read as one line of words.
QString words(const QString& text)
{
    return text.simplified();
}

class ReportTest : public test::JournalUiTest
{
protected:
    void SetUp() override
    {
        test::JournalUiTest::SetUp();
        add({checkIn(utc(2026, 1, 2, 8), 7, {{core::Region::LowerBack, 7}},
                     {core::Trigger::Lifting}, QStringLiteral("Carried the pram up the stairs")),
             checkIn(utc(2026, 1, 6, 8), 5, {{core::Region::LowerBack, 5}, {core::Region::Neck, 4}},
                     {core::Trigger::Feeding, core::Trigger::Lifting}),
             checkIn(utc(2026, 1, 12, 8), 3, {{core::Region::LowerBack, 3}}, {}, {},
                     {core::WarningSign::Leaking, core::WarningSign::NightPain}),
             checkIn(utc(2025, 11, 1, 8), 9, {}, {}, QStringLiteral("Outside the range"))});
        add(test::session(utc(2026, 1, 6, 19), QStringLiteral("evening-release"), 14, 6, 3));
        add(test::session(utc(2026, 1, 9, 19), QStringLiteral("gentle-start"), 9, 5, 4));
    }

    core::Result<ui::JournalReport> build(const core::DateRange& days)
    {
        return ui::JournalReport::build(
            *m_journal, days, ui::JournalText::regionNames(test::shippedContent().library),
            m_clock.now());
    }
};

} // namespace

TEST_F(ReportTest, APrintedReportIsOnThePaperOfHerLocaleAsThePlanIs)
{
    const core::Result<ui::JournalReport> report = build({QDate(2025, 12, 18), QDate(2026, 1, 14)});
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const QLocale before;
    struct Case
    {
        QLocale locale;
        const char* paper;
    };
    for (const Case& c : {Case{QLocale(QLocale::English, QLocale::UnitedStates), "letter"},
                          Case{QLocale(QLocale::English, QLocale::UnitedKingdom), "A4"},
                          Case{QLocale(QLocale::German, QLocale::Germany), "A4"},
                          Case{QLocale(QLocale::Spanish, QLocale::Spain), "A4"}}) {
        QLocale::setDefault(c.locale);
        // What the print dialog starts from; a PDF printer shows what paper it prints on.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        report->setUpPrinter(printer);
        const QString pdf = m_dir.filePath(c.locale.name() + QStringLiteral(".pdf"));
        printer.setOutputFileName(pdf);
        report->print(&printer);
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        EXPECT_TRUE(info.contains(QString::fromLatin1(c.paper)))
            << c.locale.name().toStdString() << ": " << info.toStdString();
        EXPECT_TRUE(info.contains("Pain journal, ")) << info.toStdString();
    }
    QLocale::setDefault(before);
}

TEST_F(ReportTest, ThePdfSaysWhatThePhysioNeedsToKnow)
{
    const core::Result<ui::JournalReport> report = build({QDate(2025, 12, 18), QDate(2026, 1, 14)});
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->checkInCount(), 3);
    EXPECT_EQ(report->sessionCount(), 2);
    const QString pdf = m_dir.filePath("report.pdf");
    const core::Result<core::Done> written = report->writePdf(pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains("Pain journal, Thu 18 Dec 2025 to Wed 14 Jan 2026"))
        << info.toStdString();
    // The paper of her locale, as the printed plan: Letter in the US (the tests' locale), A4
    // elsewhere.
    EXPECT_TRUE(info.contains("letter")) << info.toStdString();
    {
        const QLocale us;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString a4 = m_dir.filePath("report-a4.pdf");
        ASSERT_TRUE(report->writePdf(a4).ok());
        QLocale::setDefault(us);
        EXPECT_TRUE(run(QStringLiteral("pdfinfo"), {a4}).contains("A4"));
    }

    const QString layout =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QString text = words(layout);
    for (const char* expected :
         {"Pain journal", "For my physiotherapist: Thu 18 Dec 2025 to Wed 14 Jan 2026",
          "Made with Carrywell on Wed 14 Jan 2026", "Check-ins 3 on 3 of 28 days",
          "Average pain 5.0 (lowest day 3.0 on Mon 12 Jan 2026, highest 7.0 on Fri 2 Jan 2026)",
          "Sessions done 2 (23 minutes in all)", "5.5 → 3.5 on average (2 sessions rated",
          // The chart's legend and scale are text too.
          "Day’s average", "7-day average", "Sessions per week (right scale)", "Where it hurts",
          "Lower back 5.0 3 easing", "Neck 4.0 1 too few days to tell", "What set it o",
          "Lifting 2", "Feeding 1", "Sessions done", "Evening release", "Gentle start", "Notes",
          "Carried the pram up the stairs",
          // The warning signs she ticked, with when she noticed them.
          "When Pain Also noticed", "3 Leaking, Pain woke me at night",
          "it is not medical advice"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    }
    EXPECT_FALSE(text.contains("Also noticed:")) << "signs are data, never a line of a note";
    // A session is a row: when, the routine, minutes, exercises done and pain
    // read on one line of the page (the time may go below the day). pdftotext
    // drops the spaces around arrows in table cells.
    const auto rowOf = [&layout](const QDateTime& at) {
        const QString day = core::LocaleFormat::dayWithWeekday(at.date()) + QLatin1Char(',');
        const QString time = core::LocaleFormat::time(at.time());
        for (QString line : layout.split(QLatin1Char('\n'))) {
            line = line.replace(QChar(QChar::Nbsp), QLatin1Char(' ')).simplified();
            if (!line.startsWith(day))
                continue;
            line = line.mid(day.size()).trimmed();
            if (line.startsWith(time))
                line = line.mid(time.size());
            return line.remove(QLatin1Char(' '));
        }
        return QString();
    };
    EXPECT_EQ(rowOf(utc(2026, 1, 6, 19)), QStringLiteral("Eveningrelease142of26→3"))
        << layout.toStdString();
    EXPECT_EQ(rowOf(utc(2026, 1, 9, 19)), QStringLiteral("Gentlestart92of25→4"));
    EXPECT_FALSE(text.contains("Outside the range"));

    // The first page is drawn, chart included: many non-white pixels, some in colour.
    const QString prefix = m_dir.filePath("page");
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
         QStringLiteral("-singlefile"), pdf, prefix});
    const QImage page(prefix + QStringLiteral(".png"));
    ASSERT_FALSE(page.isNull());
    int inked = 0;
    int coloured = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor pixel = page.pixelColor(x, y);
            if (pixel.lightness() < 235)
                ++inked;
            if (pixel.hsvSaturation() > 60 && pixel.value() > 60)
                ++coloured;
        }
    }
    EXPECT_GT(inked, page.width() * page.height() / 50) << "a blank page";
    EXPECT_GT(coloured, 200) << "the chart's dots and line";
}

TEST_F(ReportTest, DatesAndTimesStayWholeInANarrowColumn)
{
    const core::Result<ui::JournalReport> report = build({QDate(2025, 12, 18), QDate(2026, 1, 14)});
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    // The sessions' and the notes' moments, each in a table's first column.
    const QList<QDateTime> moments{utc(2026, 1, 6, 19), utc(2026, 1, 9, 19), utc(2026, 1, 2, 8),
                                   utc(2026, 1, 12, 8)};
    const QLocale before;
    // A 12-hour clock ("7:00 PM", two words) and a 24-hour one.
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::German, QLocale::Germany)}) {
        SCOPED_TRACE(locale.name().toStdString());
        QLocale::setDefault(locale);
        // A page 15 cm wide leaves 11 cm for the five columns of the sessions
        // table, too little for a moment on one line.
        const QString pdf = m_dir.filePath(QStringLiteral("narrow-%1.pdf").arg(locale.name()));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QSizeF(150, 250), QPageSize::Millimeter));
            writer.setResolution(300);
            report->print(&writer);
        }
        QStringList lines;
        for (const QString& line :
             run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                 .split(QLatin1Char('\n')))
            lines.append(QString(line).replace(QChar(QChar::Nbsp), QLatin1Char(' ')).simplified());
        const QString page = lines.join(QLatin1Char('\n'));
        for (const QDateTime& at : moments) {
            // The day whole on one line, then the time whole: after it, or
            // starting the next line (the column's second line).
            const QString day = core::LocaleFormat::dayWithWeekday(at.date());
            const QString time = core::LocaleFormat::time(at.time());
            bool whole = false;
            for (qsizetype i = 0; i < lines.size() && !whole; ++i) {
                whole = lines[i].startsWith(core::LocaleFormat::dateTime(at)) ||
                        (lines[i].startsWith(day + QLatin1Char(',')) && i + 1 < lines.size() &&
                         lines[i + 1].startsWith(time));
            }
            EXPECT_TRUE(whole) << core::LocaleFormat::dateTime(at).toStdString() << " is split:\n"
                               << page.toStdString();
        }
        // No word of the tables is broken either: the headers read whole.
        for (const char* word : {"Routine", "Minutes", "Exercises", "Note"})
            EXPECT_TRUE(page.contains(QString::fromUtf8(word))) << word << "\n"
                                                                << page.toStdString();
    }
    QLocale::setDefault(before);
}

TEST_F(ReportTest, DaysWithNothingStillMakeAReadableReport)
{
    const core::Result<ui::JournalReport> report = build({QDate(2024, 1, 1), QDate(2024, 1, 31)});
    ASSERT_TRUE(report.ok());
    const QString pdf = m_dir.filePath("empty.pdf");
    ASSERT_TRUE(report->writePdf(pdf).ok());
    const QString text = words(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains("None in these days.")) << text.toStdString();
    EXPECT_TRUE(text.contains("No sessions in these days."));
    EXPECT_TRUE(text.contains("No notes in these days."));
}

TEST_F(ReportTest, AReportThatCannotBeWrittenSaysSoAndLeavesNoFile)
{
    const core::Result<ui::JournalReport> report = build({QDate(2026, 1, 1), QDate(2026, 1, 14)});
    ASSERT_TRUE(report.ok());
    const QString pdf = m_dir.filePath("no-such-folder/report.pdf");
    const core::Result<core::Done> written = report->writePdf(pdf);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains("report.pdf"));
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_FALSE(build({QDate(2026, 1, 14), QDate(2026, 1, 1)}).ok());
}

TEST(ReportDialog, QuickChoicesSetTheDays)
{
    const QDate today(2026, 1, 14);
    ui::ReportDialog dialog(today, {today.addDays(-27), today});
    EXPECT_EQ(dialog.days(), (core::DateRange{QDate(2025, 12, 18), today}));
    dialog.findChild<QPushButton*>("reportLast12Weeks")->click();
    EXPECT_EQ(dialog.days(), (core::DateRange{QDate(2025, 10, 23), today}));
    dialog.findChild<QPushButton*>("printReportButton")->click();
    EXPECT_EQ(dialog.output(), ui::ReportDialog::Output::Printer);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(ReportTest, ShowsHerActivitiesFromStartToEndAndFlagsOnlyMeaningfulChange)
{
    ASSERT_TRUE(
        m_journal
            ->addActivityRatings({{"Lifting the baby from the crib", 3, utc(2026, 1, 2, 20)},
                                  {"Fastening the car seat", 5, utc(2026, 1, 2, 20)},
                                  {"Lifting the baby from the crib", 7, utc(2026, 1, 12, 20)},
                                  {"Fastening the car seat", 6, utc(2026, 1, 12, 20)},
                                  {"Lifting the baby", 2, utc(2025, 11, 1, 20)}})
            .ok());
    const core::Result<ui::JournalReport> report = ui::JournalReport::build(
        *m_journal, {QDate(2025, 12, 18), QDate(2026, 1, 14)},
        ui::JournalText::regionNames(test::shippedContent().library), m_clock.now(),
        {"Fastening the car seat", "Lifting the baby from the crib", "Pushing the pram"});
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const QString pdf = m_dir.filePath("activities.pdf");
    ASSERT_TRUE(report->writePdf(pdf).ok());
    const QString text = words(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains("My activities")) << text.toStdString();
    EXPECT_TRUE(text.contains("Lifting the baby from the crib: 3 → 7, a meaningful improvement"))
        << text.toStdString();
    EXPECT_TRUE(text.contains("Fastening the car seat: 5 → 6, no clear change"));
    EXPECT_TRUE(text.contains("Pushing the pram: not rated in these days"));
    EXPECT_TRUE(text.contains("All activities together: +2.5 points on average, a meaningful "
                              "improvement"));
    // The rating from before the range is not part of it.
    EXPECT_FALSE(text.contains("Lifting the baby: 2"));
    // The pain, 7 on the first day and 3 on the last, is flagged the same way.
    EXPECT_TRUE(text.contains("Pain, start → end 7.0 → 3.0, a meaningful improvement"))
        << text.toStdString();
    EXPECT_TRUE(text.contains("Stratford et al. 1995"));
    EXPECT_TRUE(text.contains("Farrar et al. 2001"));
}

TEST_F(ReportTest, WithoutActivitiesTheReportHasNoSectionForThem)
{
    const core::Result<ui::JournalReport> report = build({QDate(2025, 12, 18), QDate(2026, 1, 14)});
    ASSERT_TRUE(report.ok());
    const QString pdf = m_dir.filePath("plain.pdf");
    ASSERT_TRUE(report->writePdf(pdf).ok());
    const QString text = words(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    EXPECT_FALSE(text.contains("My activities"));
}

TEST_F(ReportTest, ASmallPainChangeIsNoClearChangeNeverProgress)
{
    core::Journal& journal = *m_journal;
    for (const core::CheckIn& entry : test::JournalUiTest::allCheckIns())
        ASSERT_TRUE(journal.removeCheckIn(entry.id).ok());
    add({checkIn(utc(2026, 1, 5, 8), 5), checkIn(utc(2026, 1, 9, 8), 4)});
    const core::Result<ui::JournalReport> report = build({QDate(2026, 1, 1), QDate(2026, 1, 14)});
    ASSERT_TRUE(report.ok());
    const QString pdf = m_dir.filePath("small.pdf");
    ASSERT_TRUE(report->writePdf(pdf).ok());
    const QString text = words(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains("Pain, start → end 5.0 → 4.0, no clear change"))
        << text.toStdString();
    EXPECT_FALSE(text.contains("improvement"));
}
