#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>

namespace carrywell::test {

/// How long a test waits for a dialog to open, and for its answer to close it.
inline constexpr std::chrono::milliseconds kDialogDeadline{10000};

namespace detail {

inline void answerWhenOpen(const std::function<void(QWidget*)>& answer, QDeadlineTimer deadline,
                           std::chrono::milliseconds limit)
{
    QTimer::singleShot(10, [answer, deadline, limit] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            if (deadline.hasExpired()) {
                ADD_FAILURE() << "no dialog opened within " << limit.count() << " ms";
                return;
            }
            answerWhenOpen(answer, deadline, limit); // not open yet
            return;
        }
        answer(modal);
        // An answer that leaves its dialog open would hang the test in the
        // dialog's exec(): fail instead, and close it so the test goes on.
        QTimer::singleShot(limit, [open = QPointer<QWidget>(modal)] {
            if (!open || !open->isVisible())
                return;
            ADD_FAILURE() << "the answer left the dialog \"" << open->objectName().toStdString()
                          << "\" open";
            if (auto* dialog = qobject_cast<QDialog*>(open.data()))
                dialog->reject();
            else
                open->close();
        });
    });
}

} // namespace detail

/// Answers the next modal dialog or message box as soon as it opens. The
/// test fails, rather than waits for ever, when no dialog opens within the
/// deadline or the answer leaves it open.
inline void answerNextDialog(const std::function<void(QWidget*)>& answer,
                             std::chrono::milliseconds deadline = kDialogDeadline)
{
    detail::answerWhenOpen(answer, QDeadlineTimer(deadline), deadline);
}

} // namespace carrywell::test
