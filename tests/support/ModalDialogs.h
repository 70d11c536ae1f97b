#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace carrywell::test {

/// Answers the next modal dialog or message box as soon as it opens.
inline void answerNextDialog(const std::function<void(QWidget*)>& answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            answerNextDialog(answer); // not open yet
            return;
        }
        answer(modal);
    });
}

} // namespace carrywell::test
