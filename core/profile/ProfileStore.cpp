#include "core/profile/ProfileStore.h"

#include "core/profile/MyActivities.h"
#include "core/settings/SettingsKeys.h"

namespace carrywell::core {

Profile ProfileStore::load() const
{
    Profile profile;
    const QDate birth = m_file.read(keys::profileBirthDate);
    if (birth.isValid())
        profile.birthDate = birth;
    profile.birthType = birthTypeFromId(m_file.read(keys::profileBirthType));
    for (const QString& id : m_file.read(keys::profileEquipment)) {
        if (const auto item = fromId<Equipment>(id))
            profile.equipment.append(*item);
    }
    profile.symptomIds = m_file.read(keys::profileSymptoms);
    profile.diastasis = m_file.read(keys::profileDiastasis);
    profile.activities = MyActivities::cleaned(m_file.read(keys::profileActivities));
    profile.name = m_file.read(keys::profileName).simplified();
    return profile;
}

void ProfileStore::save(const Profile& profile)
{
    m_file.write(keys::profileBirthDate, profile.birthDate.value_or(QDate()));
    m_file.write(keys::profileBirthType, toId(profile.birthType));
    QStringList equipment;
    for (const Equipment item : profile.equipment)
        equipment.append(toId(item));
    m_file.write(keys::profileEquipment, equipment);
    m_file.write(keys::profileSymptoms, profile.symptomIds);
    m_file.write(keys::profileDiastasis, profile.diastasis);
    // None named is no key at all, rather than a line Qt writes as "@Invalid()".
    if (const QStringList activities = MyActivities::cleaned(profile.activities);
        activities.isEmpty())
        m_file.remove(keys::profileActivities);
    else
        m_file.write(keys::profileActivities, activities);
    // No name is no key, so a file without one holds nothing that names her.
    if (const QString name = profile.name.simplified(); name.isEmpty())
        m_file.remove(keys::profileName);
    else
        m_file.write(keys::profileName, name);
    m_file.sync();
}

QDate ProfileStore::activityPromptDismissedOn() const
{
    return m_file.read(keys::profileActivityPromptDismissedOn);
}

void ProfileStore::setActivityPromptDismissedOn(QDate day)
{
    m_file.write(keys::profileActivityPromptDismissedOn, day);
    m_file.sync();
}

bool ProfileStore::firstRunDone() const
{
    return m_file.read(keys::firstRunDone);
}

void ProfileStore::setFirstRunDone(bool done)
{
    m_file.write(keys::firstRunDone, done);
    m_file.sync();
}

bool ProfileStore::disclaimerAccepted() const
{
    return m_file.read(keys::firstRunDisclaimerAccepted);
}

void ProfileStore::setDisclaimerAccepted(bool accepted)
{
    m_file.write(keys::firstRunDisclaimerAccepted, accepted);
    m_file.sync();
}

} // namespace carrywell::core
