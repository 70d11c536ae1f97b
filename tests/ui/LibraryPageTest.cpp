#include "ui/library/LibraryPage.h"

#include "core/content/ContentLoader.h"
#include "ui/library/ExerciseListModel.h"
#include "ui/library/LibraryFilterPanel.h"
#include "ui/widgets/BodyMapWidget.h"

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
    equipment->setChecked(true); // nothing ticked: only what every home has
    for (const QString& id : shown(m_page)) {
        for (const core::Equipment needed : library().exercise(id)->equipment)
            EXPECT_TRUE(core::isHousehold(needed)) << id.toStdString();
    }
    EXPECT_TRUE(shown(m_page).contains("doorway-pec-stretch"));
    // Only bought things are asked about.
    EXPECT_EQ(m_page.findChild<QCheckBox*>("equipment-wall"), nullptr);
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

TEST_F(LibraryPageTest, TheExercisePageIsBuiltWhenAnExerciseIsFirstOpened)
{
    EXPECT_EQ(m_page.findChild<QWidget*>("exercisePage"), nullptr)
        << "the first screen is the list; the exercise page waits until it is needed";
    EXPECT_TRUE(m_page.currentExerciseId().isEmpty());
    const QString id = shown(m_page).first();
    ASSERT_TRUE(m_page.showExercise(id));
    auto* page = m_page.findChild<QWidget*>("exercisePage");
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(m_page.currentExerciseId(), id);
    m_page.showResults();
    EXPECT_TRUE(m_page.currentExerciseId().isEmpty());
    ASSERT_TRUE(m_page.showExercise(shown(m_page).last()));
    EXPECT_EQ(m_page.findChildren<QWidget*>("exercisePage").size(), 1) << "built once";
}

namespace {

// Draws every thumbnail on the calling thread, for comparison.
QImage drawnHere(const core::Exercise& exercise, QSize size, qreal ratio, bool dark)
{
    ui::ExerciseThumbnails thumbnails(library());
    thumbnails.setStyle(size, ratio, dark);
    return thumbnails.image(exercise);
}

QList<const core::Exercise*> firstExercises(qsizetype count)
{
    QList<const core::Exercise*> all;
    for (const core::Exercise& exercise : library().exercises())
        all.append(&exercise);
    return all.first(std::min(count, all.size()));
}

} // namespace

TEST(ExerciseThumbnailsTest, PicturesDrawnAheadAreTheOnesDrawnOnDemand)
{
    ui::ExerciseThumbnails thumbnails(library());
    thumbnails.setStyle({96, 64}, 2.0, true);
    const QList<const core::Exercise*> first = firstExercises(6);
    ASSERT_EQ(first.size(), 6);
    thumbnails.drawAhead(first);
    for (const core::Exercise* exercise : first) {
        const QImage ahead = thumbnails.image(*exercise);
        ASSERT_FALSE(ahead.isNull()) << exercise->id.toStdString();
        EXPECT_EQ(ahead.size(), QSize(192, 128));
        EXPECT_EQ(ahead, drawnHere(*exercise, {96, 64}, 2.0, true)) << exercise->id.toStdString();
    }
    EXPECT_EQ(thumbnails.cachedCount(), 6) << "each drawn once, none twice";
}

TEST(ExerciseThumbnailsTest, ANewStyleStopsDrawingAheadAndDropsTheOldPictures)
{
    ui::ExerciseThumbnails thumbnails(library());
    thumbnails.setStyle({96, 64}, 1.0, false);
    const QList<const core::Exercise*> all = firstExercises(1000);
    thumbnails.drawAhead(all);
    EXPECT_TRUE(thumbnails.setStyle({48, 32}, 1.0, true));
    EXPECT_EQ(thumbnails.cachedCount(), 0);
    const QImage small = thumbnails.image(*all.first());
    EXPECT_EQ(small.size(), QSize(48, 32));
    EXPECT_EQ(small, drawnHere(*all.first(), {48, 32}, 1.0, true));
}

TEST(ExerciseThumbnailsTest, DestroyedWhileDrawingAheadIsSafe)
{
    const QList<const core::Exercise*> all = firstExercises(1000);
    for (int i = 0; i < 5; ++i) {
        auto thumbnails = std::make_unique<ui::ExerciseThumbnails>(library());
        thumbnails->drawAhead(all);
        if (i % 2) {
            EXPECT_FALSE(thumbnails->image(*all.at(all.size() / 2)).isNull());
        }
        // Stops the drawing thread before the pictures go: the sanitizer
        // build would see a late write.
        thumbnails.reset();
    }
    ui::ExerciseThumbnails kept(library());
    kept.drawAhead(all);
    EXPECT_FALSE(kept.image(*all.last()).isNull());
}

TEST_F(LibraryPageTest, TheFirstRowsThumbnailsAreDrawnAheadOfThePaint)
{
    ui::LibraryPage page(library());
    const ui::ExerciseListModel* model = page.resultsModel();
    ASSERT_GT(model->rowCount(), 16);
    // Asking for the first rows' pictures waits for them rather than drawing
    // them again; the rows after the sixteenth are drawn only when asked for.
    for (int row = 0; row < 16; ++row)
        (void)model->index(row).data(Qt::DecorationRole);
    EXPECT_EQ(model->thumbnailsKept(), 16);
    (void)model->index(16).data(Qt::DecorationRole);
    EXPECT_EQ(model->thumbnailsKept(), 17);
}
