#include "core/journal/JournalJson.h"

#include "core/common/Translate.h"
#include "core/journal/ImportFields.h"
#include "core/journal/LegacySignsLine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

CARRYWELL_TR_CONTEXT(carrywell::core::JournalJson);

namespace carrywell::core {
namespace {

QString formatName()
{
    return QStringLiteral("carrywell-journal");
}

// Reads the fields of one entry object, collecting every problem.
class EntryReader
{
public:
    EntryReader(const QJsonObject& object, QStringList known)
        : m_object(object), m_known(std::move(known))
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                m_problems.append(tr("unknown key “%1”").arg(it.key()));
        }
    }

    QStringList problems() const { return m_problems; }
    void problem(const QString& text) { m_problems.append(text); }
    bool has(const QString& key) const { return m_object.contains(key); }

    QString text(const QString& key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return QString();
        if (!value.isString()) {
            m_problems.append(tr("“%1” must be text").arg(key));
            return QString();
        }
        return value.toString();
    }

    QDateTime moment(const QString& key)
    {
        const QString value = text(key, true);
        if (value.isNull())
            return {};
        if (const std::optional<QDateTime> parsed = ImportFields::parseMoment(value))
            return *parsed;
        m_problems.append(tr("“%1”: %2").arg(key, ImportFields::badMoment(value)));
        return {};
    }

    std::optional<int> wholeNumber(const QString& key, bool required, int lowest, int highest)
    {
        const QJsonValue value = m_object.value(key);
        if ((value.isUndefined() || value.isNull()) && !required)
            return std::nullopt;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < lowest ||
            number > highest) {
            m_problems.append(
                tr("“%1” must be a whole number from %2 to %3").arg(key).arg(lowest).arg(highest));
            return std::nullopt;
        }
        return int(number);
    }

    QJsonValue value(const QString& key) const { return m_object.value(key); }

private:
    const QJsonObject& m_object;
    QStringList m_known;
    QStringList m_problems;
};

/// Reads check-ins of a file in `version` of the format.
QStringList readCheckIn(const QJsonObject& object, int version, CheckIn* out)
{
    QStringList known{QStringLiteral("time"), QStringLiteral("overall"), QStringLiteral("regions"),
                      QStringLiteral("triggers"), QStringLiteral("note")};
    if (version >= 2)
        known.append(QStringLiteral("warning-signs"));
    EntryReader reader(object, known);
    CheckIn checkIn;
    checkIn.at = reader.moment(QStringLiteral("time"));
    checkIn.overall = reader.wholeNumber(QStringLiteral("overall"), true, 0, 10).value_or(0);
    const QJsonValue regions = reader.value(QStringLiteral("regions"));
    if (regions.isObject()) {
        const QJsonObject scores = regions.toObject();
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            const std::optional<Region> region = fromId<Region>(it.key());
            const double score = it.value().toDouble(-1);
            if (!region) {
                reader.problem(
                    tr("“%1” is not a body region (%2)").arg(it.key(), idList<Region>()));
            } else if (!it.value().isDouble() || score != std::floor(score) || score < 0 ||
                       score > 10) {
                reader.problem(
                    tr("the score for “%1” must be a whole number from 0 to 10").arg(it.key()));
            } else {
                checkIn.regions.append({*region, int(score)});
            }
        }
    } else if (!regions.isUndefined()) {
        reader.problem(tr("“regions” must be an object such as {\"neck\": 3}"));
    }
    const QJsonValue triggers = reader.value(QStringLiteral("triggers"));
    if (triggers.isArray()) {
        for (const QJsonValue& item : triggers.toArray()) {
            const std::optional<Trigger> trigger = fromId<Trigger>(item.toString());
            if (trigger)
                checkIn.triggers.append(*trigger);
            else
                reader.problem(tr("“%1” is not a trigger Carrywell knows (%2)")
                                   .arg(item.toVariant().toString(), idList<Trigger>()));
        }
    } else if (!triggers.isUndefined()) {
        reader.problem(tr("“triggers” must be a list of trigger ids"));
    }
    const QJsonValue signs = reader.value(QStringLiteral("warning-signs"));
    if (signs.isArray()) {
        for (const QJsonValue& item : signs.toArray()) {
            if (const std::optional<WarningSign> sign = fromId<WarningSign>(item.toString()))
                checkIn.warningSigns.append(*sign);
            else
                reader.problem(tr("“%1” is not a warning sign Carrywell knows (%2)")
                                   .arg(item.toVariant().toString(), idList<WarningSign>()));
        }
    } else if (!signs.isUndefined() && version >= 2) {
        reader.problem(tr("“warning-signs” must be a list of warning sign ids"));
    }
    checkIn.note = reader.text(QStringLiteral("note"), false);
    if (version < 2)
        checkIn = LegacySignsLine::recovered(std::move(checkIn));
    QStringList problems = reader.problems();
    checkIn = normalized(std::move(checkIn));
    if (problems.isEmpty())
        problems = problemsWith(checkIn);
    *out = std::move(checkIn);
    return problems;
}

QStringList readSession(const QJsonObject& object, SessionRecord* out)
{
    EntryReader reader(object, {QStringLiteral("started"), QStringLiteral("durationSeconds"),
                                QStringLiteral("routineId"), QStringLiteral("routineName"),
                                QStringLiteral("exercises"), QStringLiteral("painBefore"),
                                QStringLiteral("painAfter")});
    SessionRecord session;
    session.startedAt = reader.moment(QStringLiteral("started"));
    session.durationSeconds =
        reader.wholeNumber(QStringLiteral("durationSeconds"), true, 0, maxSessionSeconds)
            .value_or(0);
    session.routineId = reader.text(QStringLiteral("routineId"), true);
    session.routineName = reader.text(QStringLiteral("routineName"), false);
    session.painBefore = reader.wholeNumber(QStringLiteral("painBefore"), false, 0, 10);
    session.painAfter = reader.wholeNumber(QStringLiteral("painAfter"), false, 0, 10);
    const QJsonValue exercises = reader.value(QStringLiteral("exercises"));
    if (exercises.isArray()) {
        for (const QJsonValue& item : exercises.toArray()) {
            const QJsonObject entry = item.toObject();
            const std::optional<ExerciseOutcome> outcome =
                exerciseOutcomeFromId(entry.value(QStringLiteral("outcome")).toString());
            const QJsonValue id = entry.value(QStringLiteral("id"));
            if (!item.isObject() || !id.isString() || !outcome || entry.size() != 2) {
                reader.problem(tr("each exercise must be {\"id\": …, \"outcome\": \"done\" or "
                                  "\"skipped\"}"));
                continue;
            }
            session.exercises.append({id.toString(), *outcome});
        }
    } else if (!exercises.isUndefined()) {
        reader.problem(tr("“exercises” must be a list"));
    }
    QStringList problems = reader.problems();
    if (problems.isEmpty())
        problems = problemsWith(session);
    *out = std::move(session);
    return problems;
}

QStringList readPlan(const QJsonObject& object, SavedPlan* out)
{
    EntryReader reader(
        object, {QStringLiteral("weekStart"), QStringLiteral("savedAt"), QStringLiteral("plan")});
    SavedPlan plan;
    const QString week = reader.text(QStringLiteral("weekStart"), true);
    plan.weekStart = QDate::fromString(week, Qt::ISODate);
    if (!week.isNull() && !plan.weekStart.isValid())
        reader.problem(tr("“weekStart” must be a date like 2026-01-05"));
    plan.savedAt = reader.moment(QStringLiteral("savedAt"));
    const QJsonValue content = reader.value(QStringLiteral("plan"));
    if (content.isObject())
        plan.json =
            QString::fromUtf8(QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact));
    else
        reader.problem(tr("“plan” must be an object"));
    QStringList problems = reader.problems();
    if (problems.isEmpty())
        problems = problemsWith(plan);
    *out = std::move(plan);
    return problems;
}

QStringList readActivityRating(const QJsonObject& object, ActivityRating* out)
{
    EntryReader reader(
        object, {QStringLiteral("activity"), QStringLiteral("score"), QStringLiteral("ratedAt")});
    ActivityRating rating;
    rating.activity = reader.text(QStringLiteral("activity"), true);
    rating.score = reader.wholeNumber(QStringLiteral("score"), true, 0, 10).value_or(0);
    rating.ratedAt = reader.moment(QStringLiteral("ratedAt"));
    QStringList problems = reader.problems();
    if (problems.isEmpty())
        problems = problemsWith(rating);
    *out = std::move(rating);
    return problems;
}

int lineOf(const QByteArray& bytes, int offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

template <typename T, typename Read>
void readSection(const QJsonObject& root, const QString& key, Read read,
                 QList<ImportedEntry<T>>* entries, QList<ImportProblem>* problems)
{
    const QJsonValue section = root.value(key);
    if (section.isUndefined())
        return;
    if (!section.isArray()) {
        problems->append({0, key, tr("must be a list")});
        return;
    }
    const QJsonArray array = section.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString location = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array[i].isObject()) {
            problems->append({0, location, tr("must be an object")});
            continue;
        }
        T entry;
        const QStringList reasons = read(array[i].toObject(), &entry);
        if (reasons.isEmpty())
            entries->append({0, location, entry});
        else
            problems->append({0, location, reasons.join(QStringLiteral("; "))});
    }
}

} // namespace

QByteArray JournalJson::write(const QList<CheckIn>& checkIns, const QList<SessionRecord>& sessions,
                              const QList<SavedPlan>& plans,
                              const QList<ActivityRating>& activityRatings,
                              const QDateTime& exportedAt)
{
    QJsonArray checkInArray;
    for (const CheckIn& checkIn : checkIns) {
        QJsonObject regions;
        for (const RegionScore& score : checkIn.regions)
            regions.insert(toId(score.region), score.score);
        QJsonArray triggers;
        for (Trigger trigger : checkIn.triggers)
            triggers.append(toId(trigger));
        QJsonArray signs;
        for (WarningSign sign : checkIn.warningSigns)
            signs.append(toId(sign));
        checkInArray.append(QJsonObject{
            {QStringLiteral("time"), ImportFields::momentText(checkIn.at, true)},
            {QStringLiteral("overall"), checkIn.overall},
            {QStringLiteral("regions"), regions},
            {QStringLiteral("triggers"), triggers},
            {QStringLiteral("warning-signs"), signs},
            {QStringLiteral("note"), checkIn.note},
        });
    }
    QJsonArray sessionArray;
    for (const SessionRecord& session : sessions) {
        QJsonArray exercises;
        for (const ExerciseResult& entry : session.exercises) {
            exercises.append(QJsonObject{{QStringLiteral("id"), entry.exerciseId},
                                         {QStringLiteral("outcome"), toId(entry.outcome)}});
        }
        QJsonObject object{
            {QStringLiteral("started"), ImportFields::momentText(session.startedAt, true)},
            {QStringLiteral("durationSeconds"), session.durationSeconds},
            {QStringLiteral("routineId"), session.routineId},
            {QStringLiteral("routineName"), session.routineName},
            {QStringLiteral("exercises"), exercises},
        };
        if (session.painBefore)
            object.insert(QStringLiteral("painBefore"), *session.painBefore);
        if (session.painAfter)
            object.insert(QStringLiteral("painAfter"), *session.painAfter);
        sessionArray.append(object);
    }
    QJsonArray planArray;
    for (const SavedPlan& plan : plans) {
        planArray.append(QJsonObject{
            {QStringLiteral("weekStart"), plan.weekStart.toString(Qt::ISODate)},
            {QStringLiteral("savedAt"), ImportFields::momentText(plan.savedAt, true)},
            {QStringLiteral("plan"), QJsonDocument::fromJson(plan.json.toUtf8()).object()},
        });
    }
    QJsonArray ratingArray;
    for (const ActivityRating& rating : activityRatings) {
        ratingArray.append(QJsonObject{
            {QStringLiteral("activity"), rating.activity},
            {QStringLiteral("score"), rating.score},
            {QStringLiteral("ratedAt"), ImportFields::momentText(rating.ratedAt, true)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("exportedAt"), ImportFields::momentText(exportedAt, true)},
        {QStringLiteral("checkIns"), checkInArray},
        {QStringLiteral("sessions"), sessionArray},
        {QStringLiteral("plans"), planArray},
        {QStringLiteral("activityRatings"), ratingArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ImportBatch> JournalJson::read(const QByteArray& input)
{
    // Editors on Windows like to add a byte-order mark; JSON parsers do not.
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    const QByteArray bytes = input.startsWith(bom) ? input.mid(bom.size()) : input;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{tr("The file is not valid JSON (line %1: %2). Nothing was imported.")
                         .arg(lineOf(bytes, parseError.offset))
                         .arg(parseError.errorString())};
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName()) {
        return Error{tr("The file is JSON, but not a Carrywell journal backup (it should say "
                        "\"format\": \"carrywell-journal\"). Nothing was imported.")};
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1) {
        return Error{tr("The backup does not say which version of the format it uses. Nothing "
                        "was imported.")};
    }
    if (version.toInt() > formatVersion) {
        return Error{tr("The backup was made by a newer Carrywell (format version %1; this "
                        "version reads up to %2). Update Carrywell to import it. Nothing was "
                        "imported.")
                         .arg(version.toInt())
                         .arg(formatVersion)};
    }
    ImportBatch batch;
    batch.format = QStringLiteral("json");
    QStringList known{QStringLiteral("format"),     QStringLiteral("formatVersion"),
                      QStringLiteral("exportedAt"), QStringLiteral("checkIns"),
                      QStringLiteral("sessions"),   QStringLiteral("plans")};
    if (version.toInt() >= 3)
        known.append(QStringLiteral("activityRatings"));
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            batch.problems.append({0, it.key(), tr("unknown key")});
    }
    const int fileVersion = version.toInt();
    readSection<CheckIn>(
        root, QStringLiteral("checkIns"),
        [fileVersion](const QJsonObject& object, CheckIn* out) {
            return readCheckIn(object, fileVersion, out);
        },
        &batch.checkIns, &batch.problems);
    readSection<SessionRecord>(root, QStringLiteral("sessions"), readSession, &batch.sessions,
                               &batch.problems);
    readSection<SavedPlan>(root, QStringLiteral("plans"), readPlan, &batch.plans, &batch.problems);
    if (version.toInt() >= 3) {
        readSection<ActivityRating>(root, QStringLiteral("activityRatings"), readActivityRating,
                                    &batch.activityRatings, &batch.problems);
    }
    return batch;
}

} // namespace carrywell::core
