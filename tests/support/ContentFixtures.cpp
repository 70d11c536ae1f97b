#include "ContentFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <stdexcept>

namespace carrywell::test {

QJsonObject validExercise(const QString& id)
{
    return QJsonObject{
        {"id", id},
        {"name", "Test exercise"},
        {"summary", "A short summary."},
        {"regions", QJsonArray{"lower-back"}},
        {"symptoms", QJsonArray{"low-back-pain"}},
        {"causes", QJsonArray{"relaxin"}},
        {"category", "mobility"},
        {"equipment", QJsonArray{"mat"}},
        {"position", "lying-back"},
        {"phase", QJsonObject{{"earliestWeek", 1}, {"caesareanEarliestWeek", 4}}},
        {"steps", QJsonArray{"Lie down.", "Move gently."}},
        {"cues", QJsonArray{"Breathe out as you move."}},
        {"dosage", QJsonObject{{"sets", 2}, {"reps", 8}, {"restSeconds", 30}}},
        {"cautions", QJsonArray{"Stay in a comfortable range."}},
        {"stopIf", QJsonArray{"Pain spreads down a leg."}},
        {"diastasis", QJsonObject{{"rule", "modify"}, {"note", "Keep the movement small."}}},
        {"pelvicGirdlePain", QJsonObject{{"rule", "ok"}}},
        {"feel", "A gentle stretch in the low back."},
        {"frequency", "Once a day."},
        {"progressWhen", "When it feels easy for a week."},
        {"commonMistakes", QJsonArray{"Holding your breath."}},
        {"source", QJsonObject{{"id", "test-source"}, {"note", "Made for tests."}}},
    };
}

QJsonObject minimalLibrary()
{
    const QStringList regionIds{"neck",         "upper-back", "lower-back",     "hips-glutes",
                                "pelvic-floor", "core",       "chest-shoulders"};
    QJsonArray regions;
    QJsonArray exercises;
    for (const QString& regionId : regionIds) {
        regions.append(QJsonObject{{"id", regionId},
                                   {"name", "Region " + regionId},
                                   {"view", "back"},
                                   {"description", "Described."}});
        QJsonObject exercise = validExercise("for-" + regionId);
        exercise["regions"] = QJsonArray{regionId};
        exercises.append(exercise);
    }
    return QJsonObject{
        {"regions", regions},
        {"sources", QJsonArray{QJsonObject{{"id", "test-source"},
                                           {"title", "Test source"},
                                           {"author", "Tests"},
                                           {"kind", "practice"},
                                           {"note", "For tests."}}}},
        {"causes", QJsonArray{QJsonObject{{"id", "relaxin"},
                                          {"title", "Relaxin"},
                                          {"summary", "Loose joints."},
                                          {"body", QJsonArray{"A paragraph."}},
                                          {"sources", QJsonArray{"test-source"}}}}},
        {"symptoms", QJsonArray{QJsonObject{{"id", "low-back-pain"},
                                            {"name", "Low back pain"},
                                            {"description", "Aches low down."},
                                            {"regions", QJsonArray{"lower-back"}},
                                            {"causes", QJsonArray{"relaxin"}},
                                            {"helpfulCategories", QJsonArray{"mobility"}},
                                            {"seeClinician", QJsonArray{"Severe pain."}},
                                            {"sources", QJsonArray{"test-source"}}}}},
        {"exercises", exercises},
        {"postnatalStopList",
         QJsonObject{{"weeks", 12},
                     {"title", "Stop and get help"},
                     {"intro", "Stop if you notice these."},
                     {"signs",
                      QJsonArray{QJsonObject{
                          {"id", "fever"}, {"text", "A fever."}, {"action", "Call your doctor."}}}},
                     {"sources", QJsonArray{"test-source"}}}},
        {"painMonitoring",
         QJsonObject{
             {"title", "How much pain is fine"},
             {"summary", "Rate it."},
             {"levels",
              QJsonArray{QJsonObject{{"id", "green"}, {"range", "0–2"}, {"text", "Fine."}},
                         QJsonObject{{"id", "red"}, {"range", "over 5"}, {"text", "Stop."}}}},
             {"afterwards", "It settles by morning."},
             {"sources", QJsonArray{"test-source"}}}},
    };
}

void writeText(const QString& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir + '/' + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        throw std::runtime_error("cannot write test file " + path.toStdString());
}

void writeJson(const QString& dir, const QString& name, const QJsonObject& json)
{
    writeText(dir, name, QJsonDocument(json).toJson());
}

} // namespace carrywell::test
