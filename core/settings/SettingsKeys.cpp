#include "core/settings/SettingsKeys.h"

#include "core/vocabulary/Vocabulary.h"

namespace carrywell::core::keys {
namespace {

template <typename E>
QStringList idsOf()
{
    QStringList ids;
    for (const E value : allValues<E>())
        ids.append(toId(value));
    return ids;
}

} // namespace

const TextListKey profileEquipment{QStringLiteral("profile/equipment"), idsOf<Equipment>()};
const TextListKey planExtraRegions{QStringLiteral("plan/extraRegions"), idsOf<Region>()};

QList<SettingKey> all()
{
    return {
        profileBirthDate,
        profileBirthType,
        profileDiastasis,
        profileEquipment,
        profileSymptoms,
        profileActivities,
        profileName,
        profileActivityPromptDismissedOn,
        firstRunDone,
        firstRunDisclaimerAccepted,
        planMinutesPerDay,
        planFreeDays,
        planDiastasis,
        planExtraRegions,
        planSessionTime,
        remindersCheckIn,
        remindersCheckInTime,
        remindersSessions,
        remindersStartAtLogin,
        remindersSnoozeMinutes,
        remindersCheckInShownOn,
        remindersCheckInDoneOn,
        remindersCheckInSnoozedUntil,
        remindersSessionShownOn,
        remindersSessionDoneOn,
        remindersSessionSnoozedUntil,
        remindersTrayNoticeShown,
        soundTones,
        soundVoice,
        soundVolume,
        soundCountdown,
        appearanceTheme,
        appearanceLanguage,
        mainWindowGeometry,
        mainWindowState,
        mainWindowPage,
        libraryOpenExercise,
        learnTopic,
        journalTab,
        journalRange,
        journalRangeFrom,
        journalRangeTo,
        journalHiddenPrompts,
        printLayout,
    };
}

} // namespace carrywell::core::keys
