// The test helper that answers dialogs fails a test instead of hanging it.

#include "ModalDialogs.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

using carrywell::test::answerNextDialog;

namespace {

void waitForNoDialog()
{
    answerNextDialog([](QWidget*) {}, std::chrono::milliseconds(50));
    QTest::qWait(200);
}

void answerWithoutClosing()
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("Title"), QStringLiteral("Question?"),
                    QMessageBox::Ok | QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("questionBox"));
    answerNextDialog([](QWidget*) {}, std::chrono::milliseconds(50));
    box.exec(); // the helper closes it after failing
}

} // namespace

TEST(ModalDialogs, ADialogThatNeverOpensFailsTheTest)
{
    EXPECT_NONFATAL_FAILURE(waitForNoDialog(), "no dialog opened within 50 ms");
}

TEST(ModalDialogs, AnAnswerThatLeavesTheDialogOpenFailsAndClosesIt)
{
    EXPECT_NONFATAL_FAILURE(answerWithoutClosing(), "left the dialog \"questionBox\" open");
}

TEST(ModalDialogs, AnAnswerThatClosesTheDialogPasses)
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("Title"), QStringLiteral("Question?"),
                    QMessageBox::Ok | QMessageBox::Cancel);
    answerNextDialog([](QWidget* dialog) {
        qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Ok)->click();
    });
    EXPECT_EQ(box.exec(), QMessageBox::Ok);
}
