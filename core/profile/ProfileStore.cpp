#include "core/profile/ProfileStore.h"

#include <QSettings>

namespace carrywell::core {
namespace {

const QString kBirthDate = QStringLiteral("profile/birthDate");
const QString kBirthType = QStringLiteral("profile/birthType");
const QString kDiastasis = QStringLiteral("profile/diastasis");
const QString kEquipment = QStringLiteral("profile/equipment");
const QString kSymptoms = QStringLiteral("profile/symptoms");
const QString kFirstRun = QStringLiteral("firstRun/done");
const QString kDisclaimer = QStringLiteral("firstRun/disclaimerAccepted");

} // namespace

Profile ProfileStore::load() const
{
    Profile profile;
    const QDate birth = QDate::fromString(m_settings.value(kBirthDate).toString(), Qt::ISODate);
    if (birth.isValid())
        profile.birthDate = birth;
    profile.birthType = birthTypeFromId(m_settings.value(kBirthType).toString());
    // Unknown ids (from a newer version, or hand edits) are dropped quietly.
    for (const QString& id : m_settings.value(kEquipment).toStringList()) {
        if (const auto item = fromId<Equipment>(id))
            profile.equipment.append(*item);
    }
    profile.symptomIds = m_settings.value(kSymptoms).toStringList();
    profile.diastasis = m_settings.value(kDiastasis, false).toBool();
    return profile;
}

void ProfileStore::save(const Profile& profile)
{
    if (profile.birthDate)
        m_settings.setValue(kBirthDate, profile.birthDate->toString(Qt::ISODate));
    else
        m_settings.remove(kBirthDate);
    m_settings.setValue(kBirthType, toId(profile.birthType));
    QStringList equipment;
    for (const Equipment item : profile.equipment)
        equipment.append(toId(item));
    m_settings.setValue(kEquipment, equipment);
    m_settings.setValue(kSymptoms, profile.symptomIds);
    m_settings.setValue(kDiastasis, profile.diastasis);
    m_settings.sync();
}

bool ProfileStore::firstRunDone() const { return m_settings.value(kFirstRun, false).toBool(); }
void ProfileStore::setFirstRunDone(bool done)
{
    m_settings.setValue(kFirstRun, done);
    m_settings.sync();
}

bool ProfileStore::disclaimerAccepted() const
{
    return m_settings.value(kDisclaimer, false).toBool();
}

void ProfileStore::setDisclaimerAccepted(bool accepted)
{
    m_settings.setValue(kDisclaimer, accepted);
    m_settings.sync();
}

} // namespace carrywell::core
