// Every page and dialog in every language and theme: a picture of each in the
// build folder to look at, and a check that no text on it is cut off.

#include "ClippedText.h"
#include "JournalUiFixture.h"
#include "ModalDialogs.h"
#include "TestPaths.h"
#include "core/plan/PlanPreferences.h"
#include "core/profile/ProfileStore.h"
#include "ui/checkin/ActivityRatingDialog.h"
#include "ui/checkin/CarePromptArea.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/RatingPromptBanner.h"
#include "ui/checkin/RegionScoresEditor.h"
#include "ui/journal/ImportDialog.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalText.h"
#include "ui/journal/ReportDialog.h"
#include "ui/plan/ExercisePickerDialog.h"
#include "ui/plan/MakeWeekDialog.h"
#include "ui/plan/PlanPage.h"
#include "ui/plan/PlanWorkspace.h"
#include "ui/session/SessionController.h"
#include "ui/session/SessionEndView.h"
#include "ui/session/SessionPage.h"
#include "ui/settings/FirstRunWizard.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/Theme.h"
#include "ui/settings/Translations.h"
#include "ui/window/HelpDialog.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace carrywell;
using namespace carrywell::test;

namespace {

struct Look
{
    const char* language;
    ui::Theme theme;
};

std::string lookName(const Look& look)
{
    return std::string(look.language) + "_" + ui::toId(look.theme).toStdString();
}

/// Wednesday 14 January 2026 (the fixture's clock), ten weeks after a vaginal
/// birth, a fortnight of check-ins and sessions in the journal.
class Gallery : public JournalUiTest, public ::testing::WithParamInterface<Look>
{
protected:
    void SetUp() override
    {
        JournalUiTest::SetUp();
        // Widgets are not retranslated or restyled: both before building any.
        ASSERT_EQ(ui::Translations::install(QString::fromLatin1(GetParam().language)),
                  QString::fromLatin1(GetParam().language));
        ui::applyTheme(*qApp, GetParam().theme);
        m_look = QString::fromStdString(lookName(GetParam()))
                     .replace(QLatin1Char('_'), QLatin1Char('-'));
        m_folder = QDir(QStringLiteral(CARRYWELL_GALLERY_DIR)).filePath(m_look);
        QDir(m_folder).removeRecursively();
        ASSERT_TRUE(QDir().mkpath(m_folder)) << m_folder.toStdString();

        m_profile.birthType = core::BirthType::Vaginal;
        m_profile.setWeeksSinceBirth(10, m_clock.today());
        m_profile.symptomIds = {QStringLiteral("mid-upper-back-pain")};
        m_profile.activities = {QStringLiteral("Lifting the baby from the crib"),
                                QStringLiteral("Fastening the car seat"),
                                QStringLiteral("Carrying shopping up the stairs")};
        m_profile.name = QStringLiteral("Ana Ruiz");
        core::ProfileStore(*m_settings).save(m_profile);
        m_preferences.minutesPerDay = 12;
        m_preferences.freeDays = {true, true, false, true, true, false, true};
        core::PlanPreferencesStore(*m_settings).save(m_preferences);

        // Warning signs fill the history's column; their prompts were seen and
        // hidden, so the pages keep the one banner they had (high pain).
        ui::JournalView view;
        view.hiddenPrompts = {QStringLiteral("leaking"), QStringLiteral("numbness"),
                              QStringLiteral("night-pain")};
        ui::JournalViewStore(*m_settings).save(view);
        using core::Region;
        using core::Trigger;
        for (int day = 0; day < 14; ++day) {
            const int overall = 7 - day / 3;
            add({checkIn(
                utc(2026, 1, 1 + day, 8), overall,
                {{Region::LowerBack, overall}, {Region::HipsGlutes, std::max(0, overall - 3)}},
                day % 3 ? QList<Trigger>{Trigger::Lifting, Trigger::Feeding}
                        : QList<Trigger>{Trigger::PoorSleep},
                day % 4 ? QString() : QStringLiteral("Carried the car seat up the stairs"),
                day == 12  ? QList<core::WarningSign>{core::WarningSign::Leaking,
                                                      core::WarningSign::NightPain}
                : day == 9 ? QList<core::WarningSign>{core::WarningSign::Numbness}
                           : QList<core::WarningSign>{})});
            if (day % 6 == 0) {
                // Rated weekly, the last time yesterday: the weekly question is not due.
                ASSERT_TRUE(
                    m_journal
                        ->addActivityRatings(
                            {{m_profile.activities[0], 3 + day / 3, utc(2026, 1, 1 + day, 20)},
                             {m_profile.activities[1], 5 + day / 12, utc(2026, 1, 1 + day, 20)},
                             {m_profile.activities[2], 2 + day / 4, utc(2026, 1, 1 + day, 20)}})
                        .ok());
            }
            if (day % 2)
                add(session(utc(2026, 1, 1 + day, 19), QStringLiteral("gentle-start"), 12, overall,
                            std::max(0, overall - 2)));
        }
    }

    void TearDown() override
    {
        // The other tests in this program expect English, the fixed test
        // locale and the desktop's own look.
        ui::Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ui::applyTheme(*qApp, ui::Theme::System);
        JournalUiTest::TearDown();
    }

    /// Saves a picture of `widget` as `<nn>-<name>.png` and notes any text
    /// on it that is cut off.
    void shoot(QWidget* widget, const QString& name)
    {
        QApplication::processEvents();
        const QString file = QStringLiteral("%1/%2-%3.png")
                                 .arg(m_folder)
                                 .arg(++m_shots, 2, 10, QLatin1Char('0'))
                                 .arg(name);
        EXPECT_TRUE(widget->grab().save(file)) << file.toStdString();
        for (const QString& finding : clippedText(widget))
            m_clipped.append(QStringLiteral("%1 %2: %3").arg(m_look, name, finding));
    }

    /// The profile scrolled down to its last answer, her name for a clinic.
    void shootProfileEnd(QWidget& settings)
    {
        auto* name = settings.findChild<QWidget*>(QStringLiteral("profileNameGroup"));
        ASSERT_NE(name, nullptr);
        QWidget* inside = name;
        while (inside && !qobject_cast<QScrollArea*>(inside))
            inside = inside->parentWidget();
        ASSERT_NE(inside, nullptr) << "the profile scrolls";
        static_cast<QScrollArea*>(inside)->ensureWidgetVisible(name);
        shoot(&settings, QStringLiteral("settings-profile-name"));
    }

    /// Shows a dialog at the size it opens with, as the user first sees it.
    void shootDialog(QWidget& dialog, const QString& name)
    {
        dialog.show();
        shoot(&dialog, name);
        dialog.hide();
    }

    QString m_look;
    QString m_folder;
    int m_shots = 0;
    QStringList m_clipped;
    core::Profile m_profile;
    core::PlanPreferences m_preferences;
};

} // namespace

TEST_P(Gallery, NoTextIsCutOffOnAnyPageOrDialog)
{
    ui::MainWindow window(shippedContent(), *m_settings, m_clock, m_journal.get());
    window.resize(1180, 780);
    window.show();

    ASSERT_TRUE(window.showPage(ui::MainWindow::libraryPage()));
    shoot(&window, QStringLiteral("library"));
    ASSERT_TRUE(window.showExercise(QStringLiteral("banded-as")));
    shoot(&window, QStringLiteral("exercise"));

    ASSERT_TRUE(window.showPage(ui::MainWindow::journalPage()));
    QTabWidget* tabs = window.journal()->tabs();
    ASSERT_GE(tabs->count(), 2);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        shoot(&window, QStringLiteral("journal-tab%1").arg(tab + 1));
    }

    // The weekly question about her activities, as it shows above every page when due.
    auto* ratingPrompt = window.findChild<ui::RatingPromptBanner*>(QStringLiteral("ratingPrompt"));
    ASSERT_NE(ratingPrompt, nullptr);
    ratingPrompt->show();
    shoot(&window, QStringLiteral("journal-rating-prompt"));
    ratingPrompt->hide();

    ASSERT_TRUE(window.showPage(ui::MainWindow::planPage()));
    shoot(&window, QStringLiteral("plan-empty"));
    ui::PlanWorkspace* workspace = window.plan()->workspace();
    ASSERT_TRUE(workspace->makeWeek(m_profile, m_preferences));
    shoot(&window, QStringLiteral("plan-week"));

    ASSERT_TRUE(window.showPage(ui::MainWindow::sessionPage()));
    shoot(&window, QStringLiteral("session-list"));
    ASSERT_TRUE(window.session()->startExercise(QStringLiteral("banded-as")));
    shoot(&window, QStringLiteral("session-running"));
    window.session()->controller()->togglePause();
    shoot(&window, QStringLiteral("session-paused"));
    window.session()->controller()->togglePause();
    window.session()->controller()->stop();
    window.session()->endView()->doneButton()->click();
    // The session as she sees it from the mat, on the screens people have.
    for (const QSize size : {QSize(1024, 600), QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        ASSERT_TRUE(window.session()->startExercise(QStringLiteral("double-chins")));
        shoot(&window, QStringLiteral("session-running-") + at);
        window.session()->controller()->togglePause();
        shoot(&window, QStringLiteral("session-paused-") + at);
        window.session()->controller()->stop();
        window.session()->endView()->doneButton()->click();
    }
    window.resize(1180, 780);

    ASSERT_TRUE(window.showPage(ui::MainWindow::learnPage()));
    shoot(&window, QStringLiteral("learn"));

    {
        ui::CheckInDialog checkIn(ui::JournalText::regionNames(shippedContent().library),
                                  m_clock.now());
        checkIn.regions()->toggle(core::Region::LowerBack);
        shootDialog(checkIn, QStringLiteral("check-in"));
    }
    {
        ui::CheckInDialog checkIn(ui::JournalText::regionNames(shippedContent().library),
                                  m_clock.now());
        checkIn.askAboutActivities(m_profile.activities);
        shootDialog(checkIn, QStringLiteral("check-in-activities"));
    }
    {
        ui::ActivityRatingDialog rate(m_profile.activities, m_clock.now());
        shootDialog(rate, QStringLiteral("rate-activities"));
    }
    {
        ui::RatingPromptBanner banner;
        banner.resize(900, banner.sizeHint().height());
        shootDialog(banner, QStringLiteral("rating-prompt"));
    }
    {
        core::ImportBatch batch;
        batch.problems.append(
            {3, QStringLiteral("line 3"), QStringLiteral("the overall score is 11")});
        batch.problems.append(
            {7, QStringLiteral("line 7"), QStringLiteral("the date \"31/02/2026\" is not a date")});
        ui::ImportDialog import(batch, QStringLiteral("notes.csv"), {});
        shootDialog(import, QStringLiteral("import"));
    }
    {
        ui::ReportDialog report(m_clock.today(), {m_clock.today().addDays(-27), m_clock.today()});
        shootDialog(report, QStringLiteral("report"));
    }
    {
        ui::HelpDialog help;
        shootDialog(help, QStringLiteral("help"));
    }
    {
        ui::SettingsDialog settings(shippedContent().library, *m_settings, journalPath(),
                                    m_journal.get(), m_clock);
        settings.show();
        for (const auto& [section, name] :
             {std::pair{ui::SettingsDialog::Section::Profile, "profile"},
              std::pair{ui::SettingsDialog::Section::Sessions, "sessions"},
              std::pair{ui::SettingsDialog::Section::Reminders, "reminders"},
              std::pair{ui::SettingsDialog::Section::Appearance, "appearance"},
              std::pair{ui::SettingsDialog::Section::Data, "data"}}) {
            settings.showSection(section);
            shoot(&settings, QStringLiteral("settings-") + QString::fromLatin1(name));
            if (section == ui::SettingsDialog::Section::Profile)
                shootProfileEnd(settings);
        }
    }
    {
        ui::MakeWeekDialog makeWeek(shippedContent().library, m_profile, m_preferences,
                                    QDate(2026, 1, 12));
        shootDialog(makeWeek, QStringLiteral("make-week"));
    }
    {
        ui::ExercisePickerDialog picker(
            shippedContent().library, std::nullopt, std::nullopt, {},
            ui::PlanPage::tr("Add an exercise to %1").arg(QLocale().dayName(3)),
            ui::PlanPage::tr("Add"));
        shootDialog(picker, QStringLiteral("exercise-picker"));
    }
    {
        ui::FirstRunWizard wizard(shippedContent().library, m_clock.today());
        wizard.show();
        int page = 0;
        // Every page, as the Next button leads through them.
        do {
            shoot(&wizard, QStringLiteral("first-run%1").arg(++page));
            if (wizard.nextId() < 0)
                break;
            wizard.next();
        } while (page < 10);
        EXPECT_GE(page, 2);
    }
    bool aboutShown = false;
    answerNextDialog([this, &aboutShown](QWidget* about) {
        aboutShown = true;
        shoot(about, QStringLiteral("about"));
        about->close();
    });
    window.showAbout();
    EXPECT_TRUE(aboutShown);

    EXPECT_EQ(m_clipped.join(QLatin1Char('\n')), QString());
}

INSTANTIATE_TEST_SUITE_P(
    EveryLanguageAndTheme, Gallery,
    ::testing::Values(Look{"en", ui::Theme::Light}, Look{"en", ui::Theme::Dark},
                      Look{"es", ui::Theme::Light}, Look{"es", ui::Theme::Dark},
                      Look{"de", ui::Theme::Light}, Look{"de", ui::Theme::Dark}),
    [](const ::testing::TestParamInfo<Look>& info) { return lookName(info.param); });

TEST(ClippedText, FindsTextThatDoesNotFit)
{
    // The check itself: each kind of widget, squeezed below its text.
    QWidget window;
    auto* label = new QLabel(QStringLiteral("A label far too long for its room"), &window);
    label->setObjectName(QStringLiteral("narrowLabel"));
    label->setGeometry(0, 0, 40, 30);
    auto* button = new QPushButton(QStringLiteral("Export the whole journal"), &window);
    button->setObjectName(QStringLiteral("narrowButton"));
    button->setGeometry(0, 40, 60, 30);
    auto* fits = new QPushButton(QStringLiteral("OK"), &window);
    fits->setObjectName(QStringLiteral("roomyButton"));
    fits->setGeometry(0, 80, 200, 30);
    auto* outside = new QLabel(QStringLiteral("Off the edge"), &window);
    outside->setObjectName(QStringLiteral("outsideLabel"));
    outside->setGeometry(380, 100, 200, 30);
    auto* tabs = new QTabWidget(&window);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(new QWidget, QStringLiteral("History of every check-in"));
    tabs->addTab(new QWidget, QStringLiteral("Charts and trends"));
    tabs->tabBar()->setElideMode(Qt::ElideRight);
    tabs->setGeometry(0, 140, 120, 100);
    auto* box = new QGroupBox(QStringLiteral("What do you have at home?"), &window);
    box->setObjectName(QStringLiteral("narrowBox"));
    box->setGeometry(200, 0, 80, 60);
    auto* combo = new QComboBox(&window);
    combo->setObjectName(QStringLiteral("narrowCombo"));
    combo->addItem(QStringLiteral("Every region of the body"));
    combo->setGeometry(200, 70, 90, 30);
    auto* moveTo = new QToolButton(&window);
    moveTo->setObjectName(QStringLiteral("menuButton"));
    moveTo->setText(QStringLiteral("Move to"));
    moveTo->setMenu(new QMenu(moveTo));
    moveTo->setPopupMode(QToolButton::InstantPopup);
    moveTo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    moveTo->setGeometry(QRect(QPoint(200, 110), moveTo->sizeHint()));
    auto* topics = new QTreeWidget(&window);
    topics->setObjectName(QStringLiteral("topics"));
    topics->setHeaderHidden(true);
    topics->addTopLevelItem(
        new QTreeWidgetItem(QStringList{QStringLiteral("Why backs hurt after birth")}));
    topics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    topics->setGeometry(200, 150, 90, 60);
    auto* table = new QTableWidget(1, 2, &window);
    table->setObjectName(QStringLiteral("history"));
    table->setWordWrap(false);
    table->setHorizontalHeaderLabels({QStringLiteral("Triggers"), QStringLiteral("Note")});
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Lifting, Feeding, Poor sleep")));
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("A note far longer than its column")));
    table->setColumnWidth(0, 60);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setGeometry(0, 250, 200, 50);
    window.resize(400, 320);
    window.show();
    QApplication::processEvents();

    const QString found = clippedText(&window).join(QLatin1Char('\n'));
    EXPECT_TRUE(found.contains(QStringLiteral("QLabel narrowLabel"))) << found.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("QPushButton narrowButton")));
    EXPECT_FALSE(found.contains(QStringLiteral("roomyButton")));
    EXPECT_TRUE(
        found.contains(QStringLiteral("QLabel outsideLabel \"Off the edge\": reaches outside")));
    EXPECT_TRUE(found.contains(QStringLiteral("tab \"History of every check-in\"")));
    EXPECT_TRUE(found.contains(QStringLiteral("QGroupBox narrowBox")));
    EXPECT_TRUE(found.contains(QStringLiteral("QComboBox narrowCombo")));
    EXPECT_TRUE(found.contains(QStringLiteral("QToolButton menuButton \"Move to\"")))
        << found.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("QTreeWidget topics \"Why backs hurt")));
    EXPECT_TRUE(found.contains(QStringLiteral("QTableWidget history \"Lifting")));
    // The stretching last column elides long notes by design.
    EXPECT_FALSE(found.contains(QStringLiteral("A note far longer")));
}
