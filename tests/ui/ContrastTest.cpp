#include "ui/checkin/CarePromptArea.h"
#include "ui/figure/FigureStyle.h"
#include "ui/journal/PainChartView.h"
#include "ui/journal/SessionEffectChartView.h"
#include "ui/settings/Theme.h"
#include "ui/widgets/BodyMapWidget.h"
#include "ui/widgets/PainColors.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFrame>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

// WCAG 2.1: 4.5:1 for normal text, 3:1 for large text, for the boundaries
// of controls and focus indicators, and for the parts of a chart.
constexpr double kText = 4.5;
constexpr double kGraphic = 3.0;

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/// WCAG relative luminance of an opaque colour.
double luminance(const QColor& colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// `colour` painted over `background`, so translucent colours count as seen.
QColor over(const QColor& colour, const QColor& background)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

double contrast(const QColor& foreground, const QColor& background)
{
    const double fg = luminance(over(foreground, background));
    const double bg = luminance(background);
    return (std::max(fg, bg) + 0.05) / (std::min(fg, bg) + 0.05);
}

/// One pair of colours that appear together, and the ratio it must reach.
struct Pair
{
    QString what;
    QColor foreground;
    QColor background;
    double minimum;
};

/// The pairs that fall short, one line each with their ratio.
QStringList failing(const QList<Pair>& pairs)
{
    QStringList failures;
    for (const Pair& p : pairs) {
        const double ratio = contrast(p.foreground, p.background);
        if (ratio < p.minimum) {
            failures.append(QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                                .arg(p.what, p.foreground.name(QColor::HexArgb),
                                     p.background.name(), QString::number(ratio, 'f', 2),
                                     QString::number(p.minimum)));
        }
    }
    return failures;
}

/// Applies a theme for one test and puts the application's look back after.
class ThemeContrast : public ::testing::TestWithParam<ui::Theme>
{
protected:
    void SetUp() override
    {
        m_palette = QApplication::palette();
        m_style = QApplication::style()->name();
        ui::applyTheme(*qApp, GetParam());
    }
    void TearDown() override
    {
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
    }
    QString themeName() const { return ui::toId(GetParam()); }

private:
    QPalette m_palette;
    QString m_style;
};

} // namespace

TEST(Contrast, TheRatioFollowsWcag)
{
    EXPECT_NEAR(contrast(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(contrast(Qt::white, Qt::white), 1.0, 0.001);
    EXPECT_NEAR(contrast(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
    // Half-transparent black on white reads as mid grey.
    EXPECT_NEAR(contrast(QColor(0, 0, 0, 128), Qt::white),
                contrast(QColor(0x7f, 0x7f, 0x7f), Qt::white), 0.05);
    EXPECT_EQ(failing(QList<Pair>{
                          Pair{QStringLiteral("grey"), QColor(0x99, 0x99, 0x99), Qt::white, kText}})
                  .size(),
              1);
}

TEST_P(ThemeContrast, ThePaletteReadsWell)
{
    const QPalette pal = QApplication::palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor base = pal.color(QPalette::Base);
    const QList<Pair> pairs{
        {QStringLiteral("window text"), pal.color(QPalette::WindowText), window, kText},
        {QStringLiteral("text"), pal.color(QPalette::Text), base, kText},
        {QStringLiteral("text on alternate rows"), pal.color(QPalette::Text),
         pal.color(QPalette::AlternateBase), kText},
        {QStringLiteral("button text"), pal.color(QPalette::ButtonText),
         pal.color(QPalette::Button), kText},
        {QStringLiteral("selected text"), pal.color(QPalette::HighlightedText),
         pal.color(QPalette::Highlight), kText},
        {QStringLiteral("tooltip"), pal.color(QPalette::ToolTipText),
         pal.color(QPalette::ToolTipBase), kText},
        // Placeholders carry hints, and the pain scale's anchors and rest days use the colour.
        {QStringLiteral("placeholder in a field"), pal.color(QPalette::PlaceholderText), base,
         kText},
        {QStringLiteral("placeholder colour on the window"), pal.color(QPalette::PlaceholderText),
         window, kText},
        {QStringLiteral("link"), pal.color(QPalette::Link), base, kText},
        // The week dialog's hint is written in the highlight colour.
        {QStringLiteral("highlight as text"), pal.color(QPalette::Highlight), window, kText},
        // Focus rings and selection are drawn in the highlight colour.
        {QStringLiteral("focus ring on the window"), pal.color(QPalette::Highlight), window,
         kGraphic},
        {QStringLiteral("focus ring in a field"), pal.color(QPalette::Highlight), base, kGraphic},
        // Chart axes and the body map's outline.
        {QStringLiteral("lines on the window"), pal.color(QPalette::Mid), window, kGraphic},
        {QStringLiteral("lines in a chart"), pal.color(QPalette::Mid), base, kGraphic},
        {QStringLiteral("problem text"), ui::PainColors::problemText(pal), window, kText},
    };
    EXPECT_EQ(failing(pairs), QStringList{}) << themeName().toStdString();
}

TEST_P(ThemeContrast, TheAppsOwnColoursReadWell)
{
    const QPalette pal = QApplication::palette();
    const bool dark = GetParam() == ui::Theme::Dark;
    QList<Pair> pairs;

    // The session's cue flashes in the highlight colour behind the words.
    QColor glow = pal.color(QPalette::Highlight);
    glow.setAlphaF(0.45);
    pairs.append({QStringLiteral("cue at its brightest"), pal.color(QPalette::WindowText),
                  over(glow, pal.color(QPalette::Window)), kText});

    // The body map: each region's outline against the figure it sits on.
    const QColor figure = ui::BodyMapWidget::figureFill(pal);
    pairs.append({QStringLiteral("body map region outline"),
                  ui::BodyMapWidget::regionOutline(pal, false),
                  over(ui::BodyMapWidget::regionFill(pal, false, false), figure), kGraphic});
    // A chosen region stands out from the figure by its fill.
    pairs.append({QStringLiteral("body map chosen region"),
                  over(ui::BodyMapWidget::regionFill(pal, true, false), figure), figure, kGraphic});
    pairs.append({QStringLiteral("body map figure outline"), pal.color(QPalette::Mid),
                  pal.color(QPalette::Window), kGraphic});

    // Pain scores: the number on its colour (pain scale, badges, history).
    for (int score = 0; score <= 10; ++score) {
        pairs.append({QStringLiteral("pain score %1").arg(score), ui::PainColors::textOn(score),
                      ui::PainColors::forScore(score), kText});
    }

    // The pain chart: its lines and dots against the chart's background.
    ui::PainChartView chart({});
    chart.setPalette(pal);
    const QColor chartBase = pal.color(QPalette::Base);
    pairs.append({QStringLiteral("7-day average line"), chart.averageSeries()->pen().color(),
                  chartBase, kGraphic});
    pairs.append({QStringLiteral("daily dots"), chart.dailySeries()->color(), chartBase, kGraphic});
    for (const core::Region region : core::allValues<core::Region>()) {
        pairs.append({QStringLiteral("region line %1").arg(core::toId(region)),
                      chart.regionSeries(region)->pen().color(), chartBase, kGraphic});
    }

    // Before/after bars: their values are written inside them.
    ui::SessionEffectChartView effect;
    effect.setPalette(pal);
    for (QAbstractSeries* series : effect.chart()->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(series);
        ASSERT_NE(bars, nullptr);
        for (QBarSet* set : bars->barSets()) {
            pairs.append({QStringLiteral("bar label %1").arg(set->label()), set->labelColor(),
                          set->color(), kText});
            // A bar stands apart by its fill or by its outline.
            const QColor edge =
                contrast(set->borderColor(), chartBase) > contrast(set->color(), chartBase)
                    ? set->borderColor()
                    : set->color();
            pairs.append({QStringLiteral("bar %1").arg(set->label()), edge, chartBase, kGraphic});
        }
    }

    // The care prompts' banners.
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    ui::CarePromptArea prompts(settings);
    prompts.setPalette(pal);
    prompts.setPrompts({{QStringLiteral("high-pain"), QStringLiteral("Pain is high"),
                         QStringLiteral("See someone")}});
    const QList<QFrame*> banners =
        prompts.findChildren<QFrame*>(QStringLiteral("carePrompt-high-pain"));
    EXPECT_EQ(banners.size(), 1);
    for (const QFrame* banner : banners) {
        pairs.append({QStringLiteral("care prompt"), banner->palette().color(QPalette::WindowText),
                      banner->palette().color(QPalette::Window), kText});
    }

    // The exercise figures of the same theme.
    const ui::FigureStyle style = dark ? ui::FigureStyle::dark() : ui::FigureStyle::light();
    pairs.append({QStringLiteral("figure caption"), style.text, style.background, kText});
    pairs.append(
        {QStringLiteral("figure muted caption"), style.mutedText, style.background, kText});
    pairs.append({QStringLiteral("figure body"), style.body, style.background, kGraphic});
    pairs.append({QStringLiteral("figure arrow"), style.arrow, style.background, kGraphic});
    pairs.append({QStringLiteral("figure band"), style.band, style.background, kGraphic});

    EXPECT_EQ(failing(pairs), QStringList{}) << themeName().toStdString();
}

TEST_P(ThemeContrast, CheckBoxAndRadioButtonOutlinesStandOut)
{
    // An unticked box must show where it is: its outline at 3:1 against the window.
    const QPalette pal = QApplication::palette();
    const QColor window = pal.color(QPalette::Window);
    for (const auto element : {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorRadioButton}) {
        QImage image(24, 24, QImage::Format_ARGB32);
        image.fill(window);
        QStyleOptionButton option;
        option.rect = QRect(3, 3, 16, 16);
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        option.palette = pal;
        {
            QPainter painter(&image);
            QApplication::style()->drawPrimitive(element, &option, &painter);
        }
        double strongest = 1.0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                strongest = std::max(strongest, contrast(image.pixelColor(x, y), window));
        }
        EXPECT_GE(strongest, kGraphic)
            << themeName().toStdString()
            << (element == QStyle::PE_IndicatorCheckBox ? " check box" : " radio button");
    }
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, ThemeContrast,
                         ::testing::Values(ui::Theme::Light, ui::Theme::Dark),
                         [](const ::testing::TestParamInfo<ui::Theme>& info) {
                             return ui::toId(info.param).toStdString();
                         });
