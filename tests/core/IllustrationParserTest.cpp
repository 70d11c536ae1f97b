#include "ContentFixtures.h"
#include "core/content/ContentLoader.h"
#include "core/content/ContentParser.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carrywell::core;
using namespace carrywell::test;

namespace {

QJsonObject validIllustration(const QString& exercise = "test-exercise")
{
    return QJsonObject{
        {"exercise", exercise},
        {"format", 2},
        {"camera", "side-right"},
        {"secondCamera", QJsonObject{{"yaw", -30}, {"pitch", 20}}},
        {"props", QJsonArray{QJsonObject{{"type", "mat"}}}},
        {"poses", QJsonObject{{"down", QJsonObject{{"base", "hook-lying"}}},
                              {"up", QJsonObject{{"base", "hook-lying"},
                                                 {"spine", QJsonObject{{"sideBend", 6}}},
                                                 {"elbowRight", 30},
                                                 {"breath", 1}}}}},
        {"steps",
         QJsonArray{QJsonObject{{"pose", "down"}}, QJsonObject{{"from", "down"}, {"to", "up"}}}},
        {"movement", QJsonObject{{"from", "down"}, {"to", "up"}}},
    };
}

// The same drawing in the first, flat format.
QJsonObject oldIllustration(const QString& exercise = "test-exercise")
{
    return QJsonObject{
        {"exercise", exercise},
        {"view", "side"},
        {"facing", "left"},
        {"props", QJsonArray{QJsonObject{{"type", "pillow"}, {"at", "kneeNear"}}}},
        {"poses",
         QJsonObject{
             {"down", QJsonObject{{"base", "lying-back"}}},
             {"up", QJsonObject{{"base", "lying-back"}, {"spineCurve", 1}, {"head", -85}}}}},
        {"steps",
         QJsonArray{QJsonObject{{"pose", "down"}}, QJsonObject{{"from", "down"}, {"to", "up"}}}},
        {"movement", QJsonObject{{"from", "down"}, {"to", "up"}}},
    };
}

QList<ContentError> parse(const QJsonObject& illustration, ContentFragment* out = nullptr)
{
    QList<ContentError> errors;
    ContentFragment fragment = ContentParser::parse(
        QJsonDocument(QJsonObject{{"illustrations", QJsonArray{illustration}}}).toJson(),
        "drawings.json", false, errors);
    if (out)
        *out = std::move(fragment);
    return errors;
}

} // namespace

TEST(IllustrationParser, AValidIllustrationParses)
{
    ContentFragment fragment;
    const QList<ContentError> errors = parse(validIllustration(), &fragment);
    ASSERT_TRUE(errors.isEmpty()) << errors.first().toString().toStdString();
    ASSERT_EQ(fragment.illustrations.size(), 1u);
    const Illustration& ill = fragment.illustrations.front();
    EXPECT_EQ(ill.exerciseId, QStringLiteral("test-exercise"));
    EXPECT_EQ(ill.camera, *Camera::named("side-right"));
    ASSERT_TRUE(ill.secondCamera.has_value());
    EXPECT_DOUBLE_EQ(ill.secondCamera->yaw(), -30);
    EXPECT_DOUBLE_EQ(ill.secondCamera->pitch(), 20);
    ASSERT_EQ(ill.steps.size(), 2);
    EXPECT_FALSE(ill.steps[0].isMovement());
    EXPECT_TRUE(ill.steps[1].isMovement());
    ASSERT_NE(ill.pose("up"), nullptr);
    const BodyPose& up = *ill.pose("up");
    const BodyPose& down = *ill.pose("down");
    EXPECT_DOUBLE_EQ(up[Angle::ElbowRight], 30);
    EXPECT_NEAR(up[Angle::LumbarSideBend] + up[Angle::ThoracicSideBend] +
                    up[Angle::UpperThoracicSideBend],
                down[Angle::LumbarSideBend] + down[Angle::ThoracicSideBend] +
                    down[Angle::UpperThoracicSideBend] + 6,
                1e-9);
    EXPECT_DOUBLE_EQ(up.breath, 1);
    EXPECT_EQ(ill.props.size(), 1);
    EXPECT_EQ(ill.props[0].type, PropType::Mat);
}

TEST(IllustrationParser, AnOldFlatIllustrationIsConvertedOnLoad)
{
    ContentFragment fragment;
    const QList<ContentError> errors = parse(oldIllustration(), &fragment);
    ASSERT_TRUE(errors.isEmpty()) << errors.first().toString().toStdString();
    const Illustration& ill = fragment.illustrations.front();
    // Facing left in the old side view: seen from her left side.
    EXPECT_EQ(ill.camera, *Camera::named("side-left"));
    ASSERT_NE(ill.pose("up"), nullptr);
    EXPECT_NE(ill.pose("up")->angles, ill.pose("down")->angles);
    EXPECT_EQ(ill.pose("down")->contacts.value(0), BodyPoint::Pelvis);
    // The near knee of a figure facing left is her left knee.
    EXPECT_EQ(ill.props[0].at, BodyPoint::KneeLeft);
}

TEST(IllustrationParser, MistakesNameTheirPlaceAndReason)
{
    struct Case
    {
        std::function<void(QJsonObject&)> breakIt;
        QString path;
        QString reason;
    };
    const auto setPose = [](QJsonObject& i, const QJsonObject& pose) {
        QJsonObject poses = i["poses"].toObject();
        poses["up"] = pose;
        i["poses"] = poses;
    };
    const QList<Case> cases{
        {[](QJsonObject& i) { i["camera"] = "sideways"; }, "illustrations[0].camera",
         "“sideways” is not a view; use one of: side-right, side-left"},
        {[](QJsonObject& i) { i.remove("camera"); }, "illustrations[0].camera",
         "required field is missing"},
        {[](QJsonObject& i) { i["format"] = 3; }, "illustrations[0].format", "2"},
        {[&](QJsonObject& i) {
             setPose(i, {{"base", "handstand"}});
         },
         "illustrations[0].poses.up.base", "“handstand” is not a known base pose"},
        {[&](QJsonObject& i) {
             setPose(i, {{"base", "hook-lying"}, {"kneeRight", 400}});
         },
         "illustrations[0].poses.up.kneeRight", "must be a number from -360 to 360"},
        {[&](QJsonObject& i) {
             setPose(i, {{"base", "hook-lying"}, {"contacts", QJsonArray{"elbowz"}}});
         },
         "illustrations[0].poses.up.contacts[0]", "“elbowz” is not a body point"},
        {[](QJsonObject& i) {
             i["steps"] =
                 QJsonArray{QJsonObject{{"pose", "sideways"}}, QJsonObject{{"pose", "up"}}};
         },
         "illustrations[0].steps[0]", "refers to unknown pose “sideways”"},
        {[](QJsonObject& i) {
             i["props"] = QJsonArray{QJsonObject{{"type", "trampoline"}}};
         },
         "illustrations[0].props[0].type", "“trampoline” is not a known prop"},
        {[&](QJsonObject& i) {
             setPose(i, {{"base", "hook-lying"}, {"kneeRight", -50}});
         },
         "illustrations[0].poses.up", "kneeRight is at -50°, outside the human range"},
        {[](QJsonObject& i) { i.remove("movement"); }, "illustrations[0].movement",
         "required field is missing"},
    };
    for (const Case& c : cases) {
        QJsonObject illustration = validIllustration();
        c.breakIt(illustration);
        const QList<ContentError> errors = parse(illustration);
        ASSERT_FALSE(errors.isEmpty()) << c.path.toStdString();
        EXPECT_EQ(errors[0].jsonPath, c.path);
        EXPECT_TRUE(errors[0].reason.contains(c.reason)) << errors[0].toString().toStdString();
    }
}

TEST(IllustrationParser, OldFilesThatCannotBeConvertedAreRefusedWithTheReason)
{
    struct Case
    {
        std::function<void(QJsonObject&)> breakIt;
        QString path;
        QString reason;
    };
    const QList<Case> cases{
        {[](QJsonObject& i) { i["view"] = "top"; }, "illustrations[0].view",
         "must be “side” or “front”"},
        {[](QJsonObject& i) {
             QJsonObject poses = i["poses"].toObject();
             poses["up"] = QJsonObject{{"base", "lying-side"}};
             i["poses"] = poses;
         },
         "illustrations[0].poses.up.base", "“lying-side” is not a known base pose for this view"},
        {[](QJsonObject& i) {
             QJsonObject poses = i["poses"].toObject();
             // Knee bent the wrong way: the shin swings past the thigh.
             poses["up"] =
                 QJsonObject{{"base", "lying-back"}, {"thighNear", 100}, {"shinNear", 150}};
             i["poses"] = poses;
         },
         "illustrations[0].poses.up", "kneeLeft is at -50°, outside the human range"},
        {[](QJsonObject& i) {
             QJsonObject poses = i["poses"].toObject();
             poses["up"] =
                 QJsonObject{{"base", "lying-back"}, {"contacts", QJsonArray{"handLeft"}}};
             i["poses"] = poses;
         },
         "illustrations[0].poses.up.contacts[0]", "“handLeft” is not a body point"},
    };
    for (const Case& c : cases) {
        QJsonObject illustration = oldIllustration();
        c.breakIt(illustration);
        const QList<ContentError> errors = parse(illustration);
        ASSERT_FALSE(errors.isEmpty()) << c.path.toStdString();
        EXPECT_EQ(errors[0].jsonPath, c.path);
        EXPECT_TRUE(errors[0].reason.contains(c.reason)) << errors[0].toString().toStdString();
    }
}

TEST(IllustrationParser, TheLoaderChecksOnePicturePerStepAndAKnownExercise)
{
    QTemporaryDir builtIn;
    QTemporaryDir user;
    writeJson(builtIn.path(), "library.json", minimalLibrary());
    // The fixture exercises have two steps.
    QJsonObject tooFew = validIllustration("for-neck");
    tooFew["steps"] = QJsonArray{QJsonObject{{"pose", "down"}}};
    writeJson(user.path(), "a.json", QJsonObject{{"illustrations", QJsonArray{tooFew}}});
    writeJson(user.path(), "b.json",
              QJsonObject{{"illustrations", QJsonArray{validIllustration("no-such-exercise")}}});
    writeJson(user.path(), "c.json",
              QJsonObject{{"illustrations", QJsonArray{validIllustration("for-core")}}});

    const ContentLoadReport report = ContentLoader::load(builtIn.path(), user.path());
    ASSERT_EQ(report.errors.size(), 2);
    EXPECT_TRUE(report.errors[0].reason.contains("has 1 pictures but “for-neck” has 2 steps"))
        << report.errors[0].toString().toStdString();
    EXPECT_EQ(report.errors[1].reason,
              QStringLiteral("refers to unknown exercise “no-such-exercise”"));
    EXPECT_EQ(report.library.illustration("for-neck"), nullptr);
    EXPECT_NE(report.library.illustration("for-core"), nullptr);
}
