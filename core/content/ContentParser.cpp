#include "core/content/ContentParser.h"

#include "core/content/DosageJson.h"
#include "core/content/IllustrationReader.h"
#include "core/content/JsonFieldReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <functional>

namespace carrywell::core {
namespace {

using Need = JsonFieldReader::Need;

constexpr int kMaxNameLength = 60;
constexpr int kMaxSummaryLength = 200;
constexpr int kMaxWeek = 52;
// A guided session longer than this is better split into two routines.
constexpr int kMaxRoutineItems = 20;

class FileParser
{
public:
    FileParser(QString file, bool builtIn, QList<ContentError>& errors)
        : m_file(std::move(file)), m_builtIn(builtIn), m_errors(errors)
    {
    }

    ContentFragment parse(const QJsonObject& root)
    {
        JsonFieldReader reader(root, QString(), m_file, m_errors);
        section(reader, "regions", [this](JsonFieldReader& r) { readRegion(r); });
        section(reader, "sources", [this](JsonFieldReader& r) { readSource(r); });
        section(reader, "causes", [this](JsonFieldReader& r) { readCause(r); });
        section(reader, "guides", [this](JsonFieldReader& r) { readGuide(r); });
        section(reader, "symptoms", [this](JsonFieldReader& r) { readSymptom(r); });
        section(reader, "exercises", [this](JsonFieldReader& r) { readExercise(r); });
        section(reader, "routines", [this](JsonFieldReader& r) { readRoutine(r); });
        section(reader, "illustrations", [this](JsonFieldReader& r) { readIllustration(r); });
        if (const std::optional<QJsonObject> stop =
                reader.object("postnatalStopList", Need::Optional)) {
            JsonFieldReader r(*stop, QStringLiteral("postnatalStopList"), m_file, m_errors);
            m_fragment.stopList = readStopList(r);
            r.finish();
        }
        if (const std::optional<QJsonObject> pain =
                reader.object("painMonitoring", Need::Optional)) {
            JsonFieldReader r(*pain, QStringLiteral("painMonitoring"), m_file, m_errors);
            m_fragment.painMonitoring = readPainMonitoring(r);
            r.finish();
        }
        reader.finish();
        return std::move(m_fragment);
    }

private:
    void section(JsonFieldReader& root, const char* key,
                 const std::function<void(JsonFieldReader&)>& readEntry)
    {
        const std::optional<QJsonArray> entries = root.array(key, Need::Optional);
        if (!entries)
            return;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            if (!entries->at(i).isObject()) {
                m_errors.append({m_file, path,
                                 QStringLiteral("must be an object (found %1)")
                                     .arg(JsonFieldReader::typeName(entries->at(i)))});
                continue;
            }
            JsonFieldReader reader(entries->at(i).toObject(), path, m_file, m_errors);
            readEntry(reader);
            reader.finish();
        }
    }

    // Each entry of an array of objects, read by `readEntry` at its own path;
    // an entry that is not an object is reported as `notObject`.
    void eachObject(JsonFieldReader& r, const char* key, Need need, int minCount,
                    const QString& notObject,
                    const std::function<void(JsonFieldReader&)>& readEntry)
    {
        const std::optional<QJsonArray> entries = r.array(key, need);
        if (!entries)
            return;
        if (entries->size() < minCount)
            r.error(QLatin1String(key), QStringLiteral("needs at least %1 entries").arg(minCount));
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(r.pathOf(QLatin1String(key))).arg(i);
            if (!entries->at(i).isObject()) {
                m_errors.append({m_file, path, notObject});
                continue;
            }
            JsonFieldReader entry(entries->at(i).toObject(), path, m_file, m_errors);
            readEntry(entry);
            entry.finish();
        }
    }

    PostnatalStopList readStopList(JsonFieldReader& r)
    {
        PostnatalStopList list;
        list.weeks = r.integer("weeks", 1, kMaxWeek, 12, Need::Required);
        list.title = r.text("title", Need::Required, kMaxNameLength);
        list.intro = r.text("intro");
        eachObject(r, "signs", Need::Required, 1, QStringLiteral("must be an object"),
                   [&list](JsonFieldReader& sign) {
                       list.signs.append({sign.id("id"), sign.text("text"), sign.text("action")});
                   });
        list.sourceIds = r.ids("sources", Need::Required, 1);
        list.origin = origin(r);
        return list;
    }

    PainMonitoring readPainMonitoring(JsonFieldReader& r)
    {
        PainMonitoring rule;
        rule.title = r.text("title", Need::Required, kMaxNameLength);
        rule.summary = r.text("summary");
        eachObject(r, "levels", Need::Required, 2, QStringLiteral("must be an object"),
                   [&rule](JsonFieldReader& level) {
                       rule.levels.append({level.id("id"), level.text("range", Need::Required, 20),
                                           level.text("text")});
                   });
        rule.afterwards = r.text("afterwards");
        rule.sourceIds = r.ids("sources", Need::Required, 1);
        rule.origin = origin(r);
        return rule;
    }

    ContentOrigin origin(const JsonFieldReader& reader) const
    {
        return {m_file, reader.path(), m_builtIn};
    }

    // Ids must be unique per kind within a file; the first definition wins.
    bool claimId(JsonFieldReader& reader, const QString& kind, const QString& id,
                 const QString& field = QStringLiteral("id"))
    {
        if (id.isEmpty())
            return false;
        const QString key = kind + QLatin1Char('/') + id;
        if (const auto it = m_idPaths.constFind(key); it != m_idPaths.constEnd()) {
            reader.error(field,
                         QStringLiteral("duplicate id “%1” (already defined at %2)").arg(id, *it));
            return false;
        }
        m_idPaths.insert(key, reader.path());
        return true;
    }

    void readRegion(JsonFieldReader& r)
    {
        RegionInfo info;
        const std::optional<Region> region = r.enumValue<Region>("id", QStringLiteral("region id"));
        info.name = r.text("name", Need::Required, kMaxNameLength);
        info.description = r.text("description");
        const std::optional<RegionView> view =
            r.enumValue<RegionView>("view", QStringLiteral("body-map view"));
        info.origin = origin(r);
        if (region && view && claimId(r, QStringLiteral("region"), toId(*region))) {
            info.region = *region;
            info.view = *view;
            m_fragment.regions.push_back(std::move(info));
        }
    }

    void readSource(JsonFieldReader& r)
    {
        Source source;
        source.id = r.id("id");
        source.title = r.text("title");
        source.author = r.text("author");
        source.kind = r.text("kind");
        static const QStringList kinds{QStringLiteral("article"), QStringLiteral("guideline"),
                                       QStringLiteral("study"), QStringLiteral("practice")};
        if (!source.kind.isEmpty() && !kinds.contains(source.kind)) {
            r.error(QStringLiteral("kind"),
                    QStringLiteral("“%1” is not a known source kind; use one of: %2")
                        .arg(source.kind, kinds.join(QStringLiteral(", "))));
        }
        source.note = r.text("note");
        source.year = r.optionalInteger("year", 1900, 2100);
        source.url = r.text("url", Need::Optional);
        if (!source.url.isEmpty() && !source.url.startsWith(QStringLiteral("https://")))
            r.error(QStringLiteral("url"), QStringLiteral("must start with https://"));
        source.origin = origin(r);
        if (claimId(r, QStringLiteral("source"), source.id))
            m_fragment.sources.push_back(std::move(source));
    }

    void readCause(JsonFieldReader& r)
    {
        Cause cause;
        cause.id = r.id("id");
        cause.title = r.text("title", Need::Required, kMaxNameLength);
        cause.summary = r.text("summary", Need::Required, kMaxSummaryLength);
        cause.body = r.texts("body", Need::Required, 1);
        cause.sourceIds = r.ids("sources", Need::Required, 1);
        cause.origin = origin(r);
        if (claimId(r, QStringLiteral("cause"), cause.id))
            m_fragment.causes.push_back(std::move(cause));
    }

    void readGuide(JsonFieldReader& r)
    {
        Guide guide;
        guide.id = r.id("id");
        guide.group = r.text("group");
        if (!guide.group.isEmpty() && !Guide::groups().contains(guide.group)) {
            r.error(QStringLiteral("group"),
                    QStringLiteral("“%1” is not a known group; use one of: %2")
                        .arg(guide.group, Guide::groups().join(QStringLiteral(", "))));
        }
        guide.title = r.text("title", Need::Required, kMaxNameLength);
        guide.summary = r.text("summary", Need::Required, kMaxSummaryLength);
        guide.body = r.texts("body", Need::Required, 1);
        guide.sourceIds = r.ids("sources", Need::Required, 1);
        guide.origin = origin(r);
        if (claimId(r, QStringLiteral("guide"), guide.id))
            m_fragment.guides.push_back(std::move(guide));
    }

    void readSymptom(JsonFieldReader& r)
    {
        Symptom symptom;
        symptom.id = r.id("id");
        symptom.name = r.text("name", Need::Required, kMaxNameLength);
        symptom.description = r.text("description");
        symptom.regions = r.enumList<Region>("regions", QStringLiteral("region id"), 1);
        symptom.causeIds = r.ids("causes", Need::Required, 1);
        symptom.helpfulCategories =
            r.enumList<Category>("helpfulCategories", QStringLiteral("category"), 1);
        symptom.seeClinician = r.texts("seeClinician", Need::Required, 1);
        symptom.sourceIds = r.ids("sources", Need::Required, 1);
        symptom.origin = origin(r);
        if (claimId(r, QStringLiteral("symptom"), symptom.id))
            m_fragment.symptoms.push_back(std::move(symptom));
    }

    QList<Variation> readVariations(JsonFieldReader& r, const char* key)
    {
        QList<Variation> variations;
        eachObject(r, key, Need::Optional, 0, QStringLiteral("must be an object with “text”"),
                   [&variations](JsonFieldReader& v) {
                       variations.append({v.text("text"), v.id("exercise", Need::Optional)});
                   });
        return variations;
    }

    void readCondition(JsonFieldReader& r, const char* key, ConditionAdvice& advice)
    {
        const std::optional<QJsonObject> object = r.object(key, Need::Required);
        if (!object)
            return;
        JsonFieldReader d(*object, r.pathOf(QLatin1String(key)), m_file, m_errors);
        const QString rule = d.text("rule");
        static const QStringList rules{QStringLiteral("ok"), QStringLiteral("modify"),
                                       QStringLiteral("avoid")};
        if (!rule.isEmpty() && !rules.contains(rule)) {
            d.error(QStringLiteral("rule"), QStringLiteral("“%1” is not a rule; use one of: %2")
                                                .arg(rule, rules.join(QStringLiteral(", "))));
        }
        advice.rule = rule == QStringLiteral("avoid")    ? ConditionRule::Avoid
                      : rule == QStringLiteral("modify") ? ConditionRule::Modify
                                                         : ConditionRule::Ok;
        // Modify says how; avoid says why and what instead.
        advice.note =
            d.text("note", advice.rule == ConditionRule::Ok ? Need::Optional : Need::Required);
        d.finish();
    }

    void readExercise(JsonFieldReader& r)
    {
        Exercise e;
        e.id = r.id("id");
        e.name = r.text("name", Need::Required, kMaxNameLength);
        e.summary = r.text("summary", Need::Required, kMaxSummaryLength);
        e.regions = r.enumList<Region>("regions", QStringLiteral("region id"), 1);
        e.symptomIds = r.ids("symptoms", Need::Required, 1);
        e.causeIds = r.ids("causes", Need::Optional, 0);
        if (const auto category = r.enumValue<Category>("category", QStringLiteral("category")))
            e.category = *category;
        e.equipment = r.enumList<Equipment>("equipment", QStringLiteral("equipment id"), 0);
        if (const auto position = r.enumValue<Position>("position", QStringLiteral("position")))
            e.position = *position;
        if (const std::optional<QJsonObject> phase = r.object("phase", Need::Required)) {
            JsonFieldReader p(*phase, r.pathOf(QStringLiteral("phase")), m_file, m_errors);
            e.phase.earliestWeek = p.integer("earliestWeek", 0, kMaxWeek, 0, Need::Required);
            e.phase.caesareanEarliestWeek =
                p.integer("caesareanEarliestWeek", 0, kMaxWeek, 0, Need::Required);
            if (e.phase.caesareanEarliestWeek < e.phase.earliestWeek) {
                p.error(QStringLiteral("caesareanEarliestWeek"),
                        QStringLiteral("must not be earlier than earliestWeek (%1)")
                            .arg(e.phase.earliestWeek));
            }
            e.phase.caesareanNote = p.text("caesareanNote", Need::Optional);
            p.finish();
        }
        e.steps = r.texts("steps", Need::Required, 2, 10);
        e.cues = r.texts("cues", Need::Required, 1);
        if (const std::optional<QJsonObject> dosage = r.object("dosage", Need::Required)) {
            JsonFieldReader d(*dosage, r.pathOf(QStringLiteral("dosage")), m_file, m_errors);
            e.dosage = readDosage(d, DosageUse::Exercise);
            d.finish();
        }
        e.cautions = r.texts("cautions", Need::Required, 1);
        e.stopIf = r.texts("stopIf", Need::Required, 1);
        readCondition(r, "diastasis", e.diastasis);
        readCondition(r, "pelvicGirdlePain", e.pelvicGirdlePain);
        e.feel = r.text("feel");
        e.frequency = r.text("frequency");
        e.progressWhen = r.text("progressWhen");
        e.commonMistakes = r.texts("commonMistakes", Need::Required, 1);
        e.easier = readVariations(r, "easier");
        e.harder = readVariations(r, "harder");
        if (const std::optional<QJsonObject> source = r.object("source", Need::Required)) {
            JsonFieldReader s(*source, r.pathOf(QStringLiteral("source")), m_file, m_errors);
            e.source.id = s.id("id");
            e.source.note = s.text("note");
            s.finish();
        }
        e.origin = origin(r);
        if (claimId(r, QStringLiteral("exercise"), e.id))
            m_fragment.exercises.push_back(std::move(e));
    }

    void readRoutine(JsonFieldReader& r)
    {
        Routine routine;
        routine.id = r.id("id");
        routine.name = r.text("name", Need::Required, kMaxNameLength);
        routine.summary = r.text("summary", Need::Required, kMaxSummaryLength);
        if (const std::optional<QJsonArray> items = r.array("items", Need::Required)) {
            const QString base = r.pathOf(QStringLiteral("items"));
            if (items->isEmpty() || items->size() > kMaxRoutineItems) {
                r.errorAt(base, QStringLiteral("needs 1 to %1 exercises (found %2)")
                                    .arg(kMaxRoutineItems)
                                    .arg(items->size()));
            }
            for (qsizetype i = 0; i < items->size(); ++i) {
                const QString path = QStringLiteral("%1[%2]").arg(base).arg(i);
                if (!items->at(i).isObject()) {
                    r.errorAt(path, QStringLiteral("must be an object with “exercise” (found %1)")
                                        .arg(JsonFieldReader::typeName(items->at(i))));
                    continue;
                }
                JsonFieldReader item = r.child(items->at(i).toObject(), path);
                RoutineItem entry;
                entry.exerciseId = item.id("exercise");
                if (const std::optional<QJsonObject> dosage =
                        item.object("dosage", Need::Optional)) {
                    JsonFieldReader d = item.child(*dosage, item.pathOf(QStringLiteral("dosage")));
                    entry.dosage = readDosage(d, DosageUse::Override);
                    d.finish();
                }
                item.finish();
                routine.items.append(std::move(entry));
            }
        }
        if (const std::optional<QJsonObject> source = r.object("source", Need::Required)) {
            JsonFieldReader s = r.child(*source, r.pathOf(QStringLiteral("source")));
            routine.source.id = s.id("id");
            routine.source.note = s.text("note");
            s.finish();
        }
        routine.origin = origin(r);
        if (claimId(r, QStringLiteral("routine"), routine.id))
            m_fragment.routines.push_back(std::move(routine));
    }

    void readIllustration(JsonFieldReader& r)
    {
        Illustration ill = IllustrationReader(r).read();
        ill.origin = origin(r);
        if (claimId(r, QStringLiteral("illustration"), ill.exerciseId, QStringLiteral("exercise")))
            m_fragment.illustrations.push_back(std::move(ill));
    }

    QString m_file;
    bool m_builtIn;
    QList<ContentError>& m_errors;
    ContentFragment m_fragment;
    QHash<QString, QString> m_idPaths;
};

QString describeParseError(const QByteArray& json, const QJsonParseError& error)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < error.offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("is not valid JSON: %1 at line %2, column %3")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

} // namespace

ContentFragment ContentParser::parse(const QByteArray& json, const QString& fileName, bool builtIn,
                                     QList<ContentError>& errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({fileName, QString(), describeParseError(json, parseError)});
        return {};
    }
    if (!document.isObject()) {
        errors.append({fileName, QString(),
                       QStringLiteral("must hold one JSON object with sections such as "
                                      "“exercises” (found a list or a value)")});
        return {};
    }
    return FileParser(fileName, builtIn, errors).parse(document.object());
}

} // namespace carrywell::core
