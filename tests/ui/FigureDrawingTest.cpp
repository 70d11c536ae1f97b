#include "core/content/ContentLoader.h"
#include "core/figure/BasePoses.h"
#include "core/figure/Projection.h"
#include "ui/figure/FigurePainter.h"
#include "ui/figure/FigureStyle.h"
#include "ui/figure/IllustrationRenderer.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

// The standing figure drawn through `camera`, head and shoulders filling the image.
QImage drawHead(const core::Camera& camera)
{
    const ui::FigureStyle style = ui::FigureStyle::light();
    const core::Projection figure(core::Body::pose(*core::basePose("standing")), camera);
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(style.background);
    QPainter painter(&image);
    const QPointF head = figure.joint(core::Joint::HeadCentre);
    painter.translate(100, 100);
    painter.scale(6, -6); // y up, about 30 cm across
    painter.translate(-head);
    ui::FigurePainter(style).paintFigure(painter, figure, {});
    return image;
}

int pixelsLike(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                                 std::abs(c.blue() - colour.blue()) <
                             20
                         ? 1
                         : 0;
        }
    }
    return count;
}

const core::ContentLibrary& library()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report.library;
}

} // namespace

TEST(FigureDrawing, TheFaceShowsFromTheFrontAndHairFromTheBack)
{
    const ui::FigureStyle style = ui::FigureStyle::light();
    const QImage front = drawHead(*core::Camera::named("front"));
    const QImage back = drawHead(*core::Camera::named("back"));
    const int hairFront = pixelsLike(front, style.hair);
    const int hairBack = pixelsLike(back, style.hair);
    EXPECT_GT(hairBack, 2 * hairFront)
        << hairFront << " hair pixels from the front, " << hairBack << " from the back";
    // From the front there is a face: skin-coloured head between the hair.
    EXPECT_GT(pixelsLike(front, style.body), pixelsLike(back, style.body));
}

TEST(FigureDrawing, ASecondCameraDrawsASecondViewBesideTheFirst)
{
    const core::Exercise* exercise = library().exercise("fire-hydrants");
    const core::Illustration* illustration = library().illustration("fire-hydrants");
    ASSERT_TRUE(exercise && illustration);
    ASSERT_TRUE(illustration->secondCamera.has_value());
    core::Illustration oneView = *illustration;
    oneView.secondCamera.reset();
    const ui::FigureStyle style = ui::FigureStyle::light();
    const ui::IllustrationRenderer both(*exercise, *illustration, style);
    const ui::IllustrationRenderer single(*exercise, oneView, style);
    EXPECT_GT(both.aspectRatio(), single.aspectRatio() * 1.4);
}

TEST(FigureDrawing, MotionHasAColourOfItsOwn)
{
    // The arrow must not be mistaken for the glow on the worked regions, the
    // band or the body, in either theme.
    const auto hueGap = [](const QColor& a, const QColor& b) {
        const int gap = std::abs(a.hslHue() - b.hslHue()) % 360;
        return std::min(gap, 360 - gap);
    };
    for (const ui::FigureStyle& style : {ui::FigureStyle::light(), ui::FigureStyle::dark()}) {
        EXPECT_GE(hueGap(style.arrow, style.highlight), 90);
        EXPECT_GE(hueGap(style.arrow, style.band), 60);
        EXPECT_GE(hueGap(style.arrow, style.body), 45);
    }
}
