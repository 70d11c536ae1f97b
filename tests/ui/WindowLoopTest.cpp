#include "shell/WindowLoop.h"

#include "ShippedContent.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/profile/ProfileStore.h"
#include "core/reminders/ReminderSettings.h"
#include "ui/settings/Translations.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>

using namespace carrywell;
using carrywell::test::shipped;

namespace {

ui::MainWindow* visibleWindow()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<ui::MainWindow*>(w); window && window->isVisible())
            return window;
    }
    return nullptr;
}

/// Calls `step` every few milliseconds while the loop runs, until it returns false.
void everyTick(std::function<bool()> step)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, step] {
        if (!step())
            timer->deleteLater();
    });
    timer->start();
}

class WindowLoopTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        core::ProfileStore(m_settings).setFirstRunDone(true);
    }
    void TearDown() override { ui::Translations::install(QStringLiteral("en")); }

    QString journalPath() const { return m_dir.filePath("journal.sqlite"); }
    QApplication& app() { return *qobject_cast<QApplication*>(QCoreApplication::instance()); }

    QTemporaryDir m_dir;
    void chooseLanguage(const QString& code)
    {
        ui::AppearanceStore store(m_settings);
        ui::Appearance appearance = store.load();
        appearance.language = code;
        store.save(appearance);
    }

    QSettings m_settings{m_dir.filePath("settings.ini"), QSettings::IniFormat};
    core::ManualClock m_clock;
};

} // namespace

TEST_F(WindowLoopTest, ClosingTheWindowEndsTheLoop)
{
    int windows = 0;
    everyTick([&] {
        if (ui::MainWindow* window = visibleWindow()) {
            ++windows;
            window->close();
            return false;
        }
        return true;
    });
    EXPECT_EQ(ui::WindowLoop(app(), shipped(), m_settings, journalPath(), m_clock).run(), 0);
    EXPECT_EQ(windows, 1);
}

TEST_F(WindowLoopTest, RestoringABackupReopensTheWindowOnTheBackedUpJournal)
{
    core::BackupInfo backup;
    {
        core::JournalOpenResult journal = core::Journal::open(journalPath(), m_clock);
        ASSERT_TRUE(journal.ok()) << journal.error().toStdString();
        ASSERT_TRUE(journal->addCheckIn({0, m_clock.now(), 3, {}, {}, {}, {}}).ok());
        m_clock.advance(60 * 1000);
        const core::Result<core::BackupInfo> made = journal->backUpNow(QStringLiteral("manual"));
        ASSERT_TRUE(made.ok()) << made.error().toStdString();
        backup = made.value();
        m_clock.advance(60 * 1000);
        ASSERT_TRUE(journal->addCheckIn({0, m_clock.now(), 9, {}, {}, {}, {}}).ok());
    }

    // The second window may be built at the first one's address: mark each one seen.
    int seen = 0;
    QString told;
    everyTick([&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
            return true;
        }
        ui::MainWindow* window = visibleWindow();
        if (!window || window->property("seen").toBool())
            return true;
        if (seen == 0) {
            window->setProperty("seen", true);
            ++seen;
            window->requestRestart(backup);
            return true;
        }
        if (told.isEmpty())
            return true; // the second window first says what happened
        window->setProperty("seen", true);
        ++seen;
        window->close();
        return false;
    });
    EXPECT_EQ(ui::WindowLoop(app(), shipped(), m_settings, journalPath(), m_clock).run(), 0);

    EXPECT_EQ(seen, 2);
    EXPECT_TRUE(told.contains(QStringLiteral("restored"))) << told.toStdString();
    core::JournalOpenResult journal = core::Journal::open(journalPath(), m_clock);
    ASSERT_TRUE(journal.ok());
    const core::Result<QList<core::CheckIn>> checkIns =
        core::JournalHistory(*journal.journal()).allCheckIns();
    ASSERT_TRUE(checkIns.ok());
    ASSERT_EQ(checkIns->size(), 1);
    EXPECT_EQ(checkIns->first().overall, 3);
    // The journal that was replaced is kept beside it, never deleted.
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("journal-kept-*.sqlite")}).size(), 1);
}

TEST_F(WindowLoopTest, AJournalThatCannotBeOpenedIsRestoredFromItsBackupTheWaySettingsDoes)
{
    {
        core::JournalOpenResult journal = core::Journal::open(journalPath(), m_clock);
        ASSERT_TRUE(journal.ok()) << journal.error().toStdString();
        ASSERT_TRUE(journal->addCheckIn({0, m_clock.now(), 3, {}, {}, {}, {}}).ok());
        m_clock.advance(60 * 1000);
        ASSERT_TRUE(journal->backUpNow(QStringLiteral("manual")).ok());
    }
    QFile damaged(journalPath());
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();

    bool offered = false;
    QString told;
    everyTick([&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == QStringLiteral("journalProblemBox")) {
            auto* restore =
                box->findChild<QAbstractButton*>(QStringLiteral("restoreLatestBackupButton"));
            offered = restore != nullptr;
            if (restore)
                restore->click();
            else
                box->reject();
            return true;
        }
        if (box) {
            told = box->text();
            box->accept();
            return true;
        }
        if (ui::MainWindow* window = visibleWindow(); window && !told.isEmpty()) {
            window->close();
            return false;
        }
        return true;
    });
    EXPECT_EQ(ui::WindowLoop(app(), shipped(), m_settings, journalPath(), m_clock).run(), 0);

    EXPECT_TRUE(offered);
    EXPECT_TRUE(told.startsWith(QStringLiteral("Your journal was restored from the backup of ")))
        << told.toStdString();
    EXPECT_TRUE(told.contains(QStringLiteral("journal-kept-"))) << told.toStdString();
    core::JournalOpenResult journal = core::Journal::open(journalPath(), m_clock);
    ASSERT_TRUE(journal.ok()) << journal.error().toStdString();
    const core::Result<QList<core::CheckIn>> checkIns =
        core::JournalHistory(*journal.journal()).allCheckIns();
    ASSERT_TRUE(checkIns.ok());
    ASSERT_EQ(checkIns->size(), 1);
    EXPECT_EQ(checkIns->first().overall, 3);
    // The damaged file is kept beside it, as it was.
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("journal-kept-*.sqlite")}).size(), 1);
}

TEST_F(WindowLoopTest, ANewLanguageShowsInTheReopenedWindow)
{
    QStringList firstPages;
    QStringList secondPages;
    everyTick([&] {
        ui::MainWindow* window = visibleWindow();
        if (!window)
            return true;
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QStringList titles;
        for (int i = 0; i < navigation->count(); ++i)
            titles.append(navigation->item(i)->text());
        if (firstPages.isEmpty()) {
            firstPages = titles;
            chooseLanguage(QStringLiteral("es"));
            window->requestRestart();
            return true;
        }
        if (titles == firstPages)
            return true; // still the first window, closing
        secondPages = titles;
        window->close();
        return false;
    });
    chooseLanguage(QStringLiteral("en"));
    EXPECT_EQ(ui::WindowLoop(app(), shipped(), m_settings, journalPath(), m_clock).run(), 0);
    ASSERT_FALSE(firstPages.isEmpty());
    EXPECT_EQ(firstPages.first(), QStringLiteral("Library"));
    ASSERT_EQ(secondPages.size(), firstPages.size());
    EXPECT_EQ(secondPages.first(), QStringLiteral("Biblioteca"));
}

TEST_F(WindowLoopTest, ABackgroundStartShowsTheWindowWhenThereIsNoTrayToWaitIn)
{
    // Reminders are on, but the offscreen platform has no system tray: waiting
    // hidden would leave Carrywell unreachable, so the window opens.
    core::ReminderSettings reminders;
    reminders.checkIn = true;
    core::ReminderStore(m_settings).save(reminders);
    ASSERT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    bool shown = false;
    everyTick([&] {
        if (ui::MainWindow* window = visibleWindow()) {
            shown = true;
            window->close();
            return false;
        }
        return true;
    });
    EXPECT_EQ(ui::WindowLoop(app(), shipped(), m_settings, journalPath(), m_clock, true).run(), 0);
    EXPECT_TRUE(shown);
}
