#include "core/content/ExerciseSearch.h"

#include <QRegularExpression>
#include <algorithm>

namespace carrywell::core {
namespace {

// Lower case without accents, so typing is forgiving.
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

QStringList wordsIn(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return folded(text).split(separators, Qt::SkipEmptyParts);
}

QStringList wordsIn(const QStringList& texts)
{
    return wordsIn(texts.join(QLatin1Char(' ')));
}

bool hasPrefix(const QStringList& words, const QString& typed)
{
    return std::any_of(words.begin(), words.end(),
                       [&typed](const QString& word) { return word.startsWith(typed); });
}

// Points for a typed word found in each place.
constexpr int kNameStart = 120;
constexpr int kName = 100;
constexpr int kPurpose = 20;
constexpr int kBody = 3;

} // namespace

ExerciseSearch::ExerciseSearch(const ContentLibrary& library)
{
    QHash<QString, int> share;
    QHash<QString, QStringList> body;
    for (const Exercise& exercise : library.exercises()) {
        Words words;
        words.name = wordsIn(exercise.name);
        QStringList purpose{exercise.summary};
        for (const QString& id : exercise.symptomIds) {
            if (const Symptom* symptom = library.symptom(id))
                purpose << symptom->name;
        }
        for (const Region region : exercise.regions) {
            if (const RegionInfo* info = library.region(region))
                purpose << info->name;
        }
        purpose << displayName(exercise.category);
        words.purpose = wordsIn(purpose);
        body[exercise.id] = wordsIn(exercise.steps + exercise.cues);
        for (const QString& word :
             QSet<QString>(body[exercise.id].begin(), body[exercise.id].end()))
            ++share[word];
        m_words.insert(exercise.id, words);
    }
    const double boilerplate = boilerplateShare * double(library.exercises().size());
    for (auto it = m_words.begin(); it != m_words.end(); ++it) {
        for (const QString& word : body.value(it.key())) {
            if (share.value(word) < boilerplate)
                it->body.append(word);
        }
    }
}

const ExerciseSearch::Words* ExerciseSearch::wordsOf(const Exercise& exercise) const
{
    const auto it = m_words.constFind(exercise.id);
    return it == m_words.cend() ? nullptr : &*it;
}

int ExerciseSearch::score(const Exercise& exercise, const QString& text) const
{
    const QStringList typed = wordsIn(text);
    if (typed.isEmpty())
        return 1;
    const Words* words = wordsOf(exercise);
    if (!words)
        return 0;
    int total = 0;
    for (const QString& word : typed) {
        int best = 0;
        if (!words->name.isEmpty() && words->name.first().startsWith(word))
            best = kNameStart;
        else if (hasPrefix(words->name, word))
            best = kName;
        else if (hasPrefix(words->purpose, word))
            best = kPurpose;
        else if (hasPrefix(words->body, word))
            best = kBody;
        if (best == 0)
            return 0;
        total += best;
    }
    return total;
}

QList<const Exercise*> ExerciseSearch::rank(const QList<const Exercise*>& exercises,
                                            const QString& text) const
{
    QList<std::pair<int, const Exercise*>> scored;
    for (const Exercise* exercise : exercises) {
        if (const int points = score(*exercise, text); points > 0)
            scored.append({points, exercise});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<const Exercise*> result;
    result.reserve(scored.size());
    for (const auto& [points, exercise] : scored)
        result.append(exercise);
    return result;
}

} // namespace carrywell::core
