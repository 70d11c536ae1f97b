#include "JourneySupport.h"

#include "core/common/Clock.h"
#include "ui/plan/MakeWeekDialog.h"
#include "ui/plan/PlanPage.h"
#include "ui/session/SessionController.h"
#include "ui/session/SessionPage.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <algorithm>

namespace carrywell::test {

void click(QWidget* widget)
{
    ASSERT_NE(widget, nullptr);
    ASSERT_TRUE(widget->isVisible()) << widget->objectName().toStdString() << " is not on screen";
    // A check box takes clicks on its box and label only, not on the room
    // its layout gives it beyond them.
    const bool box = qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget);
    const QPoint at = box ? QPoint(std::min(8, widget->width() / 2), widget->height() / 2)
                          : widget->rect().center();
    QTest::mouseClick(widget, Qt::LeftButton, {}, at);
}

void clickRow(QAbstractItemView* view, int row)
{
    ASSERT_NE(view, nullptr);
    const QModelIndex index = view->model()->index(row, 0);
    ASSERT_TRUE(index.isValid()) << "no row " << row;
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

bool chooseFromMenu(QMainWindow& window, const QString& actionName)
{
    QMenuBar* bar = window.menuBar();
    for (QAction* title : bar->actions()) {
        QMenu* menu = title->menu();
        if (!menu)
            continue;
        // Menus may be filled as they open: open it, then look.
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(title).center());
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, kPatienceMs)) {
            ADD_FAILURE() << "the menu " << title->text().toStdString() << " did not open";
            return false;
        }
        QAction* entry = nullptr;
        QAction* submenu = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->objectName() == actionName)
                entry = action;
            else if (action->menu() &&
                     std::any_of(action->menu()->actions().cbegin(),
                                 action->menu()->actions().cend(),
                                 [&](QAction* inner) { return inner->objectName() == actionName; }))
                submenu = action;
        }
        if (!entry && submenu) {
            // File ▸ Export ▸ …: open the submenu the way a pointer does, then look in it.
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(submenu).center());
            QMenu* inner = submenu->menu();
            if (!QTest::qWaitFor([inner] { return inner->isVisible(); }, kPatienceMs)) {
                ADD_FAILURE() << "the submenu " << submenu->text().toStdString() << " did not open";
                menu->close();
                return false;
            }
            menu = inner;
            for (QAction* action : menu->actions()) {
                if (action->objectName() == actionName)
                    entry = action;
            }
        }
        if (!entry) {
            menu->close();
            if (!QTest::qWaitFor([menu] { return !menu->isVisible(); }, kPatienceMs))
                ADD_FAILURE() << "the menu " << title->text().toStdString() << " stays open";
            continue;
        }
        if (!entry->isEnabled()) {
            ADD_FAILURE() << actionName.toStdString() << " is greyed out";
            menu->close();
            return false;
        }
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
        return true;
    }
    return false;
}

void goTo(ui::MainWindow& window, const QString& pageId)
{
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    const int row = int(window.pageIds().indexOf(pageId));
    ASSERT_GE(row, 0) << "no page " << pageId.toStdString();
    clickRow(navigation, row);
    ASSERT_EQ(window.currentPage(), pageId);
}

void makeMyWeek(ui::MainWindow& window, int weeksSinceBirth, int minutesPerDay)
{
    goTo(window, ui::MainWindow::planPage());
    auto* make = window.plan()->findChild<QPushButton*>(QStringLiteral("planEmptyMakeButton"));
    ASSERT_NE(make, nullptr);
    ASSERT_TRUE(make->isVisible()) << "the week already has a plan";
    auto answered = std::make_shared<bool>(false);
    whenModalOpens<ui::MakeWeekDialog>(
        [answered, weeksSinceBirth, minutesPerDay](ui::MakeWeekDialog* dialog) {
            const auto type = [dialog](const char* name, int value) {
                auto* spin = dialog->findChild<QSpinBox*>(QString::fromLatin1(name));
                ASSERT_NE(spin, nullptr) << name;
                click(spin);
                QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(spin, QString::number(value));
                ASSERT_EQ(spin->value(), value) << name;
            };
            auto* weeksKnown = dialog->findChild<QCheckBox*>(QStringLiteral("weeksKnownCheck"));
            ASSERT_NE(weeksKnown, nullptr);
            if (!weeksKnown->isChecked())
                click(weeksKnown);
            type("weeksSpin", weeksSinceBirth);
            auto* minutes = dialog->findChild<QSpinBox*>(QStringLiteral("planMinutes"));
            type("planMinutes", minutesPerDay);
            *answered = true;
            QTest::keyClick(minutes, Qt::Key_Return);
            if (dialog->isVisible()) {
                ADD_FAILURE() << "Enter did not make the week";
                dialog->reject();
            }
        },
        "Make my week");
    click(make);
    ASSERT_TRUE(*answered);
    auto* days = window.plan()->findChild<QWidget*>(QStringLiteral("planDays"));
    ASSERT_NE(days, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([days] { return days->isVisible(); }, kPatienceMs))
        << "no week shown";
}

void runSessionToTheEnd(ui::MainWindow& window, core::ManualClock& clock)
{
    ui::SessionPage* session = window.session();
    for (int i = 0; i < 40 * 60 * 10 && session->isRunning(); ++i) {
        clock.advance(100);
        session->controller()->tick();
    }
    ASSERT_FALSE(session->isRunning()) << "the session never ended";
}

ui::MainWindow* shownMainWindow(const char* skipProperty)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* window = qobject_cast<ui::MainWindow*>(widget);
        if (window && window->isVisible() &&
            !(skipProperty && window->property(skipProperty).toBool()))
            return window;
    }
    return nullptr;
}

void answerFileDialog(const QString& path, std::function<void()> then)
{
    whenModalOpens<QFileDialog>(
        [path, then](QFileDialog* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name) {
                ADD_FAILURE() << "the file dialog has no file name box";
                dialog->reject();
                return;
            }
            // She types once the dialog is in front and its box has the
            // focus: what is typed elsewhere selects folders on the way.
            if (!QTest::qWaitForWindowActive(dialog) ||
                !QTest::qWaitFor([name] { return name->hasFocus(); }, kPatienceMs)) {
                ADD_FAILURE() << "the file dialog's name box never had the focus";
                dialog->reject();
                return;
            }
            QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(name, path);
            // With the completer's list open, the first Enter only closes it.
            for (int i = 0; i < 3 && dialog->isVisible(); ++i) {
                QTest::keyClick(name, Qt::Key_Return);
                (void)QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 200);
            }
            if (dialog->isVisible()) {
                ADD_FAILURE() << "the file dialog did not take " << path.toStdString()
                              << "; its box holds " << name->text().toStdString()
                              << " in the folder " << dialog->directory().path().toStdString();
                dialog->reject();
                return;
            }
            if (then)
                then();
        },
        "the file dialog");
}

Script::Script()
{
    m_timer.setInterval(20);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
}

Script::~Script() = default;

void Script::then(const QString& waitingFor, std::function<bool()> ready, std::function<void()> act)
{
    m_steps.append({waitingFor, std::move(ready), std::move(act)});
}

void Script::start()
{
    m_waited.start();
    m_timer.start();
}

void Script::poll()
{
    if (m_failed) {
        endEverything();
        return;
    }
    if (m_next == m_steps.size()) {
        // The last step closes the window; a loop still running is stuck.
        if (m_waited.elapsed() > kPatienceMs)
            stop(QStringLiteral("the window stayed open after the last step"));
        return;
    }
    // Steps may open dialogs with loops of their own, where the next steps
    // are watched for: a step acts once this timer's turn is over, as Qt
    // does not run a timer again while its handler runs.
    const Step& step = m_steps.at(m_next);
    if (step.ready()) {
        ++m_next;
        m_waited.restart();
        QTimer::singleShot(0, &m_timer, [this, name = step.waitingFor, act = step.act] {
            act();
            if (!m_failed && ::testing::Test::HasFatalFailure())
                stop(QStringLiteral("a step failed after ") + name);
        });
        return;
    }
    if (m_waited.elapsed() > kPatienceMs)
        stop(QStringLiteral("waited in vain for ") + step.waitingFor);
}

void Script::stop(const QString& why)
{
    m_failed = true;
    ADD_FAILURE() << "the journey stopped: " << why.toStdString();
    endEverything();
}

void Script::endEverything()
{
    // Every loop ends, the dialogs' too; a window opened again (after a
    // restart asked for before) is closed for good as soon as it shows.
    while (ui::MainWindow* window = shownMainWindow())
        window->quit();
    QCoreApplication::exit(1);
}

} // namespace carrywell::test
