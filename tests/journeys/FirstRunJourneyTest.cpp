// The very first start: Carrywell's own start-up loop opens the window and
// the welcome; her answers become the profile the Library she lands on uses.

#include "JournalUiFixture.h"
#include "JourneySupport.h"
#include "core/content/RuleBook.h"
#include "core/profile/ProfileStore.h"
#include "shell/WindowLoop.h"
#include "ui/library/ExerciseListModel.h"
#include "ui/library/LibraryPage.h"
#include "ui/settings/FirstRunWizard.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

ui::FirstRunWizard* shownWizard()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* wizard = qobject_cast<ui::FirstRunWizard*>(widget); wizard && wizard->isVisible())
            return wizard;
    }
    return nullptr;
}

QStringList ids(const QList<const core::Exercise*>& exercises)
{
    QStringList result;
    for (const core::Exercise* exercise : exercises)
        result.append(exercise->id);
    return result;
}

class FirstRunJourney : public test::JournalUiTest
{
};

} // namespace

TEST_F(FirstRunJourney, HerAnswersShapeTheLibrarySheLandsOn)
{
    // A computer Carrywell never ran on: no settings, no journal.
    const QString home = m_dir.filePath(QStringLiteral("first-start"));
    ASSERT_TRUE(QDir().mkpath(home));
    QSettings settings(QDir(home).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ASSERT_FALSE(core::ProfileStore(settings).firstRunDone());
    const int weeks = 4;
    const QString symptom = test::shippedContent().library.symptoms().front().id;

    test::Script journey;
    ui::MainWindow* window = nullptr;
    journey.then(
        "the welcome over the new window", [&] { return shownWizard() && test::shownMainWindow(); },
        [&] {
            window = test::shownMainWindow();
            ui::FirstRunWizard* wizard = shownWizard();
            ASSERT_TRUE(QTest::qWaitForWindowActive(wizard));
            auto* note = wizard->findChild<QLabel*>(QStringLiteral("disclaimerText"));
            ASSERT_NE(note, nullptr);
            EXPECT_TRUE(note->isVisible()) << "the not-medical-advice note comes first";
            EXPECT_TRUE(note->text().contains(QStringLiteral("not medical advice")));
            test::click(wizard->findChild<QPushButton*>(QStringLiteral("nextButton")));
            ASSERT_EQ(wizard->currentId(), ui::FirstRunWizard::ProfilePage);

            // Four weeks since a caesarean, and what bothers her most.
            test::click(wizard->findChild<QCheckBox*>(QStringLiteral("weeksKnownCheck")));
            auto* spin = wizard->findChild<QSpinBox*>(QStringLiteral("weeksSpin"));
            ASSERT_NE(spin, nullptr);
            ASSERT_TRUE(spin->isEnabled()) << "ticking the weeks lets her type them";
            test::click(spin);
            QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(spin, QString::number(weeks));
            EXPECT_EQ(spin->value(), weeks);
            test::click(wizard->findChild<QRadioButton*>(QStringLiteral("birthType-caesarean")));
            test::click(wizard->findChild<QCheckBox*>(QStringLiteral("profileSymptom-") + symptom));
            test::click(wizard->findChild<QPushButton*>(QStringLiteral("doneButton")));
        });
    bool landed = false;
    journey.then(
        "the Library once the welcome has closed", [&] { return !shownWizard(); },
        [&] {
            ASSERT_EQ(test::shownMainWindow(), window);
            // She lands on the Library, and it lists exercises.
            EXPECT_EQ(window->currentPage(), ui::MainWindow::libraryPage());
            ui::LibraryPage* library = window->library();
            EXPECT_TRUE(library->isVisible());
            auto* results = library->findChild<QListView*>(QStringLiteral("resultsView"));
            ASSERT_NE(results, nullptr);
            EXPECT_TRUE(results->isVisible());
            const QList<const core::Exercise*> all = library->resultsModel()->exercises();
            EXPECT_EQ(all.size(), test::shippedContent().library.exercises().size());

            // "Suitable for me now" needs the weeks: now she has given them.
            auto* suitable = library->findChild<QCheckBox*>(QStringLiteral("suitableFilter"));
            ASSERT_NE(suitable, nullptr);
            EXPECT_TRUE(suitable->isEnabled());
            EXPECT_TRUE(suitable->toolTip().contains(QString::number(weeks)))
                << suitable->toolTip().toStdString();
            test::click(suitable);
            ASSERT_TRUE(suitable->isChecked());
            QStringList expected;
            for (const core::Exercise& exercise : test::shippedContent().library.exercises()) {
                if (core::RuleBook::forExercise(exercise,
                                                {weeks, core::BirthType::Caesarean, false})
                        .suits())
                    expected.append(exercise.id);
            }
            const QStringList shown = ids(library->resultsModel()->exercises());
            EXPECT_FALSE(shown.isEmpty());
            EXPECT_LT(shown.size(), all.size()) << "four weeks after a caesarean leaves some out";
            EXPECT_EQ(shown, expected);
            auto* count = library->findChild<QLabel*>(QStringLiteral("resultCount"));
            ASSERT_NE(count, nullptr);
            EXPECT_TRUE(count->text().startsWith(QString::number(shown.size())))
                << count->text().toStdString();
            landed = true;
            window->close();
        });
    journey.start();
    EXPECT_EQ(ui::WindowLoop(*qApp, test::shippedContent(), settings,
                             QDir(home).filePath(QStringLiteral("journal.sqlite")), m_clock)
                  .run(),
              0);
    EXPECT_TRUE(journey.finished());
    EXPECT_TRUE(landed);

    // The answers are kept, and the welcome is not shown again.
    const core::ProfileStore store(settings);
    EXPECT_TRUE(store.firstRunDone());
    EXPECT_TRUE(store.disclaimerAccepted());
    const core::Profile profile = store.load();
    EXPECT_EQ(profile.weeksSinceBirth(m_clock.today()), weeks);
    EXPECT_EQ(profile.birthType, core::BirthType::Caesarean);
    EXPECT_EQ(profile.symptomIds, QStringList{symptom});
}
