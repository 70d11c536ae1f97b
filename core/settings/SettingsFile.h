#pragma once

#include "core/settings/SettingKey.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

class QSettings;

namespace carrywell::core {

/// The user's settings.ini, read and written only through the keys of
/// SettingsKeys.h. A read always gives a valid value: the stored one, or
/// the key's fallback when it is missing or cannot be read.
class SettingsFile
{
public:
    // Implicit, so a store can be made from the settings a caller holds.
    SettingsFile(QSettings& settings) : m_settings(&settings) {}

    bool read(const FlagKey& key) const;
    int read(const NumberKey& key) const;
    QString read(const TextKey& key) const;
    QStringList read(const TextListKey& key) const;
    QDate read(const DateKey& key) const;
    QTime read(const TimeKey& key) const;
    QDateTime read(const MomentKey& key) const;
    QByteArray read(const BytesKey& key) const;

    void write(const FlagKey& key, bool value);
    /// Brought into the key's range first.
    void write(const NumberKey& key, int value);
    void write(const TextKey& key, const QString& value);
    void write(const TextListKey& key, const QStringList& value);
    void write(const DateKey& key, const QDate& value);
    /// An invalid time writes the key's fallback.
    void write(const TimeKey& key, const QTime& value);
    void write(const MomentKey& key, const QDateTime& value);
    void write(const BytesKey& key, const QByteArray& value);
    /// Takes the key out of the file; reading it then gives its fallback.
    void remove(const SettingKey& key);

    /// Writes pending changes to disk.
    void sync();
    /// The folder holding the settings file, which is also the data folder.
    QString folder() const;

private:
    QSettings* m_settings;
};

} // namespace carrywell::core
