#include "core/fhir/FhirJson.h"

#include "core/journal/ImportFields.h"

#include <QUuid>

namespace carrywell::core::FhirJson {
namespace {

// The namespace of Carrywell's name-based UUIDs; never change it, or the same
// entry gets a new identity in every later export.
const QUuid kNamespace(QStringLiteral("{6f1d2c9e-52a4-4d0b-9a57-3c8e1b7f2a60}"));
const QString kUrnPrefix = QStringLiteral("urn:uuid:");

} // namespace

QString fullUrl(const QString& key)
{
    return kUrnPrefix + QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

FhirResource resource(const QString& fullUrl, QJsonObject resource)
{
    resource.insert(QStringLiteral("id"), fullUrl.mid(kUrnPrefix.size()));
    return {fullUrl, resource};
}

QJsonObject coding(const FhirCoding& coding)
{
    return {{QStringLiteral("system"), coding.system},
            {QStringLiteral("code"), coding.code},
            {QStringLiteral("display"), coding.display}};
}

QJsonObject codeable(const FhirCoding& code, const QString& text)
{
    QJsonObject object{{QStringLiteral("coding"), QJsonArray{coding(code)}}};
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    return object;
}

QJsonObject reference(const QString& fullUrl)
{
    return {{QStringLiteral("reference"), fullUrl}};
}

QString dateTime(const QDateTime& moment)
{
    // A moment in local time is written with the offset it had then, so the
    // clinic sees the hour she saw.
    const QDateTime withOffset = moment.timeSpec() == Qt::OffsetFromUTC
                                     ? moment
                                     : moment.toOffsetFromUtc(moment.offsetFromUtc());
    const QString text = ImportFields::momentText(withOffset, false);
    // "+00:00" rather than "Z": the same shape as every other offset.
    if (text.endsWith(QLatin1Char('Z')))
        return text.left(text.size() - 1) + QStringLiteral("+00:00");
    return text;
}

QJsonArray notes(const QStringList& texts)
{
    QJsonArray annotations;
    for (const QString& text : texts) {
        if (!text.trimmed().isEmpty())
            annotations.append(QJsonObject{{QStringLiteral("text"), text}});
    }
    return annotations;
}

} // namespace carrywell::core::FhirJson
