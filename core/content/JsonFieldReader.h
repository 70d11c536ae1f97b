#pragma once

#include "core/content/ContentError.h"
#include "core/vocabulary/Vocabulary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace carrywell::core {

/// Reads the fields of one JSON object, recording a precise ContentError
/// (file, JSON path, reason) for every missing, mistyped, out-of-range or
/// unknown field instead of failing at the first one.
class JsonFieldReader
{
public:
    enum class Need
    {
        Required,
        Optional,
    };

    JsonFieldReader(const QJsonObject& object, QString path, QString file,
                    QList<ContentError>& errors);

    QString path() const { return m_path; }
    QString pathOf(const QString& key) const;
    void error(const QString& key, const QString& reason);
    /// Records a problem at any path (a list entry, or this object itself).
    void errorAt(const QString& path, const QString& reason);
    /// How many problems the whole read has recorded so far.
    qsizetype errorCount() const { return m_errors.size(); }
    /// A reader for a nested object at `path`, recording into the same list.
    JsonFieldReader child(const QJsonObject& object, const QString& path) const
    {
        return JsonFieldReader(object, path, m_file, m_errors);
    }

    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }
    /// For fields that take one of two shapes (a name or an object).
    bool hasObject(const char* key) const { return m_object.value(QLatin1String(key)).isObject(); }

    QString text(const char* key, Need need = Need::Required, int maxLength = 0);
    QStringList texts(const char* key, Need need, int minCount, int maxCount = 0);
    QString id(const char* key, Need need = Need::Required);
    QStringList ids(const char* key, Need need, int minCount);
    int integer(const char* key, int min, int max, int defaultValue = 0,
                Need need = Need::Optional);
    /// A whole number, or nothing when the field is missing or null ("not known").
    std::optional<int> optionalInteger(const char* key, int min, int max);
    double real(const char* key, double min, double max, double defaultValue);
    bool boolean(const char* key, bool defaultValue);
    std::optional<QJsonObject> object(const char* key, Need need);
    std::optional<QJsonArray> array(const char* key, Need need);

    template <typename E>
    std::optional<E> enumValue(const char* key, const QString& kindName);
    template <typename E>
    QList<E> enumList(const char* key, const QString& kindName, int minCount);

    /// Reports every key that no read asked for (typos, unknown fields).
    void finish();

    static bool isValidId(const QString& id);
    static QString typeName(const QJsonValue& value);

private:
    QJsonValue take(const char* key, Need need);
    std::optional<QString> textValue(const QJsonValue& value, const QString& path);
    template <typename E>
    std::optional<E> parseEnum(const QJsonValue& value, const QString& path,
                               const QString& kindName);

    QJsonObject m_object;
    QString m_path;
    QString m_file;
    QList<ContentError>& m_errors;
    QSet<QString> m_seen;
};

template <typename E>
std::optional<E> JsonFieldReader::parseEnum(const QJsonValue& value, const QString& path,
                                            const QString& kindName)
{
    const std::optional<QString> id = textValue(value, path);
    if (!id)
        return std::nullopt;
    if (const std::optional<E> parsed = fromId<E>(*id))
        return parsed;
    errorAt(
        path,
        QStringLiteral("“%1” is not a known %2; use one of: %3").arg(*id, kindName, idList<E>()));
    return std::nullopt;
}

template <typename E>
std::optional<E> JsonFieldReader::enumValue(const char* key, const QString& kindName)
{
    const QJsonValue value = take(key, Need::Required);
    if (value.isUndefined())
        return std::nullopt;
    return parseEnum<E>(value, pathOf(QLatin1String(key)), kindName);
}

template <typename E>
QList<E> JsonFieldReader::enumList(const char* key, const QString& kindName, int minCount)
{
    QList<E> result;
    const std::optional<QJsonArray> values = array(key, Need::Required);
    if (!values)
        return result;
    const QString base = pathOf(QLatin1String(key));
    if (values->size() < minCount)
        errorAt(base, QStringLiteral("needs at least %1 entry").arg(minCount));
    for (qsizetype i = 0; i < values->size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(base).arg(i);
        if (const std::optional<E> parsed = parseEnum<E>(values->at(i), itemPath, kindName)) {
            if (result.contains(*parsed))
                errorAt(itemPath, QStringLiteral("“%1” is listed twice").arg(toId(*parsed)));
            else
                result.append(*parsed);
        }
    }
    return result;
}

} // namespace carrywell::core
