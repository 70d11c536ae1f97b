#include "content/ContentLoader.h"
#include "models/ExerciseListModel.h"
#include "pages/LibraryFilterPanel.h"
#include "pages/LibraryPage.h"
#include "widgets/BodyMapWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace carrywell;

namespace {

const core::ContentLibrary& library()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report.library;
}

QStringList shown(const ui::LibraryPage& page)
{
    QStringList ids;
    for (const core::Exercise* e : page.resultsModel()->exercises())
        ids.append(e->id);
    return ids;
}

QStringList idsFor(core::Region region)
{
    QStringList ids;
    for (const core::Exercise* e : library().exercisesFor(region))
        ids.append(e->id);
    return ids;
}

class LibraryPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_page.resize(1100, 800);
        m_page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_page));
    }

    template <typename T>
    T* find(const char* name)
    {
        T* widget = m_page.findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    ui::LibraryPage m_page{library()};
};

} // namespace

TEST_F(LibraryPageTest, ClickingABodyRegionShowsExactlyItsExercises)
{
    auto* map = find<ui::BodyMapWidget>("bodyMap");
    for (const core::Region region : core::allValues<core::Region>()) {
        const QPoint centre = map->regionRect(region).center().toPoint();
        ASSERT_EQ(map->regionAt(centre), region) << core::toId(region).toStdString();
        QTest::mouseClick(map, Qt::LeftButton, {}, centre);
        EXPECT_EQ(shown(m_page), idsFor(region)) << core::toId(region).toStdString();
        EXPECT_EQ(map->selectedRegion(), region);
        // The list for keyboard users follows the map.
        auto* list = find<QListWidget>("regionList");
        EXPECT_TRUE(list->currentItem()->text().startsWith(library().region(region)->name));
    }
    // Clicking the chosen region again clears it.
    const core::Region last = core::allValues<core::Region>().last();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionRect(last).center().toPoint());
    EXPECT_EQ(shown(m_page).size(), static_cast<qsizetype>(library().exercises().size()));
}

TEST_F(LibraryPageTest, TheRegionListWorksFromTheKeyboard)
{
    auto* list = find<QListWidget>("regionList");
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down); // first region after "All regions"
    const core::Region first = library().regions().front().region;
    EXPECT_EQ(shown(m_page), idsFor(first));
    EXPECT_EQ(find<ui::BodyMapWidget>("bodyMap")->selectedRegion(), first);
}

TEST_F(LibraryPageTest, TheBodyMapWorksFromTheKeyboard)
{
    auto* map = find<ui::BodyMapWidget>("bodyMap");
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Down);
    ASSERT_TRUE(map->focusedRegion().has_value());
    const core::Region focused = *map->focusedRegion();
    QTest::keyClick(map, Qt::Key_Space);
    EXPECT_EQ(shown(m_page), idsFor(focused));
}

TEST_F(LibraryPageTest, EachFilterNarrowsTheList)
{
    const qsizetype all = shown(m_page).size();

    auto* symptom = find<QComboBox>("symptomFilter");
    symptom->setCurrentIndex(symptom->findData("leaking"));
    QStringList expected;
    for (const core::Exercise& e : library().exercises()) {
        if (e.symptomIds.contains("leaking"))
            expected.append(e.id);
    }
    EXPECT_EQ(shown(m_page), expected);
    EXPECT_LT(expected.size(), all);

    auto* category = find<QComboBox>("categoryFilter");
    category->setCurrentIndex(category->findData("breathing"));
    QStringList both;
    for (const core::Exercise& e : library().exercises()) {
        if (e.symptomIds.contains("leaking") && e.category == core::Category::Breathing)
            both.append(e.id);
    }
    EXPECT_EQ(shown(m_page), both);

    find<QPushButton>("clearFiltersButton")->click();
    EXPECT_EQ(shown(m_page).size(), all);

    auto* equipment = find<QGroupBox>("equipmentFilter");
    equipment->setChecked(true); // nothing ticked: only no-equipment exercises
    for (const QString& id : shown(m_page))
        EXPECT_TRUE(library().exercise(id)->equipment.isEmpty()) << id.toStdString();
    const qsizetype none = shown(m_page).size();
    find<QCheckBox>("equipment-foam-roller")->setChecked(true);
    EXPECT_TRUE(shown(m_page).contains("thoracic-foam-roll"));
    EXPECT_GT(shown(m_page).size(), none);
    equipment->setChecked(false);

    core::Profile profile;
    const QDate today(2026, 3, 2);
    profile.setWeeksSinceBirth(2, today);
    profile.birthType = core::BirthType::Caesarean;
    m_page.setProfile(profile, today);
    auto* suitable = find<QCheckBox>("suitableFilter");
    ASSERT_TRUE(suitable->isEnabled());
    suitable->setChecked(true);
    for (const QString& id : shown(m_page))
        EXPECT_LE(library().exercise(id)->phase.caesareanEarliestWeek, 2) << id.toStdString();
    EXPECT_LT(shown(m_page).size(), all);
}

TEST_F(LibraryPageTest, SearchFindsAnExerciseByAWordFromItsStepsAsYouType)
{
    auto* search = find<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, "banis");
    EXPECT_EQ(shown(m_page), QStringList{"banded-as"});
    search->clear();
    EXPECT_EQ(shown(m_page).size(), static_cast<qsizetype>(library().exercises().size()));
}

TEST_F(LibraryPageTest, SuitableForMeNowNeedsWeeksSinceBirth)
{
    m_page.setProfile(core::Profile{}, QDate(2026, 3, 2));
    auto* suitable = find<QCheckBox>("suitableFilter");
    EXPECT_FALSE(suitable->isEnabled());
    EXPECT_TRUE(suitable->toolTip().contains("profile"));
}

TEST_F(LibraryPageTest, ResultsShowAThumbnailOfEachExercise)
{
    const ui::ExerciseListModel* model = m_page.resultsModel();
    ASSERT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QImage thumbnail = model->index(row).data(Qt::DecorationRole).value<QImage>();
        EXPECT_FALSE(thumbnail.isNull()) << model->index(row).data().toString().toStdString();
    }
}
