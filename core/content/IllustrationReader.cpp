#include "core/content/IllustrationReader.h"

#include "core/figure/BasePoses.h"
#include "core/figure/JointLimits.h"
#include "core/figure/LegacyPose.h"

namespace carrywell::core {
namespace {

using Need = JsonFieldReader::Need;

QString joined(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

Illustration IllustrationReader::read()
{
    Illustration ill;
    ill.exerciseId = m_r.id("exercise");
    m_legacy = !m_r.has("format");
    if (m_legacy) {
        // The first format: a flat figure seen from the side or the front.
        const QString view = m_r.text("view");
        m_legacyFront = view == QLatin1String("front");
        if (view != QLatin1String("side") && view != QLatin1String("front") && !view.isEmpty())
            m_r.error(QStringLiteral("view"), QStringLiteral("must be “side” or “front”"));
        const QString facing = m_r.text("facing", Need::Optional);
        m_mirrored = facing == QLatin1String("left");
        if (!facing.isEmpty() && facing != QLatin1String("left") &&
            facing != QLatin1String("right"))
            m_r.error(QStringLiteral("facing"), QStringLiteral("must be “left” or “right”"));
        ill.camera = LegacyPose::camera(
            m_legacyFront ? LegacyPose::View::Front : LegacyPose::View::Side, m_mirrored);
    } else {
        m_r.integer("format", kFormat, kFormat, kFormat);
        ill.camera = readCamera("camera", Need::Required).value_or(Camera{});
        ill.secondCamera = readCamera("secondCamera", Need::Optional);
    }

    if (const std::optional<QJsonArray> props = m_r.array("props", Need::Optional)) {
        for (qsizetype i = 0; i < props->size(); ++i) {
            JsonFieldReader p =
                m_r.child(props->at(i).toObject(),
                          QStringLiteral("%1[%2]").arg(m_r.pathOf(QStringLiteral("props"))).arg(i));
            ill.props.append(readProp(p));
            p.finish();
        }
    }
    if (const std::optional<QJsonObject> poses = m_r.object("poses", Need::Required)) {
        for (auto it = poses->begin(); it != poses->end(); ++it) {
            const QString path = m_r.pathOf(QStringLiteral("poses.") + it.key());
            if (!it.value().isObject()) {
                m_r.errorAt(path, QStringLiteral("must be an object"));
                continue;
            }
            JsonFieldReader p = m_r.child(it.value().toObject(), path);
            const std::optional<BodyPose> pose = m_legacy ? readLegacyPose(p) : readPose(p);
            if (pose) {
                for (const QString& problem : checkBodyPose(*pose))
                    p.errorAt(p.path(), problem);
                ill.poses.append({it.key(), *pose});
            }
            p.finish();
        }
    }
    if (const std::optional<QJsonArray> steps = m_r.array("steps", Need::Required)) {
        for (qsizetype i = 0; i < steps->size(); ++i) {
            JsonFieldReader s =
                m_r.child(steps->at(i).toObject(),
                          QStringLiteral("%1[%2]").arg(m_r.pathOf(QStringLiteral("steps"))).arg(i));
            if (const auto step = readStep(s, ill))
                ill.steps.append(*step);
            s.finish();
        }
    }
    if (const std::optional<QJsonObject> movement = m_r.object("movement", Need::Required)) {
        JsonFieldReader m = m_r.child(*movement, m_r.pathOf(QStringLiteral("movement")));
        if (const auto step = readStep(m, ill))
            ill.movement = *step;
        m.finish();
    }
    if (m_r.has("highlight"))
        ill.highlight = m_r.enumList<Region>("highlight", QStringLiteral("region id"), 1);
    if (const std::optional<QJsonObject> focus = m_r.object("focus", Need::Optional)) {
        JsonFieldReader f = m_r.child(*focus, m_r.pathOf(QStringLiteral("focus")));
        ill.focus = readPoint(f, "at");
        ill.focusSize = f.real("size", 30, 200, 80);
        f.finish();
    }
    for (qsizetype i = 0; i < ill.props.size(); ++i) {
        for (const QString& name : ill.props[i].poses) {
            if (!ill.pose(name)) {
                m_r.errorAt(
                    QStringLiteral("%1[%2].poses").arg(m_r.pathOf(QStringLiteral("props"))).arg(i),
                    QStringLiteral("refers to unknown pose “%1”").arg(name));
            }
        }
    }
    return ill;
}

std::optional<Camera> IllustrationReader::readCamera(const char* key, Need need)
{
    if (!m_r.has(key)) {
        if (need == Need::Required)
            m_r.text(key, need); // records the missing field
        return std::nullopt;
    }
    if (!m_r.hasObject(key)) {
        // A named view.
    } else if (const std::optional<QJsonObject> angles = m_r.object(key, Need::Optional)) {
        JsonFieldReader c = m_r.child(*angles, m_r.pathOf(QLatin1String(key)));
        const Camera camera(c.real("yaw", -180, 180, -90), c.real("pitch", -10, 90, 0));
        c.finish();
        return camera;
    }
    const QString name = m_r.text(key, need);
    if (const std::optional<Camera> camera = Camera::named(name))
        return camera;
    if (!name.isEmpty())
        m_r.error(
            QLatin1String(key),
            QStringLiteral("“%1” is not a view; use one of: %2, or {\"yaw\": …, \"pitch\": …}")
                .arg(name, joined(Camera::viewNames())));
    return std::nullopt;
}

std::optional<BodyPoint> IllustrationReader::readPoint(JsonFieldReader& r, const char* key)
{
    const QString id = r.text(key, Need::Optional);
    if (id.isEmpty())
        return std::nullopt;
    const std::optional<BodyPoint> point =
        m_legacy ? LegacyPose::bodyPoint(id, m_mirrored) : bodyPointFromId(id);
    if (!point)
        r.error(QLatin1String(key), QStringLiteral("“%1” is not a body point").arg(id));
    return point;
}

void IllustrationReader::readContacts(JsonFieldReader& r, QList<BodyPoint>& contacts)
{
    if (!r.has("contacts"))
        return;
    const QStringList ids = r.texts("contacts", Need::Required, 1);
    contacts.clear();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        // Old contacts are read unmirrored: the whole pose is mirrored after.
        const auto point =
            m_legacy ? LegacyPose::bodyPoint(ids[i], false) : bodyPointFromId(ids[i]);
        if (point) {
            contacts.append(*point);
            continue;
        }
        r.errorAt(QStringLiteral("%1[%2]").arg(r.pathOf(QStringLiteral("contacts"))).arg(i),
                  QStringLiteral("“%1” is not a body point; use one of: %2")
                      .arg(ids[i], joined(m_legacy ? LegacyPose::bodyPointIds() : bodyPointIds())));
    }
}

std::optional<BodyPose> IllustrationReader::readPose(JsonFieldReader& r)
{
    const QString baseName = r.text("base");
    std::optional<BodyPose> pose = basePose(baseName);
    if (!baseName.isEmpty() && !pose) {
        r.error(QStringLiteral("base"),
                QStringLiteral("“%1” is not a known base pose; use one of: %2")
                    .arg(baseName, joined(basePoseNames())));
    }
    BodyPose result = pose.value_or(BodyPose{});
    const QStringList ids = angleIds();
    for (int i = 0; i < kAngleCount; ++i) {
        const QByteArray key = ids[i].toLatin1();
        result.angles[i] = r.real(key.constData(), -360, 360, result.angles[i]);
    }
    if (const std::optional<QJsonObject> spine = r.object("spine", Need::Optional)) {
        JsonFieldReader s = r.child(*spine, r.pathOf(QStringLiteral("spine")));
        result.bendSpine(s.real("flexion", -120, 150, 0), s.real("sideBend", -100, 100, 0),
                         s.real("rotation", -120, 120, 0));
        s.finish();
    }
    result.breath = r.real("breath", 0, 1, result.breath);
    readContacts(r, result.contacts);
    if (!pose)
        return std::nullopt;
    return result;
}

std::optional<BodyPose> IllustrationReader::readLegacyPose(JsonFieldReader& r)
{
    const LegacyPose::View view = m_legacyFront ? LegacyPose::View::Front : LegacyPose::View::Side;
    const QString baseName = r.text("base");
    const std::optional<LegacyPose> pose = LegacyPose::base(baseName, view);
    if (!baseName.isEmpty() && !pose) {
        r.error(QStringLiteral("base"),
                QStringLiteral("“%1” is not a known base pose for this view; use one of: %2")
                    .arg(baseName, joined(basePoseNames())));
    }
    LegacyPose result = pose.value_or(LegacyPose{});
    const QStringList ids = LegacyPose::segmentIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QByteArray key = ids[i].toLatin1();
        result.angles[i] = r.real(key.constData(), -360, 360, result.angles[i]);
    }
    result.spineCurve = r.real("spineCurve", -10, 10, 0);
    if (const std::optional<QJsonObject> lengths = r.object("lengths", Need::Optional)) {
        JsonFieldReader l = r.child(*lengths, r.pathOf(QStringLiteral("lengths")));
        for (int i = 0; i < ids.size(); ++i) {
            const QByteArray key = ids[i].toLatin1();
            result.lengths[i] = l.real(key.constData(), 0.1, 1.0, result.lengths[i]);
        }
        l.finish();
    }
    readContacts(r, result.contacts);
    if (!pose)
        return std::nullopt;
    return result.toBodyPose(view, m_mirrored);
}

PropSpec IllustrationReader::readProp(JsonFieldReader& p)
{
    PropSpec prop;
    const QString type = p.text("type");
    if (const auto parsed = propTypeFromId(type))
        prop.type = *parsed;
    else if (!type.isEmpty())
        p.error(QStringLiteral("type"), QStringLiteral("“%1” is not a known prop; use one of: %2")
                                            .arg(type, joined(propTypeIds())));
    prop.at = readPoint(p, "at");
    if (m_legacy && !prop.at && m_mirrored)
        prop.at = otherSide(prop.anchorPoint()); // the old default was the near side
    const double x = p.real("x", -300, 300, 0);
    prop.y = p.real("y", -300, 300, 0);
    const double anchorX = p.real("anchorX", -300, 300, 80);
    prop.anchorY = p.real("anchorY", 0, 250, 40);
    if (m_legacy && m_legacyFront) {
        // Across the old front view is the figure's left (or right, mirrored).
        prop.z = m_mirrored ? -x : x;
        prop.anchorZ = m_mirrored ? -anchorX : anchorX;
    } else {
        prop.x = x;
        prop.anchorX = anchorX;
    }
    if (!m_legacy) {
        prop.z = p.real("z", -300, 300, 0);
        prop.anchorZ = p.real("anchorZ", -300, 300, 0);
        prop.betweenHands = p.boolean("betweenHands", false);
    }
    prop.fixed = p.boolean("fixed", false);
    prop.poses = p.texts("poses", Need::Optional, 1);
    return prop;
}

std::optional<IllustrationStep> IllustrationReader::readStep(JsonFieldReader& r,
                                                             const Illustration& illustration)
{
    IllustrationStep step;
    if (r.has("pose")) {
        step.fromPose = r.text("pose");
    } else {
        step.fromPose = r.text("from");
        step.toPose = r.text("to");
    }
    for (const QString& name : {step.fromPose, step.toPose}) {
        if (!name.isEmpty() && !illustration.pose(name)) {
            r.errorAt(r.path(), QStringLiteral("refers to unknown pose “%1”").arg(name));
            return std::nullopt;
        }
    }
    return step;
}

} // namespace carrywell::core
