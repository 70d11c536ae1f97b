#pragma once

// What her journeys share: clicks and keys on widgets found by name, menus
// opened with the mouse, dialogs answered as they open, and a script for the
// journeys that run through Carrywell's own start-up loop.

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

class QAbstractItemView;
class QMainWindow;

namespace carrywell::core {
class ManualClock;
}

namespace carrywell::ui {
class MainWindow;
}

namespace carrywell::test {

/// How long a journey waits for something she would wait for.
constexpr int kPatienceMs = 20000;

/// Clicks `widget` as her mouse would: a check box or radio button on its
/// box, anything else in its middle.
void click(QWidget* widget);
/// Clicks row `row` of a list or table.
void clickRow(QAbstractItemView* view, int row);
/// Chooses the menu entry of the action named `actionName` with the mouse:
/// the menu's title in the menu bar, then the entry, through a submenu when
/// it is in one (File ▸ Export ▸ …). False when no menu holds it.
bool chooseFromMenu(QMainWindow& window, const QString& actionName);
/// Goes to a page by clicking its entry in the window's navigation.
void goTo(ui::MainWindow& window, const QString& pageId);
/// The main window on screen, or null; with `skipProperty`, not one with that property set.
ui::MainWindow* shownMainWindow(const char* skipProperty = nullptr);

/// On the Plan page of a week with no plan: Make my week, with the weeks
/// since the birth and the minutes a day typed in, then Enter.
void makeMyWeek(ui::MainWindow& window, int weeksSinceBirth, int minutesPerDay);
/// Lets the running session's clock run on until its end screen shows,
/// ticking as its timer would.
void runSessionToTheEnd(ui::MainWindow& window, core::ManualClock& clock);

/// Runs `answer` on the next modal dialog of type T as soon as it is open.
/// After kPatienceMs without one the test fails and the open dialog is closed.
template <typename T>
void whenModalOpens(std::function<void(T*)> answer, const char* what = "a dialog")
{
    auto* timer = new QTimer;
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, answer, what] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<T*>(modal); dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
            return;
        }
        if (waited->elapsed() > kPatienceMs) {
            timer->stop();
            timer->deleteLater();
            ADD_FAILURE() << what << " did not open";
            if (auto* other = qobject_cast<QDialog*>(modal))
                other->reject();
        }
    });
    timer->start();
}

/// Answers the next file dialog by typing `path` into its file name box and
/// pressing Enter; then runs `then` (to answer what comes next).
void answerFileDialog(const QString& path, std::function<void()> then = {});

/// A journey through a window that runs its own event loop (Carrywell's
/// start-up, WindowLoop): each step waits for what she would wait for, then
/// acts. A step that never comes, or that fails, fails the test and ends the loop.
class Script
{
public:
    Script();
    ~Script();

    /// Adds a step: once `ready` holds, `act` runs (once).
    void then(const QString& waitingFor, std::function<bool()> ready, std::function<void()> act);
    /// Starts watching; the steps run while an event loop does.
    void start();
    bool finished() const { return !m_failed && m_next == m_steps.size(); }

private:
    struct Step
    {
        QString waitingFor;
        std::function<bool()> ready;
        std::function<void()> act;
    };
    void poll();
    /// Fails the test and ends every event loop.
    void stop(const QString& why);
    void endEverything();

    QList<Step> m_steps;
    qsizetype m_next = 0;
    bool m_failed = false;
    QTimer m_timer;
    QElapsedTimer m_waited;
};

} // namespace carrywell::test
