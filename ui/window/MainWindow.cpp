#include "ui/window/MainWindow.h"

#include "core/journal/Journal.h"
#include "core/session/SessionRecording.h"
#include "core/session/SessionStateStore.h"
#include "ui/audio/CuePlayer.h"
#include "ui/checkin/CarePromptArea.h"
#include "ui/checkin/JournalEditor.h"
#include "ui/checkin/RatingPromptBanner.h"
#include "ui/journal/JournalActions.h"
#include "ui/journal/JournalFileActions.h"
#include "ui/journal/JournalPage.h"
#include "ui/learn/LearnPage.h"
#include "ui/library/LibraryPage.h"
#include "ui/plan/PlanPage.h"
#include "ui/print/PlanPrintActions.h"
#include "ui/reminders/ReminderService.h"
#include "ui/session/SessionPage.h"
#include "ui/settings/FirstRunWizard.h"
#include "ui/settings/Theme.h"
#include "ui/window/ContentProblemsBanner.h"
#include "ui/window/HelpDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace carrywell::ui {

MainWindow::MainWindow(const core::ContentLoadReport& content, const SettingsStores& settings,
                       const core::Clock& clock, core::Journal* journal,
                       std::unique_ptr<LibraryPage> library)
    : MainWindow(content, settings, clock, journal, nullptr, library.release())
{
}

MainWindow::MainWindow(const core::ContentLoadReport& content, const SettingsStores& settings,
                       const core::Clock& clock, core::Journal* journal, QWidget* parent)
    : MainWindow(content, settings, clock, journal, parent, nullptr)
{
}

MainWindow::MainWindow(const core::ContentLoadReport& content, const SettingsStores& settings,
                       const core::Clock& clock, core::Journal* journal, QWidget* parent,
                       LibraryPage* library)
    : QMainWindow(parent), m_content(content.library), m_settings(settings), m_clock(clock),
      m_journal(journal), m_dataFolder(settings.folder), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_library(library ? library : new LibraryPage(content.library))
{
    m_library->setParent(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Carrywell"));
    setUpNavigation();
    addPages();
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 48);
    setCentralWidget(buildCentralWidget(content));
    connectSignals();
    createMenus();
    applyProfile();
    restoreState();
    updatePrintShortcut();
}

void MainWindow::setUpNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(4);
    m_navigation->setFrameShape(QFrame::NoFrame);
}

void MainWindow::addPages()
{
    // Pages made before their place in the stack is taken wait hidden; left
    // visible they would sit unseen at 0×0 over the window, their controls in
    // another page's Tab order.
    m_library->hide();
    addPage(libraryPage(), tr("Library"), [this] { return m_library; });
    if (m_journal)
        addJournalPages();
    addPage(sessionPage(), tr("Session"), [this] {
        m_session = new SessionPage(m_content, m_clock, m_settings, m_dataFolder, {}, this);
        connect(m_session, &SessionPage::sessionEnded, this, &MainWindow::recordSession);
        return m_session;
    });
    addPage(learnPage(), tr("Learn"), [this] {
        m_learn = new LearnPage(m_content, this);
        const QString topic = m_settings.window.load().topic;
        if (!topic.isEmpty())
            m_learn->showTopic(topic);
        return m_learn;
    });
}

void MainWindow::addJournalPages()
{
    // The journal's menu actions are made now; its page on the first visit.
    m_journalActions = new JournalActions(*m_journal, m_content, m_clock, this);
    m_journalActions->setProfileStore(m_settings.profile);
    addPage(journalPage(), tr("Journal"), [this] {
        m_journalPage = new JournalPage(*m_journal, m_content, m_settings.journal, m_clock, this,
                                        m_journalActions);
        connect(m_journalPage, &JournalPage::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
        return m_journalPage;
    });
    addPage(planPage(), tr("Plan"), [this] {
        m_planPage = new PlanPage(*m_journal, m_content, m_settings, m_clock, this);
        connectPlan();
        updatePrintShortcut();
        return m_planPage;
    });
}

QWidget* MainWindow::buildCentralWidget(const core::ContentLoadReport& content)
{
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    if (!content.errors.isEmpty())
        outer->addWidget(new ContentProblemsBanner(content.errors, content.skippedFiles, central));
    if (m_journalActions) {
        m_carePrompts = new CarePromptArea(m_settings.journal, central);
        m_carePrompts->setObjectName(QStringLiteral("windowCarePrompts"));
        m_ratingPrompt = new RatingPromptBanner(central);
        auto* prompts = new QVBoxLayout;
        prompts->setContentsMargins(12, 8, 12, 0);
        prompts->addWidget(m_carePrompts);
        prompts->addWidget(m_ratingPrompt);
        outer->addLayout(prompts);
    }
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    return central;
}

void MainWindow::connectSignals()
{
    if (m_journalActions) {
        connect(m_journalActions, &JournalActions::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
        connect(m_journalActions->editor(), &JournalEditor::failed, this,
                [this](const QString& message) { statusBar()->showMessage(message, 15000); });
        connect(m_journalActions, &JournalActions::checkInAdded, this,
                &MainWindow::showCarePrompts);
        // The weekly question about her activities, while it is due.
        auto updateRatingPrompt = [this] {
            m_ratingPrompt->setVisible(m_journalActions->ratingDue());
        };
        connect(m_journalActions, &JournalActions::ratingPromptChanged, this, updateRatingPrompt);
        connect(m_journal, &core::Journal::changed, this, updateRatingPrompt);
        connect(m_ratingPrompt, &RatingPromptBanner::rateRequested, m_journalActions,
                &JournalActions::rateActivities);
        connect(m_ratingPrompt, &RatingPromptBanner::dismissed, m_journalActions,
                &JournalActions::dismissRatingPrompt);
        updateRatingPrompt();
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentWidget(pageAt(row));
        updatePrintShortcut();
        // The Journal page shows the prompts in its own banner.
        if (m_carePrompts && currentPage() == journalPage())
            m_carePrompts->setPrompts({});
    });
    connect(m_library, &LibraryPage::startExerciseRequested, this, [this](const QString& id) {
        if (session()->requestExercise(id))
            showPage(sessionPage());
    });
    connect(m_library, &LibraryPage::guideLinkActivated, this, [this](const QString& id) {
        learn()->showTopic(id);
        showPage(learnPage());
    });
}

void MainWindow::addPage(const QString& id, const QString& title, std::function<QWidget*()> build)
{
    m_pageIds.append(id);
    m_pageTitles.append(title);
    m_navigation->addItem(title);
    // An empty stand-in keeps the page's place until it is built.
    m_pages->addWidget(new QWidget(m_pages));
    m_pageBuilders.append(std::move(build));
}

QWidget* MainWindow::pageAt(int index)
{
    if (index < 0 || index >= m_pageBuilders.size())
        return m_pages->currentWidget();
    if (m_pageBuilders[index]) {
        QWidget* standIn = m_pages->widget(index);
        QWidget* page = std::exchange(m_pageBuilders[index], nullptr)();
        m_pages->insertWidget(index, page);
        m_pages->removeWidget(standIn);
        delete standIn;
    }
    return m_pages->widget(index);
}

bool MainWindow::isPageBuilt(const QString& pageId) const
{
    const qsizetype index = m_pageIds.indexOf(pageId);
    return index >= 0 && !m_pageBuilders.at(index);
}

LearnPage* MainWindow::learn()
{
    pageAt(int(m_pageIds.indexOf(learnPage())));
    return m_learn;
}

SessionPage* MainWindow::session()
{
    pageAt(int(m_pageIds.indexOf(sessionPage())));
    return m_session;
}

JournalPage* MainWindow::journal()
{
    if (m_journal)
        pageAt(int(m_pageIds.indexOf(journalPage())));
    return m_journalPage;
}

PlanPage* MainWindow::plan()
{
    if (m_journal)
        pageAt(int(m_pageIds.indexOf(planPage())));
    return m_planPage;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // Ctrl+, everywhere: Qt knows no Preferences key on most Linux desktops.
    QList<QKeySequence> settingsKeys{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Preferences)) {
        if (!settingsKeys.contains(key))
            settingsKeys.append(key);
    }
    m_settingsAction->setShortcuts(settingsKeys);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { showSettings(); });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);
    fillFileMenu(file);
    // The plan's entries appear once its page was opened.
    connect(file, &QMenu::aboutToShow, this, [this, file] { fillFileMenu(file); });

    if (m_journalActions) {
        QMenu* edit = menuBar()->addMenu(tr("&Edit"));
        fillEditMenu(edit);
        connect(edit, &QMenu::aboutToShow, this, [this, edit] { fillEditMenu(edit); });
    }

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pageIds.size(); ++i) {
        const QString id = m_pageIds.at(i);
        QAction* page = go->addAction(m_pageTitles.at(i), this, [this, id] { showPage(id); });
        page->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }
    go->addSeparator();
    QAction* find = go->addAction(tr("&Search exercises"), this, [this] {
        showPage(libraryPage());
        m_library->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* contents = help->addAction(tr("Carrywell &help"), this, &MainWindow::showHelp);
    contents->setShortcut(QKeySequence::HelpContents);
    QAction* about = help->addAction(tr("&About Carrywell"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::fillFileMenu(QMenu* file)
{
    file->clear();
    if (m_journalActions) {
        file->addActions(m_journalActions->fileMenuActions());
        file->addSeparator();
    }
    if (m_planPage) {
        PlanPrintActions* print = m_planPage->printActions();
        file->addAction(print->printAction());
        file->addAction(print->saveAsPdfAction());
        file->addAction(print->exportCalendarAction());
        QMenu* layout = file->addMenu(tr("Plan &layout"));
        layout->addActions(print->layoutActions()->actions());
        file->addSeparator();
    }
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
}

void MainWindow::fillEditMenu(QMenu* edit)
{
    edit->clear();
    if (m_planPage && currentPage() == planPage()) {
        edit->addAction(m_planPage->undoAction());
        edit->addAction(m_planPage->redoAction());
    } else {
        edit->addAction(m_journalActions->undoAction());
        edit->addAction(m_journalActions->redoAction());
    }
}

void MainWindow::connectPlan()
{
    connect(m_planPage, &PlanPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_planPage, &PlanPage::openExerciseRequested, this, &MainWindow::showExercise);
    connect(m_planPage, &PlanPage::startRequested, this,
            [this](const QString& routineId, const QString& name,
                   const QList<core::SessionItem>& items) {
                QString error;
                if (session()->startItems(routineId, name, items, &error))
                    showPage(sessionPage());
                else
                    QMessageBox::information(this, tr("The routine did not start"), error);
            });
}

bool MainWindow::showPage(const QString& pageId)
{
    const qsizetype index = m_pageIds.indexOf(pageId);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(static_cast<int>(index));
    return true;
}

QString MainWindow::currentPage() const
{
    return m_pageIds.value(m_pages->currentIndex());
}

bool MainWindow::showExercise(const QString& exerciseId)
{
    if (!m_library->showExercise(exerciseId))
        return false;
    showPage(libraryPage());
    return true;
}

void MainWindow::applyProfile()
{
    m_library->setProfile(m_settings.profile.load(), m_clock.today());
    if (m_ratingPrompt)
        m_ratingPrompt->setVisible(m_journalActions->ratingDue());
    // Her activities may have been renamed: their lines follow.
    if (m_journalPage)
        m_journalPage->refresh();
}

void MainWindow::recordSession(const core::SessionSummary& summary, std::optional<int> painBefore,
                               std::optional<int> painAfter)
{
    if (!m_journal)
        return;
    const core::Result<qint64> saved =
        core::SessionRecording::save(*m_journal, summary, painBefore, painAfter);
    if (!saved) {
        QMessageBox::warning(this, tr("The session was not saved in your journal"), saved.error());
    }
}

void MainWindow::updatePrintShortcut()
{
    // Ctrl+P prints what the page shows, and only that menu item says so.
    const QString page = currentPage();
    if (m_journalActions) {
        m_journalActions->files()->reportAction()->setShortcut(
            page == journalPage() ? QKeySequence(QKeySequence::Print) : QKeySequence());
    }
    if (m_planPage) {
        m_planPage->printActions()->printAction()->setShortcut(
            page == planPage() ? QKeySequence(QKeySequence::Print) : QKeySequence());
    }
}

void MainWindow::showCarePrompts()
{
    if (!m_journal || currentPage() == journalPage())
        return;
    const core::Result<QList<core::CarePrompt>> prompts =
        core::CarePrompts::current(*m_journal, m_clock.today());
    if (prompts)
        m_carePrompts->setPrompts(prompts.value());
}

void MainWindow::runFirstRunIfNeeded()
{
    core::ProfileStore& store = m_settings.profile;
    if (store.firstRunDone()) {
        // The session page (and its sound) is built now only to offer an
        // unfinished session back.
        if (QFileInfo::exists(core::SessionStateStore(m_dataFolder).filePath()))
            session()->offerResume();
        return;
    }
    FirstRunWizard wizard(m_content, m_clock.today(), this);
    wizard.exec();
    // Closing the wizard any way counts as having seen the notice once.
    store.setDisclaimerAccepted(true);
    store.setFirstRunDone(true);
    if (wizard.answered()) {
        store.save(wizard.profile());
        applyProfile();
    }
}

QString MainWindow::journalPath() const
{
    return m_journal ? m_journal->path()
                     : QDir(m_dataFolder).filePath(QStringLiteral("journal.sqlite"));
}

void MainWindow::showSettings(SettingsDialog::Section section)
{
    SettingsDialog dialog(m_content, m_settings, journalPath(), m_journal, m_clock, this);
    dialog.showSection(section);
    connectSettings(dialog);
    dialog.exec();
}

void MainWindow::connectSettings(SettingsDialog& dialog)
{
    connect(&dialog, &SettingsDialog::profileChanged, this, &MainWindow::applyProfile);
    connect(&dialog, &SettingsDialog::soundChanged, this, [this] {
        if (m_session)
            m_session->reloadSoundSettings();
    });
    connect(&dialog, &SettingsDialog::remindersChanged, this, &MainWindow::remindersChanged);
    connect(&dialog, &SettingsDialog::themeChanged, this, [](Theme theme) {
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            applyTheme(*app, theme);
    });
    connect(&dialog, &SettingsDialog::languageChanged, this, [this] {
        QMessageBox box(QMessageBox::Question, tr("Reopen the window now?"),
                        tr("The new language shows when Carrywell reopens its window."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("languageRestartBox"));
        box.setInformativeText(tr("A session in progress is kept and offered back."));
        QPushButton* now = box.addButton(tr("Reopen now"), QMessageBox::AcceptRole);
        now->setObjectName(QStringLiteral("reopenNowButton"));
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        box.setDefaultButton(now);
        box.exec();
        if (box.clickedButton() == now)
            requestRestart();
    });
    connect(&dialog, &SettingsDialog::restoreRequested, this,
            [this](const core::BackupInfo& backup) { requestRestart(backup); });
}

void MainWindow::requestRestart(std::optional<core::BackupInfo> restore)
{
    m_restart = {true, std::move(restore)};
    // Once the dialog that asked has closed; the window loop opens the next one.
    QTimer::singleShot(0, this, &MainWindow::close);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Carrywell"), QString(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<h3>Carrywell %1</h3><p>Exercises, guided sessions and a private journal for back "
           "pain after pregnancy.</p>")
            .arg(QApplication::applicationVersion()) +
        tr("<p><b>Not medical advice.</b> Carrywell teaches general exercises. If pain is severe, "
           "getting worse, or comes with numbness, leaking or fever, see a doctor or a "
           "pelvic-floor physiotherapist.</p>") +
        tr("<p>Free software under the GNU General Public License, version 3 or later. Your "
           "journal "
           "stays on this computer.</p>"));
    box.exec();
}

void MainWindow::showHelp()
{
    HelpDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreState()
{
    // The first window fits the screen it opens on (a 1366×768 laptop too),
    // with room for the window frame and the desktop's panels.
    const WindowState saved = m_settings.window.load();
    if (!restoreGeometry(saved.geometry)) {
        const QSize room =
            screen() ? screen()->availableGeometry().size() - QSize(24, 64) : QSize();
        resize(room.isValid() ? QSize(1180, 780).boundedTo(room) : QSize(1180, 780));
    }
    QMainWindow::restoreState(saved.layout);
    if (!showPage(saved.page))
        showPage(libraryPage());
    if (!saved.exercise.isEmpty())
        m_library->showExercise(saved.exercise);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    WindowState state = m_settings.window.load();
    state.geometry = saveGeometry();
    state.layout = saveState();
    state.page = currentPage();
    state.exercise = m_library->currentExerciseId();
    if (m_learn) // otherwise the topic stays as it was
        state.topic = m_learn->currentTopicId();
    m_settings.window.save(state);
    event->accept();
    const bool intoTray =
        !m_quitting && !m_restart.requested && m_reminders && m_reminders->keepsRunningInTray();
    if (intoTray)
        m_reminders->noteWindowClosed();
    emit closed(intoTray);
}

void MainWindow::quit()
{
    m_quitting = true;
    if (isVisible())
        close();
    else
        emit closed(false);
}

void MainWindow::bringUp()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

} // namespace carrywell::ui
