#include "core/content/ContentLoader.h"
#include "ui/figure/FigureStyle.h"
#include "ui/figure/FigureView.h"
#include "ui/figure/IllustrationRenderer.h"
#include "ui/figure/PaintedBounds.h"
#include "ui/library/ExerciseDetailView.h"
#include "ui/widgets/ExerciseHtml.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace carrywell;

namespace {

const core::ContentLibrary& library()
{
    static const core::ContentLoadReport report =
        core::ContentLoader::load(core::ContentLoader::builtInDirectory());
    return report.library;
}

struct InkCount
{
    int changed = 0;  ///< Pixels that differ from the background.
    int bodyLike = 0; ///< Pixels close to the figure's body colour.
};

InkCount countInk(const QImage& image, const QColor& background, const QColor& body)
{
    InkCount count;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c(line[x]);
            const int dBackground = std::abs(c.red() - background.red()) +
                                    std::abs(c.green() - background.green()) +
                                    std::abs(c.blue() - background.blue());
            const int dBody = std::abs(c.red() - body.red()) + std::abs(c.green() - body.green()) +
                              std::abs(c.blue() - body.blue());
            count.changed += dBackground > 30 ? 1 : 0;
            count.bodyLike += dBody < 24 ? 1 : 0;
        }
    }
    return count;
}

QImage renderStep(const ui::IllustrationRenderer& renderer, int step, const ui::FigureStyle& style,
                  QSize size = {300, 200})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(style.background);
    QPainter painter(&image);
    renderer.paintStep(painter, QRectF(QPointF(0, 0), QSizeF(size)), step);
    return image;
}

int differingPixels(const QImage& a, const QImage& b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return count;
}

/// The edges of a picture with anything painted on them: "left", "top", …
QStringList touchedEdges(const QImage& image)
{
    const auto inked = [&image](int x, int y) { return qAlpha(image.pixel(x, y)) > 0; };
    bool left = false, right = false, top = false, bottom = false;
    for (int y = 0; y < image.height(); ++y) {
        left = left || inked(0, y);
        right = right || inked(image.width() - 1, y);
    }
    for (int x = 0; x < image.width(); ++x) {
        top = top || inked(x, 0);
        bottom = bottom || inked(x, image.height() - 1);
    }
    QStringList edges;
    for (const auto& [touched, name] : {std::pair{left, "left"}, std::pair{top, "top"},
                                        std::pair{right, "right"}, std::pair{bottom, "bottom"}}) {
        if (touched)
            edges.append(QString::fromLatin1(name));
    }
    return edges;
}

/// Every picture an illustration gives, on a transparent background: each
/// step, each named pose, frames of the repeated movement and the thumbnail.
QList<QPair<QString, QImage>> everyPicture(const core::Exercise& exercise,
                                           const core::Illustration& illustration,
                                           const ui::FigureStyle& style)
{
    const ui::IllustrationRenderer renderer(exercise, illustration, style);
    const QSize size(300, 200);
    QList<QPair<QString, QImage>> pictures;
    const auto paint = [&](const QString& name, const auto& draw) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        draw(painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        pictures.append({name, image});
    };
    for (int step = 0; step < illustration.steps.size(); ++step) {
        paint(QStringLiteral("step %1").arg(step + 1),
              [&](QPainter& p, const QRectF& r) { renderer.paintStep(p, r, step); });
    }
    for (const auto& [name, pose] : illustration.poses) {
        paint(QStringLiteral("pose %1").arg(name),
              [&](QPainter& p, const QRectF& r) { renderer.paintPose(p, r, pose, name); });
    }
    const core::BodyPose* from = illustration.pose(illustration.movement.fromPose);
    const core::BodyPose* to = illustration.pose(illustration.movement.finalPose());
    for (int i = 1; from && to && i < 10; ++i) {
        const double t = i / 10.0;
        const QString name =
            t < 0.5 ? illustration.movement.fromPose : illustration.movement.finalPose();
        paint(QStringLiteral("movement at %1").arg(t), [&](QPainter& p, const QRectF& r) {
            renderer.paintPose(p, r, core::BodyPose::interpolate(*from, *to, t), name);
        });
    }
    pictures.append({QStringLiteral("thumbnail"), renderer.renderThumbnail(size)});
    return pictures;
}

} // namespace

TEST(Illustrations, EveryExerciseHasAPicturePerStepThatShowsTheFigure)
{
    for (const ui::FigureStyle& style : {ui::FigureStyle::light(), ui::FigureStyle::dark()}) {
        for (const core::Exercise& exercise : library().exercises()) {
            SCOPED_TRACE(exercise.id.toStdString());
            const core::Illustration* illustration = library().illustration(exercise.id);
            ASSERT_NE(illustration, nullptr) << "no drawings";
            ASSERT_EQ(illustration->steps.size(), exercise.steps.size());
            const ui::IllustrationRenderer renderer(exercise, *illustration, style);
            for (int step = 0; step < exercise.steps.size(); ++step) {
                const QImage image = renderStep(renderer, step, style);
                ASSERT_EQ(image.size(), QSize(300, 200));
                const InkCount ink = countInk(image, style.background, style.body);
                // A figure of readable size: a few percent of the picture is
                // drawn, and plenty of it is the body.
                EXPECT_GT(ink.changed, 300 * 200 / 25) << "step " << step + 1;
                EXPECT_GT(ink.bodyLike, 400) << "step " << step + 1;
            }
        }
    }
}

TEST(Illustrations, NothingPaintedIsCutOffAtThePicturesEdges)
{
    // The figure, her hair, the glow, the arrows and every prop (a band's
    // table top, a chair's legs) inside every picture. The floor line runs
    // across on purpose, so it is left out (drawn in a transparent colour).
    ui::FigureStyle style = ui::FigureStyle::light();
    style.floor = Qt::transparent;
    for (const core::Exercise& exercise : library().exercises()) {
        SCOPED_TRACE(exercise.id.toStdString());
        const core::Illustration* shipped = library().illustration(exercise.id);
        ASSERT_NE(shipped, nullptr);
        // A close-up (the head for chin nods) crops the body on purpose; the
        // whole scene, as thumbnails and guided sessions show it, may not.
        core::Illustration whole = *shipped;
        whole.focus.reset();
        // Walls and doorways run up out of the picture as a room's walls do:
        // with them only the top edge may be reached, without them none.
        core::Illustration noWalls = whole;
        noWalls.props.removeIf(ui::IllustrationRenderer::isArchitecture);
        const bool walls = noWalls.props.size() != whole.props.size();
        for (const auto& [name, image] : everyPicture(exercise, noWalls, style))
            EXPECT_EQ(touchedEdges(image), QStringList()) << name.toStdString();
        if (walls) {
            for (const auto& [name, image] : everyPicture(exercise, whole, style)) {
                QStringList edges = touchedEdges(image);
                edges.removeOne(QStringLiteral("top"));
                EXPECT_EQ(edges, QStringList()) << name.toStdString() << " with walls";
            }
        }
    }
}

TEST(Illustrations, TheSceneIsFramedCloselyAroundWhatIsPainted)
{
    // Exact bounds mean no guessed padding either: the drawing spans most of
    // the width or the height of its picture.
    ui::FigureStyle style = ui::FigureStyle::light();
    style.floor = Qt::transparent;
    for (const char* id : {"double-chins", "banded-as", "chin-nods", "glute-bridge"}) {
        SCOPED_TRACE(id);
        const core::Exercise* exercise = library().exercise(id);
        ASSERT_NE(exercise, nullptr);
        const ui::IllustrationRenderer renderer(*exercise, *library().illustration(id), style);
        const QImage thumbnail = renderer.renderThumbnail({300, 200});
        int left = thumbnail.width(), right = -1, top = thumbnail.height(), bottom = -1;
        for (int y = 0; y < thumbnail.height(); ++y) {
            for (int x = 0; x < thumbnail.width(); ++x) {
                if (qAlpha(thumbnail.pixel(x, y)) == 0)
                    continue;
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
        EXPECT_TRUE(right - left > 0.8 * thumbnail.width() ||
                    bottom - top > 0.8 * thumbnail.height())
            << "drawn " << right - left << " × " << bottom - top;
    }
}

TEST(Illustrations, DoubleChinsSitsTallWithHerHandsBehindHerHead)
{
    // Seated on a chair, seen whole; her hands rest on her thighs, then
    // laced behind her head, and nothing of her arms comes over her face.
    const core::Illustration* illustration = library().illustration("double-chins");
    ASSERT_NE(illustration, nullptr);
    EXPECT_FALSE(illustration->focus.has_value()) << "the chair and her legs are in every picture";
    ASSERT_EQ(illustration->camera, *core::Camera::named("side-right")); // she faces right
    bool chair = false;
    for (const core::PropSpec& prop : illustration->props)
        chair = chair || prop.type == core::PropType::Chair;
    EXPECT_TRUE(chair);
    using core::Joint;
    const auto at = [&](const char* pose) {
        const core::BodyPose* p = illustration->pose(QString::fromLatin1(pose));
        EXPECT_NE(p, nullptr) << pose;
        return core::Body::pose(p ? *p : core::BodyPose{});
    };
    for (const char* name : {"sit", "hands", "press"}) {
        SCOPED_TRACE(name);
        const core::Body g = at(name);
        EXPECT_NEAR(g.joint(Joint::Neck).x, g.joint(Joint::Pelvis).x, 10) << "sitting upright";
        const double face = g.joint(Joint::HeadCentre).x;
        for (const Joint joint : {Joint::ElbowRight, Joint::WristRight, Joint::HandRight,
                                  Joint::ElbowLeft, Joint::WristLeft, Joint::HandLeft}) {
            const core::Vec3 p = g.joint(joint);
            const bool byTheHead =
                std::abs(p.y - g.joint(Joint::HeadCentre).y) < core::BodyDimensions::headRadius + 8;
            if (byTheHead) {
                EXPECT_LE(p.x + core::BodyDimensions::upperArmRadius, face + 2)
                    << "joint " << int(joint) << " is over her face";
            }
        }
    }
    // Hands on the thighs to start, then behind the head.
    const core::Body sit = at("sit");
    EXPECT_GT(sit.joint(Joint::HandRight).x, sit.joint(Joint::HipRight).x);
    EXPECT_LT(sit.joint(Joint::HandRight).y, sit.joint(Joint::HipRight).y + 15);
    const core::Body hands = at("hands");
    EXPECT_LT(hands.joint(Joint::HandRight).x, hands.joint(Joint::HeadCentre).x);
    // The press draws the head straight back, far enough for an arrow.
    const core::Body press = at("press");
    EXPECT_LT(press.joint(Joint::HeadCentre).x, hands.joint(Joint::HeadCentre).x - 2.5);
    EXPECT_NEAR(press.joint(Joint::HeadCentre).y, hands.joint(Joint::HeadCentre).y, 1.0);
}

TEST(PaintedBounds, MeasuresStrokesWithTheirWidthCapsAndTheTransform)
{
    ui::PaintedBounds bounds;
    QPainter painter(&bounds);
    painter.scale(2, 2);
    painter.setPen(QPen(Qt::black, 10, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(0, 0), QPointF(100, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::red);
    painter.drawEllipse(QPointF(50, 40), 5, 5);
    painter.setClipRect(QRectF(0, 0, 1, 1)); // clipping does not hide anything from it
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, 2));
    painter.drawRect(QRectF(-30, 0, 10, 10));
    painter.end();
    const QRectF r = bounds.rect();
    EXPECT_NEAR(r.left(), -62, 0.01);
    EXPECT_NEAR(r.top(), -10, 0.01);
    EXPECT_NEAR(r.right(), 210, 0.01);
    EXPECT_NEAR(r.bottom(), 90, 0.01);
}

TEST(Illustrations, TheRepeatedMovementReallyMoves)
{
    const ui::FigureStyle style = ui::FigureStyle::light();
    for (const core::Exercise& exercise : library().exercises()) {
        SCOPED_TRACE(exercise.id.toStdString());
        const core::Illustration* illustration = library().illustration(exercise.id);
        ASSERT_NE(illustration, nullptr);
        const core::BodyPose* from = illustration->pose(illustration->movement.fromPose);
        const core::BodyPose* to = illustration->pose(illustration->movement.finalPose());
        ASSERT_TRUE(from && to);
        const ui::IllustrationRenderer renderer(exercise, *illustration, style);
        QImage start(240, 160, QImage::Format_RGB32);
        QImage end(240, 160, QImage::Format_RGB32);
        start.fill(style.background);
        end.fill(style.background);
        {
            QPainter a(&start);
            renderer.paintPose(a, QRectF(0, 0, 240, 160), *from, illustration->movement.fromPose);
            QPainter b(&end);
            renderer.paintPose(b, QRectF(0, 0, 240, 160), *to, illustration->movement.finalPose());
        }
        EXPECT_GT(differingPixels(start, end), 60);
    }
}

TEST(Illustrations, SheetsHaveOnePanelPerStep)
{
    const core::Exercise* exercise = library().exercise("banded-as");
    ASSERT_NE(exercise, nullptr);
    const core::Illustration* illustration = library().illustration("banded-as");
    ASSERT_NE(illustration, nullptr);
    const ui::IllustrationRenderer renderer(*exercise, *illustration, ui::FigureStyle::light());
    const QImage sheet = renderer.renderSheet(2.0);
    const int steps = static_cast<int>(exercise->steps.size());
    const int width =
        2 * 20 + steps * ui::IllustrationRenderer::kSheetPanelWidth + (steps - 1) * 16;
    EXPECT_EQ(sheet.width(), width * 2);
    EXPECT_DOUBLE_EQ(sheet.devicePixelRatio(), 2.0);
}

TEST(Illustrations, PrintAsVectorsInPdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("drawing.pdf");
    const core::Exercise* exercise = library().exercise("glute-bridge");
    const core::Illustration* illustration = library().illustration("glute-bridge");
    ASSERT_TRUE(exercise && illustration);
    {
        QPdfWriter pdf(path);
        pdf.setResolution(300);
        QPainter painter(&pdf);
        const ui::IllustrationRenderer renderer(*exercise, *illustration, ui::FigureStyle::light());
        renderer.paintStep(painter, QRectF(0, 0, 1800, 1200), 1);
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_FALSE(bytes.contains("/Subtype /Image")) << "the drawing was rasterised";

    // Poppler draws it back: the page is not blank.
    QProcess pdftoppm;
    pdftoppm.start("pdftoppm", {"-png", "-r", "40", "-singlefile", path, dir.filePath("page")});
    ASSERT_TRUE(pdftoppm.waitForFinished(30000));
    ASSERT_EQ(pdftoppm.exitCode(), 0) << pdftoppm.readAllStandardError().toStdString();
    const QImage page(dir.filePath("page.png"));
    ASSERT_FALSE(page.isNull());
    EXPECT_GT(countInk(page, Qt::white, ui::FigureStyle::light().body).bodyLike, 50);
}

TEST(FigureView, MovesInTheExercisesTempo)
{
    const core::Exercise* exercise = library().exercise("banded-as");
    ASSERT_NE(exercise, nullptr);
    ui::FigureView view;
    view.resize(360, 220);
    view.setExercise(exercise, library().illustration("banded-as"));
    ASSERT_TRUE(view.cycle().has_value());
    EXPECT_DOUBLE_EQ(view.cycle()->outSeconds(), 5);
    EXPECT_DOUBLE_EQ(view.cycle()->backSeconds(), 5);

    view.setCycleTime(0);
    const QImage start = view.grab().toImage();
    view.setCycleTime(2.5);
    EXPECT_DOUBLE_EQ(view.position(), 0.5);
    view.setCycleTime(5);
    EXPECT_DOUBLE_EQ(view.position(), 1.0);
    const QImage out = view.grab().toImage();
    view.setCycleTime(10);
    EXPECT_DOUBLE_EQ(view.position(), 0.0);
    EXPECT_GT(differingPixels(start, out), 100);

    view.setPlaying(true);
    EXPECT_TRUE(view.isPlaying());
    view.setPlaying(false);
    EXPECT_FALSE(view.isPlaying());
}

TEST(ExerciseDetail, ShowsADrawingBesideEveryStep)
{
    ui::ExerciseDetailView detail(library());
    const core::Exercise* exercise = library().exercise("cat-cow");
    ASSERT_NE(exercise, nullptr);
    detail.showExercise(exercise);
    for (int i = 0; i < exercise->steps.size(); ++i) {
        const QVariant resource = detail.document()->resource(QTextDocument::ImageResource,
                                                              ui::ExerciseHtml::stepImageUrl(i));
        ASSERT_TRUE(resource.isValid()) << "step " << i + 1;
        EXPECT_FALSE(resource.value<QImage>().isNull());
    }
    EXPECT_TRUE(detail.toHtml().contains(ui::ExerciseHtml::stepImageUrl(0).toString()));
}
