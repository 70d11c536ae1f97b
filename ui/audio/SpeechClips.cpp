#include "ui/audio/SpeechClips.h"

#include <QFile>
#include <QRegularExpression>

namespace carrywell::ui {

QString SpeechClips::slug(const QString& text)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    static const QRegularExpression edges(QStringLiteral("^-+|-+$"));
    QString s = text.toLower();
    s.replace(other, QStringLiteral("-"));
    s.remove(edges);
    return s;
}

QString SpeechClips::clipPath(const QString& phrase)
{
    return QStringLiteral(":/speech/%1.wav").arg(slug(phrase));
}

bool SpeechClips::hasClip(const QString& phrase)
{
    return !slug(phrase).isEmpty() && QFile::exists(clipPath(phrase));
}

QStringList SpeechClips::clipsFor(const QString& text, QStringList* missing)
{
    static const QRegularExpression sentenceBreak(QStringLiteral("[.:;!?,]\\s*"));
    QStringList clips;
    for (const QString& sentence : text.split(sentenceBreak, Qt::SkipEmptyParts)) {
        const QString trimmed = sentence.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (hasClip(trimmed)) {
            clips.append(clipPath(trimmed));
            continue;
        }
        const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype start = 0; start < words.size();) {
            qsizetype end = words.size();
            for (; end > start; --end) {
                const QString group = words.mid(start, end - start).join(QLatin1Char(' '));
                if (hasClip(group)) {
                    clips.append(clipPath(group));
                    break;
                }
            }
            if (end == start) {
                if (missing)
                    missing->append(words.at(start));
                ++start;
            } else {
                start = end;
            }
        }
    }
    return clips;
}

} // namespace carrywell::ui
