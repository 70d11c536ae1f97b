// Another language: Settings ▸ Appearance, Español, OK, "Reopen now", and
// Carrywell's own loop opens the window again in Spanish; and back.

#include "JournalUiFixture.h"
#include "JourneySupport.h"
#include "shell/WindowLoop.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/Translations.h"
#include "ui/window/MainWindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

/// The titles she sees first: the pages in the navigation, then the menus.
struct Titles
{
    QStringList pages;
    QStringList menus;
};

Titles titlesOf(ui::MainWindow& window)
{
    Titles titles;
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int row = 0; navigation && row < navigation->count(); ++row)
        titles.pages.append(navigation->item(row)->text());
    for (QAction* menu : window.menuBar()->actions())
        titles.menus.append(menu->text());
    return titles;
}

ui::SettingsDialog* shownSettings()
{
    auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
    return dialog && dialog->isActiveWindow() ? dialog : nullptr;
}

QMessageBox* shownRestartQuestion()
{
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    return box && box->objectName() == QLatin1String("languageRestartBox") ? box : nullptr;
}

/// A main window on screen and in front that no step has looked at yet.
ui::MainWindow* newWindow()
{
    ui::MainWindow* window = test::shownMainWindow("seen");
    return window && window->isActiveWindow() && !QApplication::activeModalWidget() ? window
                                                                                    : nullptr;
}

/// In Settings: the Appearance section, the language list reached by its
/// label's underlined letter, the arrow keys to `code`, then OK.
void chooseLanguage(ui::SettingsDialog& dialog, const QString& code)
{
    auto* sections = dialog.findChild<QListWidget*>(QStringLiteral("settingsSections"));
    test::clickRow(sections, static_cast<int>(ui::SettingsDialog::Section::Appearance));
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    ASSERT_NE(combo, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([combo] { return combo->isVisible(); }, test::kPatienceMs));
    QLabel* label = nullptr;
    for (QLabel* candidate : dialog.findChildren<QLabel*>()) {
        if (candidate->buddy() == combo)
            label = candidate;
    }
    ASSERT_NE(label, nullptr) << "the language list has no label";
    const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
    ASSERT_FALSE(mnemonic.isEmpty()) << label->text().toStdString();
    QTest::keySequence(&dialog, mnemonic);
    ASSERT_TRUE(combo->hasFocus()) << "the label's letter did not reach the list";
    const int target = combo->findData(code);
    ASSERT_GE(target, 0) << code.toStdString();
    const Qt::Key key = target > combo->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
    for (int i = 0; i < combo->count() && combo->currentIndex() != target; ++i)
        QTest::keyClick(combo, key);
    ASSERT_EQ(combo->currentData().toString(), code);
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"));
    ASSERT_NE(buttons, nullptr);
    test::click(buttons->button(QDialogButtonBox::Ok));
}

class LanguageJourney : public test::JournalUiTest
{
protected:
    void TearDown() override
    {
        ui::Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::JournalUiTest::TearDown();
    }
};

} // namespace

TEST_F(LanguageJourney, TheWindowReopensInSpanishAndBackInEnglish)
{
    // What the shipped Spanish translation says, read apart from the app.
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QStringLiteral(":/i18n/carrywell_es.qm")));
    const QString library = spanish.translate("carrywell::ui::MainWindow", "Library");
    const QString file = spanish.translate("carrywell::ui::MainWindow", "&File");
    ASSERT_FALSE(library.isEmpty());
    ASSERT_FALSE(file.isEmpty());
    ASSERT_NE(library, QStringLiteral("Library"));

    // The window loop opens the journal itself.
    m_journal.reset();
    Titles english;
    Titles translated;
    Titles back;
    test::Script journey;
    const auto openSettingsAndChoose = [&journey](const QString& code) {
        journey.then(
            "Settings", [] { return shownSettings() != nullptr; },
            [code] { chooseLanguage(*shownSettings(), code); });
        journey.then(
            "the question to reopen the window", [] { return shownRestartQuestion() != nullptr; },
            [] {
                test::click(shownRestartQuestion()->findChild<QPushButton*>(
                    QStringLiteral("reopenNowButton")));
            });
    };
    journey.then(
        "the window", [] { return newWindow() != nullptr; },
        [&english] {
            ui::MainWindow* window = newWindow();
            window->setProperty("seen", true);
            english = titlesOf(*window);
            QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        });
    openSettingsAndChoose(QStringLiteral("es"));
    journey.then(
        "the window reopened in Spanish", [] { return newWindow() != nullptr; },
        [&translated] {
            ui::MainWindow* window = newWindow();
            window->setProperty("seen", true);
            translated = titlesOf(*window);
            QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        });
    openSettingsAndChoose(QStringLiteral("en"));
    journey.then(
        "the window reopened in English", [] { return newWindow() != nullptr; },
        [&back] {
            ui::MainWindow* window = newWindow();
            window->setProperty("seen", true);
            back = titlesOf(*window);
            window->close();
        });
    journey.start();
    EXPECT_EQ(
        ui::WindowLoop(*qApp, test::shippedContent(), *m_settings, journalPath(), m_clock).run(),
        0);
    EXPECT_TRUE(journey.finished());

    ASSERT_FALSE(english.pages.isEmpty());
    ASSERT_FALSE(english.menus.isEmpty());
    EXPECT_EQ(english.pages.first(), QStringLiteral("Library"));
    ASSERT_EQ(translated.pages.size(), english.pages.size());
    ASSERT_EQ(translated.menus.size(), english.menus.size());
    EXPECT_EQ(translated.pages.first(), library);
    EXPECT_EQ(translated.menus.first(), file);
    EXPECT_EQ(back.pages, english.pages);
    EXPECT_EQ(back.menus, english.menus);
    EXPECT_EQ(ui::AppearanceStore(*m_settings).load().language, QStringLiteral("en"));
}
