// Every item model the window shows, checked by Qt's own model tester while
// it is filled, emptied and restyled as the pages do.

#include "PlanPrintSupport.h"
#include "ShippedContent.h"
#include "ui/library/ExerciseListModel.h"
#include "ui/plan/PlanDayModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QPixmap>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

const core::ContentLibrary& library()
{
    return test::shipped().library;
}

/// Reads every row's data in the roles a view asks for, thumbnails included.
void readEveryRow(const QAbstractItemModel& model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        for (const int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole),
                               int(Qt::AccessibleTextRole)})
            (void)model.data(index, role);
    }
}

} // namespace

TEST(ItemModels, TheExerciseListPassesQtsModelTester)
{
    ui::ExerciseListModel model(library());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QList<const core::Exercise*> all;
    for (const core::Exercise& exercise : library().exercises())
        all.append(&exercise);
    model.setExercises(all);
    EXPECT_EQ(model.rowCount(), all.size());
    model.setThumbnailStyle(QSize(96, 64), 2.0, true);
    readEveryRow(model);
    // The thumbnails drawn ahead on the other core arrive as data changes.
    EXPECT_TRUE(QTest::qWaitFor([&model] { return model.thumbnailsKept() > 0; }, 5000));

    model.setExercises(all.mid(3, 5));
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.exerciseAt(model.index(0)), all.at(3));
    readEveryRow(model);
    model.setExercises({});
    EXPECT_EQ(model.rowCount(), 0);
    model.setThumbnailStyle(QSize(48, 32), 1.0, false);
    model.setExercises(all);
    readEveryRow(model);
    EXPECT_TRUE(QTest::qWaitFor([&model] { return model.thumbnailsKept() > 0; }, 5000));
}

TEST(ItemModels, ThePlanDayPassesQtsModelTester)
{
    ui::PlanDayModel model(library());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const core::WeeklyPlan plan = test::busyPlan();
    ASSERT_EQ(plan.days.size(), 7);
    model.setThumbnailStyle(QSize(96, 64), 2.0, false);
    for (int day = 0; day < plan.days.size(); ++day) {
        model.setDay(&plan.days.at(day), day);
        EXPECT_EQ(model.rowCount(), plan.days.at(day).exercises.size());
        EXPECT_EQ(model.dayIndex(), day);
        readEveryRow(model);
        for (int row = 0; row < model.rowCount(); ++row) {
            EXPECT_TRUE(model.flags(model.index(row)) & Qt::ItemIsDragEnabled);
            EXPECT_EQ(model.itemAt(row)->exerciseId,
                      plan.days.at(day).exercises.at(row).exerciseId);
        }
    }
    model.setDay(nullptr, -1);
    EXPECT_EQ(model.rowCount(), 0);
    model.setThumbnailStyle(QSize(48, 32), 1.0, true);
    model.setDay(&plan.days.first(), 0);
    readEveryRow(model);
    QCoreApplication::processEvents();
}
