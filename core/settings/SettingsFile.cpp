#include "core/settings/SettingsFile.h"

#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace carrywell::core {
namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

} // namespace

QString nameOf(const SettingKey& key)
{
    return std::visit([](const auto& typed) { return typed.name; }, key);
}

bool SettingsFile::read(const FlagKey& key) const
{
    // QVariant::toBool reads any text but "false" and "0" as true; a
    // hand-edited "yes" or "on" should mean what it says, anything else the fallback.
    const QVariant value = m_settings->value(key.name);
    if (!value.isValid())
        return key.fallback;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") ||
        text == QLatin1String("yes") || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") ||
        text == QLatin1String("no") || text == QLatin1String("off"))
        return false;
    return key.fallback;
}

int SettingsFile::read(const NumberKey& key) const
{
    bool ok = false;
    const int number = m_settings->value(key.name).toString().trimmed().toInt(&ok);
    return ok ? std::clamp(number, key.min, key.max) : key.fallback;
}

QString SettingsFile::read(const TextKey& key) const
{
    const QVariant value = m_settings->value(key.name);
    if (!value.isValid())
        return key.fallback;
    // A text typed into the file by hand with a comma and no quotes reads as
    // a list; joined back it is what was typed.
    const QString text = value.typeId() == QMetaType::QStringList
                             ? value.toStringList().join(QStringLiteral(", "))
                             : value.toString();
    return key.choices.isEmpty() || key.choices.contains(text) ? text : key.fallback;
}

QStringList SettingsFile::read(const TextListKey& key) const
{
    QStringList list = m_settings->value(key.name).toStringList();
    if (!key.choices.isEmpty())
        list.removeIf([&key](const QString& entry) { return !key.choices.contains(entry); });
    return list;
}

QDate SettingsFile::read(const DateKey& key) const
{
    const QVariant value = m_settings->value(key.name);
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return QDate::fromString(value.toString().trimmed(), Qt::ISODate);
}

QTime SettingsFile::read(const TimeKey& key) const
{
    const QTime time =
        QTime::fromString(m_settings->value(key.name).toString().trimmed(), kTimeFormat);
    return time.isValid() ? time : key.fallback;
}

QDateTime SettingsFile::read(const MomentKey& key) const
{
    return QDateTime::fromString(m_settings->value(key.name).toString().trimmed(), Qt::ISODate);
}

QByteArray SettingsFile::read(const BytesKey& key) const
{
    return m_settings->value(key.name).toByteArray();
}

void SettingsFile::write(const FlagKey& key, bool value)
{
    m_settings->setValue(key.name, value);
}

void SettingsFile::write(const NumberKey& key, int value)
{
    m_settings->setValue(key.name, std::clamp(value, key.min, key.max));
}

void SettingsFile::write(const TextKey& key, const QString& value)
{
    m_settings->setValue(key.name, value);
}

void SettingsFile::remove(const SettingKey& key)
{
    m_settings->remove(nameOf(key));
}

void SettingsFile::write(const TextListKey& key, const QStringList& value)
{
    m_settings->setValue(key.name, value);
}

void SettingsFile::write(const DateKey& key, const QDate& value)
{
    if (!value.isValid())
        m_settings->remove(key.name);
    else if (key.format == DateFormat::QtDate)
        m_settings->setValue(key.name, value);
    else
        m_settings->setValue(key.name, value.toString(Qt::ISODate));
}

void SettingsFile::write(const TimeKey& key, const QTime& value)
{
    m_settings->setValue(key.name, (value.isValid() ? value : key.fallback).toString(kTimeFormat));
}

void SettingsFile::write(const MomentKey& key, const QDateTime& value)
{
    if (value.isValid())
        m_settings->setValue(key.name, value.toUTC().toString(Qt::ISODateWithMs));
    else
        m_settings->remove(key.name);
}

void SettingsFile::write(const BytesKey& key, const QByteArray& value)
{
    m_settings->setValue(key.name, value);
}

void SettingsFile::sync()
{
    m_settings->sync();
}

QString SettingsFile::folder() const
{
    return QFileInfo(m_settings->fileName()).absolutePath();
}

} // namespace carrywell::core
