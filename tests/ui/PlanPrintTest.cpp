// The printed weekly plan, checked the way a person would check it: the
// PDF's words with pdftotext, its fonts with pdffonts, its pages with
// pdfinfo and pdftoppm, for both layouts on A4 and Letter.
#include "PlanPrintSupport.h"
#include "ui/print/PlanLayout.h"
#include "ui/print/PlanPdf.h"
#include "ui/print/PlanSheet.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell;
using test::busyPlan;
using test::shortPlan;
using test::squeezed;

namespace {

enum class Week
{
    Busy,
    Short,
};

struct PrintCase
{
    Week week;
    ui::PlanLayout layout;
    QPageSize::PageSizeId page;
};

std::string caseName(const ::testing::TestParamInfo<PrintCase>& info)
{
    const PrintCase& c = info.param;
    return std::string(c.week == Week::Busy ? "Busy" : "Short") +
           (c.layout == ui::PlanLayout::WeekGrid ? "WeekGrid" : "DayByDay") +
           (c.page == QPageSize::A4 ? "A4" : "Letter");
}

class PlanPdfTest : public ::testing::TestWithParam<PrintCase>
{
protected:
    QTemporaryDir m_dir;
};

} // namespace

TEST_P(PlanPdfTest, PrintsTheWholeWeekReadablyOnOneOrTwoPages)
{
    const PrintCase c = GetParam();
    const core::WeeklyPlan plan = c.week == Week::Busy ? busyPlan() : shortPlan();
    ASSERT_EQ(plan.days.size(), 7);
    const QString path = m_dir.filePath(QStringLiteral("plan.pdf"));
    const core::Result<core::Done> written =
        ui::PlanPdf::write(path, plan, test::shippedLibrary(), c.layout, QPageSize(c.page));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const test::PdfFacts pdf = test::readPdf(path);

    // The page: the locale's paper, turned the way the layout wants.
    const QSizeF portrait = c.page == QPageSize::A4 ? QSizeF(595, 842) : QSizeF(612, 792);
    const QSizeF expected = c.layout == ui::PlanLayout::WeekGrid ? portrait.transposed() : portrait;
    EXPECT_NEAR(pdf.pageSize.width(), expected.width(), 1);
    EXPECT_NEAR(pdf.pageSize.height(), expected.height(), 1);
    EXPECT_GE(pdf.pages, 1);
    EXPECT_LE(pdf.pages, 2);
    if (c.week == Week::Short) {
        EXPECT_EQ(pdf.pages, 1) << "a short week fits on one page";
    }

    // Fonts travel with the file, so it prints the same anywhere.
    EXPECT_FALSE(pdf.fonts.isEmpty());
    EXPECT_TRUE(pdf.unembedded.isEmpty()) << pdf.unembedded.join(QLatin1Char('\n')).toStdString();

    // Every day with its date, every exercise, the safety note.
    const QString text = squeezed(pdf.text);
    for (const char* day :
         {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
        EXPECT_TRUE(text.contains(squeezed(QString::fromLatin1(day)))) << day;
    for (int i = 0; i < 7; ++i) {
        const QString date = QStringLiteral("%1 Jan").arg(5 + i);
        EXPECT_TRUE(pdf.text.contains(date)) << date.toStdString();
    }
    EXPECT_TRUE(pdf.text.contains(QStringLiteral("5 – 11 January 2026"))) << pdf.text.toStdString();
    for (const core::PlanDay& day : plan.days) {
        for (const core::PlannedExercise& item : day.exercises) {
            const QString name = test::shippedLibrary().exercise(item.exerciseId)->name;
            EXPECT_TRUE(text.contains(squeezed(name))) << name.toStdString();
        }
    }
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("it is not medical advice"))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("Stop and get help"))));
    EXPECT_EQ(
        pdf.text.count(QStringLiteral("Rest day")),
        std::count_if(plan.days.cbegin(), plan.days.cend(), [](const auto& d) { return d.rest; }));

    // Every page is drawn on, pictures included.
    ASSERT_EQ(pdf.renders.size(), pdf.pages);
    for (const QImage& page : pdf.renders)
        EXPECT_GT(test::inkedShare(page), 0.04) << "a nearly blank page";
}

INSTANTIATE_TEST_SUITE_P(
    BothLayoutsBothPapers, PlanPdfTest,
    ::testing::Values(PrintCase{Week::Busy, ui::PlanLayout::WeekGrid, QPageSize::A4},
                      PrintCase{Week::Busy, ui::PlanLayout::WeekGrid, QPageSize::Letter},
                      PrintCase{Week::Busy, ui::PlanLayout::DayByDay, QPageSize::A4},
                      PrintCase{Week::Busy, ui::PlanLayout::DayByDay, QPageSize::Letter},
                      PrintCase{Week::Short, ui::PlanLayout::WeekGrid, QPageSize::A4},
                      PrintCase{Week::Short, ui::PlanLayout::WeekGrid, QPageSize::Letter},
                      PrintCase{Week::Short, ui::PlanLayout::DayByDay, QPageSize::A4},
                      PrintCase{Week::Short, ui::PlanLayout::DayByDay, QPageSize::Letter}),
    caseName);

TEST(PlanPdf, AFileThatCannotBeWrittenSaysWhereAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/plan.pdf"));
    const core::Result<core::Done> written =
        ui::PlanPdf::write(path, shortPlan(), test::shippedLibrary(), ui::PlanLayout::WeekGrid,
                           QPageSize(QPageSize::A4));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("plan.pdf")))
        << written.error().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(PlanLayout, PaperFollowsTheLocaleAndOrientationTheLayout)
{
    EXPECT_EQ(ui::planPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
              QPageSize::Letter);
    EXPECT_EQ(ui::planPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
              QPageSize::A4);
    EXPECT_EQ(ui::planPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    const QPageSize a4(QPageSize::A4);
    EXPECT_EQ(ui::planPageLayout(ui::PlanLayout::WeekGrid, a4).orientation(),
              QPageLayout::Landscape);
    EXPECT_EQ(ui::planPageLayout(ui::PlanLayout::DayByDay, a4).orientation(),
              QPageLayout::Portrait);
    EXPECT_EQ(ui::toId(ui::PlanLayout::WeekGrid), QStringLiteral("week"));
    EXPECT_EQ(ui::planLayoutFromId(QStringLiteral("days")), ui::PlanLayout::DayByDay);
    EXPECT_FALSE(ui::planLayoutFromId(QStringLiteral("grid")));
}

TEST(PlanSheet, EachExerciseGetsItsDoseOneShortCueAndAPicture)
{
    const core::WeeklyPlan plan = busyPlan();
    const ui::PlanSheet sheet = ui::PlanSheet::from(plan, test::shippedLibrary());
    ASSERT_EQ(sheet.days.size(), 7);
    for (qsizetype d = 0; d < 7; ++d) {
        ASSERT_EQ(sheet.days[d].items.size(), plan.days[d].exercises.size());
        for (qsizetype i = 0; i < sheet.days[d].items.size(); ++i) {
            const ui::PlanSheet::Item& item = sheet.days[d].items[i];
            // A breathing exercise times the breath: "4 s in, 6 s out".
            EXPECT_EQ(item.dosage,
                      plan.days[d].exercises[i].dosage.describe(item.exercise->tempo()));
            EXPECT_FALSE(item.cue.isEmpty()) << item.name.toStdString();
            ASSERT_TRUE(item.illustration) << item.name.toStdString() << " has no picture";
            EXPECT_GE(item.step, 0);
            EXPECT_LT(item.step, item.illustration->steps.size());
        }
    }

    const core::Exercise* threadTheNeedle =
        test::shippedLibrary().exercise(QStringLiteral("thread-the-needle"));
    ASSERT_TRUE(threadTheNeedle);
    // Its first cue is long; a shorter one of its own cues is printed instead.
    const QString cue = ui::PlanSheet::keyCue(*threadTheNeedle);
    EXPECT_TRUE(threadTheNeedle->cues.contains(cue));
    EXPECT_LE(cue.size(), 64);
    EXPECT_EQ(
        ui::PlanSheet::keyCue(*test::shippedLibrary().exercise(QStringLiteral("glute-bridge"))),
        QStringLiteral("Drive through your heels, not your toes."));
}

TEST(PlanSheet, ThePictureIsTheStepThatDrawsTheMovement)
{
    core::Illustration drawing;
    drawing.steps = {{QStringLiteral("start"), {}},
                     {QStringLiteral("start"), QStringLiteral("top")},
                     {QStringLiteral("top"), QStringLiteral("start")},
                     {QStringLiteral("start"), {}}};
    drawing.movement = {QStringLiteral("start"), QStringLiteral("top")};
    EXPECT_EQ(ui::PlanSheet::bestStep(drawing), 1);
    drawing.movement = {};
    EXPECT_EQ(ui::PlanSheet::bestStep(drawing), 2) << "the last movement";
    drawing.steps = {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}};
    EXPECT_EQ(ui::PlanSheet::bestStep(drawing), 1) << "the last step";
}

TEST(PlanSheet, DatesReadNaturallyAcrossMonthsAndYears)
{
    EXPECT_EQ(ui::PlanSheet::dateRange(QDate(2026, 1, 5)), QStringLiteral("5 – 11 January 2026"));
    EXPECT_EQ(ui::PlanSheet::dateRange(QDate(2026, 1, 26)),
              QStringLiteral("26 January – 1 February 2026"));
    EXPECT_EQ(ui::PlanSheet::dateRange(QDate(2025, 12, 29)),
              QStringLiteral("29 December 2025 – 4 January 2026"));
}
