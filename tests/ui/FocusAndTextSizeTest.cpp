#include "ClippedText.h"
#include "ShippedContent.h"
#include "core/content/ContentLoader.h"
#include "core/journal/Journal.h"
#include "core/profile/ProfileStore.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/ScoredBodyMap.h"
#include "ui/journal/JournalText.h"
#include "ui/journal/PainChartView.h"
#include "ui/journal/SessionEffectChartView.h"
#include "ui/plan/MakeWeekDialog.h"
#include "ui/session/SessionRunView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/BodyMapWidget.h"
#include "ui/widgets/PainScalePicker.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

using namespace carrywell;
using carrywell::test::clippedAfterLayout;
using carrywell::test::shipped;

namespace {

/// `widget` next to a plain button in an active window, so focus can be
/// moved onto it and away again as the keyboard would.
class FocusHost
{
public:
    explicit FocusHost(QWidget* widget) : m_widget(widget)
    {
        auto* layout = new QVBoxLayout(&m_window);
        m_other = new QPushButton(QStringLiteral("Elsewhere"), &m_window);
        layout->addWidget(m_other);
        layout->addWidget(widget);
        m_window.resize(640, 520);
        m_window.show();
        QApplication::setActiveWindow(&m_window);
    }

    bool active() { return QTest::qWaitForWindowActive(&m_window); }

    QImage grab(bool focused)
    {
        (focused ? m_widget : m_other)->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        return m_widget->grab().toImage();
    }

    bool hasFocus() const { return m_widget->hasFocus(); }

private:
    QWidget m_window;
    QWidget* m_widget;
    QPushButton* m_other;
};

/// A widget that takes focus but draws nothing to show it.
class SilentWidget : public QWidget
{
public:
    SilentWidget()
    {
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(80, 80);
    }

protected:
    void paintEvent(QPaintEvent*) override {}
};

struct FocusCase
{
    const char* name;
    std::function<QWidget*()> make;
};

class FocusRing : public ::testing::TestWithParam<FocusCase>
{
};

/// The application font at `factor` times its size for one test.
class ScaledFont
{
public:
    explicit ScaledFont(double factor) : m_saved(QApplication::font())
    {
        QFont font = m_saved;
        font.setPointSizeF(m_saved.pointSizeF() * factor);
        QApplication::setFont(font);
    }
    ~ScaledFont() { QApplication::setFont(m_saved); }

private:
    QFont m_saved;
};

} // namespace

TEST(FocusRingCheck, CanFail)
{
    // A widget that takes focus without drawing it looks the same either way.
    auto* silent = new SilentWidget;
    FocusHost host(silent);
    ASSERT_TRUE(host.active());
    const QImage without = host.grab(false);
    const QImage with = host.grab(true);
    ASSERT_TRUE(host.hasFocus());
    EXPECT_EQ(without, with);
}

TEST_P(FocusRing, IsDrawnWhenTheWidgetHasFocus)
{
    QWidget* widget = GetParam().make();
    FocusHost host(widget);
    ASSERT_TRUE(host.active());
    const QImage without = host.grab(false);
    const QImage with = host.grab(true);
    ASSERT_TRUE(host.hasFocus()) << GetParam().name;
    EXPECT_NE(without, with) << GetParam().name << " looks the same with and without focus";
}

INSTANTIATE_TEST_SUITE_P(
    CustomWidgets, FocusRing,
    ::testing::Values(
        FocusCase{"bodyMap", [] { return static_cast<QWidget*>(new ui::BodyMapWidget); }},
        FocusCase{"scoredBodyMap", [] { return static_cast<QWidget*>(new ui::ScoredBodyMap); }},
        FocusCase{"painScale", [] { return static_cast<QWidget*>(new ui::PainScalePicker); }},
        FocusCase{"painChart", [] { return static_cast<QWidget*>(new ui::PainChartView({})); }},
        FocusCase{"sessionEffectChart",
                  [] { return static_cast<QWidget*>(new ui::SessionEffectChartView); }},
        FocusCase{"sessionRunView",
                  [] { return static_cast<QWidget*>(new ui::SessionRunView(shipped().library)); }}),
    [](const ::testing::TestParamInfo<FocusCase>& info) { return std::string(info.param.name); });

TEST(TextSize, CustomWidgetsGrowWithTheFont)
{
    auto hints = [] {
        ui::BodyMapWidget map;
        ui::PainScalePicker scale;
        ui::SessionRunView run(shipped().library);
        return QList<QSize>{map.sizeHint(), scale.sizeHint(), run.sizeHint()};
    };
    const QList<QSize> normal = hints();
    QList<QSize> large;
    {
        ScaledFont twice(2.0);
        large = hints();
    }
    const QStringList names{QStringLiteral("body map"), QStringLiteral("pain scale"),
                            QStringLiteral("session run view")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        EXPECT_GT(large.at(i).height(), normal.at(i).height()) << names.at(i).toStdString();
        EXPECT_GE(large.at(i).width(), normal.at(i).width()) << names.at(i).toStdString();
    }
}

class TextSizeFactor : public ::testing::TestWithParam<double>
{
};

TEST_P(TextSizeFactor, NoLabelIsCutOffOnAnyPage)
{
    ScaledFont scaled(GetParam());
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    core::ProfileStore(settings).setFirstRunDone(true);
    core::ManualClock clock;
    core::JournalOpenResult journal = core::Journal::open(dir.filePath("journal.sqlite"), clock);
    ASSERT_TRUE(journal.ok());
    ui::MainWindow window(shipped(), settings, clock, journal.journal());
    QStringList clipped;
    for (const QString& page : window.pageIds()) {
        window.showPage(page);
        for (const QString& label : clippedAfterLayout(&window, QSize(1180, 780)))
            clipped.append(page + QStringLiteral(": ") + label);
    }
    window.showExercise("banded-as");
    for (const QString& label : clippedAfterLayout(&window, QSize(1180, 780)))
        clipped.append(QStringLiteral("exercise: ") + label);

    ui::CheckInDialog checkIn(ui::JournalText::regionNames(shipped().library), clock.now());
    for (const QString& label : clippedAfterLayout(&checkIn))
        clipped.append(QStringLiteral("check-in: ") + label);
    ui::MakeWeekDialog makeWeek(shipped().library, core::Profile{}, core::PlanPreferences{},
                                QDate(2026, 3, 2));
    for (const QString& label : clippedAfterLayout(&makeWeek))
        clipped.append(QStringLiteral("make week: ") + label);
    QTemporaryDir settingsDir;
    QSettings values(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::SettingsDialog settingsDialog(shipped().library, values,
                                      settingsDir.filePath(QStringLiteral("journal.sqlite")),
                                      nullptr, clock);
    for (int section = 0; section < 5; ++section) {
        settingsDialog.showSection(static_cast<ui::SettingsDialog::Section>(section));
        for (const QString& label : clippedAfterLayout(&settingsDialog))
            clipped.append(QStringLiteral("settings %1: ").arg(section) + label);
    }
    EXPECT_EQ(clipped, QStringList{}) << "font ×" << GetParam();
}

INSTANTIATE_TEST_SUITE_P(OneAndAHalfAndTwice, TextSizeFactor, ::testing::Values(1.5, 2.0),
                         [](const ::testing::TestParamInfo<double>& info) {
                             return info.param == 2.0 ? std::string("twice")
                                                      : std::string("oneAndAHalf");
                         });
