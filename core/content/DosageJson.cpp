#include "core/content/DosageJson.h"

#include <QJsonArray>

namespace carrywell::core {
namespace {

constexpr int kMaxLabelLength = 60;

} // namespace

Dosage readDosage(JsonFieldReader& r, DosageUse use)
{
    using Need = JsonFieldReader::Need;
    Dosage dosage;
    const qsizetype errorsBefore = r.errorCount();
    if (use == DosageUse::Alternative)
        dosage.label = r.text("label", Need::Required, kMaxLabelLength);
    dosage.sets = r.integer("sets", 1, 10, 1, Need::Required);
    dosage.reps = r.integer("reps", 0, 50);
    dosage.holdSeconds = r.integer("holdSeconds", 0, 300);
    dosage.holdSecondsMax = r.integer("holdSecondsMax", 0, 300);
    if (dosage.holdSecondsMax > 0 && dosage.holdSecondsMax < dosage.holdSeconds) {
        r.error(QStringLiteral("holdSecondsMax"),
                QStringLiteral("must not be below holdSeconds (%1)").arg(dosage.holdSeconds));
    }
    if (const std::optional<QJsonObject> tempo = r.object("tempo", Need::Optional)) {
        JsonFieldReader t = r.child(*tempo, r.pathOf(QStringLiteral("tempo")));
        dosage.tempoOutSeconds = t.integer("outSeconds", 0, 20, 0, Need::Required);
        dosage.tempoBackSeconds = t.integer("backSeconds", 0, 20, 0, Need::Required);
        t.finish();
    }
    dosage.perSide = r.boolean("perSide", false);
    dosage.restSeconds = r.integer("restSeconds", 0, 300);
    dosage.durationSeconds = r.integer("durationSeconds", 0, 1800);
    dosage.note = r.text("note", Need::Optional);
    if (r.errorCount() == errorsBefore && dosage.reps == 0 && dosage.holdSeconds == 0 &&
        dosage.durationSeconds == 0) {
        r.errorAt(r.path(), QStringLiteral("says nothing to do: give reps, holdSeconds or "
                                           "durationSeconds"));
    }
    if (use != DosageUse::Exercise)
        return dosage;
    if (const std::optional<QJsonArray> alternatives = r.array("alternatives", Need::Optional)) {
        for (qsizetype i = 0; i < alternatives->size(); ++i) {
            const QString path =
                QStringLiteral("%1[%2]").arg(r.pathOf(QStringLiteral("alternatives"))).arg(i);
            if (!alternatives->at(i).isObject()) {
                r.errorAt(path, QStringLiteral("must be an object"));
                continue;
            }
            JsonFieldReader a = r.child(alternatives->at(i).toObject(), path);
            dosage.alternatives.push_back(readDosage(a, DosageUse::Alternative));
            a.finish();
        }
    }
    return dosage;
}

QJsonObject dosageToJson(const Dosage& dosage)
{
    QJsonObject json{{QStringLiteral("sets"), dosage.sets},
                     {QStringLiteral("reps"), dosage.reps},
                     {QStringLiteral("holdSeconds"), dosage.holdSeconds},
                     {QStringLiteral("holdSecondsMax"), dosage.holdSecondsMax},
                     {QStringLiteral("perSide"), dosage.perSide},
                     {QStringLiteral("restSeconds"), dosage.restSeconds},
                     {QStringLiteral("durationSeconds"), dosage.durationSeconds}};
    if (dosage.tempoOutSeconds > 0 || dosage.tempoBackSeconds > 0) {
        json.insert(QStringLiteral("tempo"),
                    QJsonObject{{QStringLiteral("outSeconds"), dosage.tempoOutSeconds},
                                {QStringLiteral("backSeconds"), dosage.tempoBackSeconds}});
    }
    if (!dosage.note.isEmpty())
        json.insert(QStringLiteral("note"), dosage.note);
    return json;
}

} // namespace carrywell::core
