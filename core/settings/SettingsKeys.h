#pragma once

#include "core/settings/SettingKey.h"

#include <QList>

// Every key of settings.ini, with its type, its fallback and what it may
// hold. The names and the way values are written are what users' files
// already contain: change neither. Each group has one store that reads and
// writes it (named beside the group).
namespace carrywell::core::keys {

// [profile] and [firstRun]: core::ProfileStore.
inline const DateKey profileBirthDate{QStringLiteral("profile/birthDate")};
inline const TextKey profileBirthType{
    QStringLiteral("profile/birthType"),
    QStringLiteral("unknown"),
    {QStringLiteral("unknown"), QStringLiteral("vaginal"), QStringLiteral("caesarean")}};
inline const FlagKey profileDiastasis{QStringLiteral("profile/diastasis"), false};
/// Equipment ids (core/vocabulary); unknown ones are dropped.
extern const TextListKey profileEquipment;
/// Symptom ids of the content library, which is only known at run time.
inline const TextListKey profileSymptoms{QStringLiteral("profile/symptoms")};
/// Her own everyday activities that are hard now (PSFS), as she named them,
/// at most five.
inline const TextListKey profileActivities{QStringLiteral("profile/activities")};
/// Her name as she wants a clinic to read it; only the FHIR export uses it.
inline const TextKey profileName{QStringLiteral("profile/name")};
/// The day she last put off rating her activities; the prompt waits a week.
inline const DateKey profileActivityPromptDismissedOn{
    QStringLiteral("profile/activityPromptDismissedOn")};
inline const FlagKey firstRunDone{QStringLiteral("firstRun/done"), false};
inline const FlagKey firstRunDisclaimerAccepted{QStringLiteral("firstRun/disclaimerAccepted"),
                                                false};

// [plan]: core::PlanPreferencesStore.
inline const NumberKey planMinutesPerDay{QStringLiteral("plan/minutesPerDay"), 10, 5, 30};
/// Days with time for a routine, 1 (Monday) to 7 (Sunday) as QDate numbers them.
inline const TextListKey planFreeDays{
    QStringLiteral("plan/freeDays"),
    {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
     QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}};
inline const FlagKey planDiastasis{QStringLiteral("plan/diastasis"), false};
/// Region ids (core/vocabulary); unknown ones are dropped.
extern const TextListKey planExtraRegions;
inline const TimeKey planSessionTime{QStringLiteral("plan/sessionTime"), QTime(10, 0)};

// [reminders]: core::ReminderStore, what the user chose...
inline const FlagKey remindersCheckIn{QStringLiteral("reminders/checkIn"), false};
inline const TimeKey remindersCheckInTime{QStringLiteral("reminders/checkInTime"), QTime(20, 0)};
inline const FlagKey remindersSessions{QStringLiteral("reminders/sessions"), false};
inline const FlagKey remindersStartAtLogin{QStringLiteral("reminders/startAtLogin"), false};
inline const NumberKey remindersSnoozeMinutes{QStringLiteral("reminders/snoozeMinutes"), 15, 5,
                                              120};
// ...and what happened to the reminders lately.
inline const DateKey remindersCheckInShownOn{QStringLiteral("reminders/checkInShownOn")};
inline const DateKey remindersCheckInDoneOn{QStringLiteral("reminders/checkInDoneOn")};
inline const MomentKey remindersCheckInSnoozedUntil{
    QStringLiteral("reminders/checkInSnoozedUntil")};
inline const DateKey remindersSessionShownOn{QStringLiteral("reminders/sessionShownOn")};
inline const DateKey remindersSessionDoneOn{QStringLiteral("reminders/sessionDoneOn")};
inline const MomentKey remindersSessionSnoozedUntil{
    QStringLiteral("reminders/sessionSnoozedUntil")};
inline const FlagKey remindersTrayNoticeShown{QStringLiteral("reminders/trayNoticeShown"), false};

// [sound]: ui::SoundStore.
inline const FlagKey soundTones{QStringLiteral("sound/tones"), true};
inline const FlagKey soundVoice{QStringLiteral("sound/voice"), true};
/// Percent.
inline const NumberKey soundVolume{QStringLiteral("sound/volume"), 80, 0, 100};
/// Get-ready seconds before each exercise.
inline const NumberKey soundCountdown{QStringLiteral("sound/countdown"), 5, 3, 15};

// [appearance]: ui::AppearanceStore.
inline const TextKey appearanceTheme{
    QStringLiteral("appearance/theme"),
    QStringLiteral("system"),
    {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}};
/// A language code; "" follows the system. Any text: the interface picks
/// the nearest language it has ("es-MX" gives Spanish).
inline const TextKey appearanceLanguage{QStringLiteral("appearance/language")};

// [mainWindow], [library] and [learn]: ui::WindowStateStore.
inline const BytesKey mainWindowGeometry{QStringLiteral("mainWindow/geometry")};
inline const BytesKey mainWindowState{QStringLiteral("mainWindow/state")};
/// A page id (ui::MainWindow); an unknown one opens the Library.
inline const TextKey mainWindowPage{QStringLiteral("mainWindow/page")};
/// An exercise id of the content library; "" for none.
inline const TextKey libraryOpenExercise{QStringLiteral("library/openExercise")};
/// A Learn topic id; "" for none.
inline const TextKey learnTopic{QStringLiteral("learn/topic")};

// [journal]: ui::JournalViewStore.
/// Charts (0), History (1) or My activities (2).
inline const NumberKey journalTab{QStringLiteral("journal/tab"), 0, 0, 2};
inline const TextKey journalRange{QStringLiteral("journal/range"),
                                  QStringLiteral("four-weeks"),
                                  {QStringLiteral("week"), QStringLiteral("four-weeks"),
                                   QStringLiteral("three-months"), QStringLiteral("year"),
                                   QStringLiteral("everything"), QStringLiteral("custom")}};
inline const DateKey journalRangeFrom{QStringLiteral("journal/rangeFrom"), DateFormat::QtDate};
inline const DateKey journalRangeTo{QStringLiteral("journal/rangeTo"), DateFormat::QtDate};
/// Ids of the care prompts the user asked never to see again.
inline const TextListKey journalHiddenPrompts{QStringLiteral("journal/hiddenPrompts")};

// [print]: ui::PlanPrintStore.
inline const TextKey printLayout{QStringLiteral("print/layout"),
                                 QStringLiteral("week"),
                                 {QStringLiteral("week"), QStringLiteral("days")}};

/// All of the above, in this order.
QList<SettingKey> all();

} // namespace carrywell::core::keys
