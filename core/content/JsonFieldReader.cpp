#include "core/content/JsonFieldReader.h"

#include <QRegularExpression>

namespace carrywell::core {

JsonFieldReader::JsonFieldReader(const QJsonObject& object, QString path, QString file,
                                 QList<ContentError>& errors)
    : m_object(object), m_path(std::move(path)), m_file(std::move(file)), m_errors(errors)
{
}

QString JsonFieldReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFieldReader::error(const QString& key, const QString& reason)
{
    errorAt(pathOf(key), reason);
}

void JsonFieldReader::errorAt(const QString& path, const QString& reason)
{
    m_errors.append({m_file, path, reason});
}

QString JsonFieldReader::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool JsonFieldReader::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

QJsonValue JsonFieldReader::take(const char* key, Need need)
{
    const QString name = QLatin1String(key);
    m_seen.insert(name);
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() && need == Need::Required)
        error(name, QStringLiteral("required field is missing"));
    return value;
}

std::optional<QString> JsonFieldReader::textValue(const QJsonValue& value, const QString& path)
{
    if (!value.isString()) {
        errorAt(path, QStringLiteral("must be text (found %1)").arg(typeName(value)));
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        errorAt(path, QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    return text;
}

QString JsonFieldReader::text(const char* key, Need need, int maxLength)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return {};
    const QString path = pathOf(QLatin1String(key));
    const std::optional<QString> text = textValue(value, path);
    if (!text)
        return {};
    if (maxLength > 0 && text->size() > maxLength) {
        errorAt(path, QStringLiteral("is %1 characters long; at most %2 are allowed")
                          .arg(text->size())
                          .arg(maxLength));
    }
    return *text;
}

QStringList JsonFieldReader::texts(const char* key, Need need, int minCount, int maxCount)
{
    QStringList result;
    const std::optional<QJsonArray> values = array(key, need);
    if (!values)
        return result;
    const QString base = pathOf(QLatin1String(key));
    if (values->size() < minCount)
        errorAt(base, QStringLiteral("needs at least %1 entries (found %2)")
                          .arg(minCount)
                          .arg(values->size()));
    if (maxCount > 0 && values->size() > maxCount)
        errorAt(base, QStringLiteral("has %1 entries; at most %2 are allowed")
                          .arg(values->size())
                          .arg(maxCount));
    for (qsizetype i = 0; i < values->size(); ++i) {
        if (const std::optional<QString> text =
                textValue(values->at(i), QStringLiteral("%1[%2]").arg(base).arg(i)))
            result.append(*text);
    }
    return result;
}

QString JsonFieldReader::id(const char* key, Need need)
{
    const QString value = text(key, need);
    if (!value.isEmpty() && !isValidId(value)) {
        error(QLatin1String(key),
              QStringLiteral("“%1” is not a valid id: use lower-case letters, digits and "
                             "hyphens, like “banded-as”")
                  .arg(value));
        return {};
    }
    return value;
}

QStringList JsonFieldReader::ids(const char* key, Need need, int minCount)
{
    const QStringList values = texts(key, need, minCount);
    QStringList result;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(pathOf(QLatin1String(key))).arg(i);
        if (!isValidId(values[i]))
            errorAt(path, QStringLiteral("“%1” is not a valid id").arg(values[i]));
        else if (result.contains(values[i]))
            errorAt(path, QStringLiteral("“%1” is listed twice").arg(values[i]));
        else
            result.append(values[i]);
    }
    return result;
}

int JsonFieldReader::integer(const char* key, int min, int max, int defaultValue, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return defaultValue;
    const double number = value.toDouble(-1e300);
    const bool whole =
        value.isDouble() && number == static_cast<double>(static_cast<long long>(number));
    if (!whole || number < min || number > max) {
        const QString found = value.isDouble() ? QString::number(number) : typeName(value);
        error(QLatin1String(key), QStringLiteral("must be a whole number from %1 to %2 (found %3)")
                                      .arg(min)
                                      .arg(max)
                                      .arg(found));
        return defaultValue;
    }
    return static_cast<int>(number);
}

std::optional<int> JsonFieldReader::optionalInteger(const char* key, int min, int max)
{
    if (m_object.value(QLatin1String(key)).isNull()) {
        take(key, Need::Optional);
        return std::nullopt;
    }
    if (!has(key)) {
        take(key, Need::Optional);
        return std::nullopt;
    }
    const int fallback = min - 1;
    const int number = integer(key, min, max, fallback, Need::Optional);
    return number == fallback ? std::nullopt : std::optional<int>(number);
}

double JsonFieldReader::real(const char* key, double min, double max, double defaultValue)
{
    const QJsonValue value = take(key, Need::Optional);
    if (value.isUndefined())
        return defaultValue;
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        const QString found =
            value.isDouble() ? QString::number(value.toDouble()) : typeName(value);
        error(QLatin1String(key), QStringLiteral("must be a number from %1 to %2 (found %3)")
                                      .arg(min)
                                      .arg(max)
                                      .arg(found));
        return defaultValue;
    }
    return value.toDouble();
}

bool JsonFieldReader::boolean(const char* key, bool defaultValue)
{
    const QJsonValue value = take(key, Need::Optional);
    if (value.isUndefined())
        return defaultValue;
    if (!value.isBool()) {
        error(QLatin1String(key),
              QStringLiteral("must be true or false (found %1)").arg(typeName(value)));
        return defaultValue;
    }
    return value.toBool();
}

std::optional<QJsonObject> JsonFieldReader::object(const char* key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        error(QLatin1String(key),
              QStringLiteral("must be an object (found %1)").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonFieldReader::array(const char* key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray()) {
        error(QLatin1String(key), QStringLiteral("must be a list (found %1)").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toArray();
}

void JsonFieldReader::finish()
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_seen.contains(it.key()))
            error(it.key(), QStringLiteral("unknown field (check the spelling)"));
    }
}

} // namespace carrywell::core
