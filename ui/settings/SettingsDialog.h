#pragma once

#include "core/common/Clock.h"
#include "core/content/ContentLibrary.h"
#include "core/journal/JournalBackups.h"
#include "core/reminders/ReminderSettings.h"
#include "ui/settings/SettingsStores.h"
#include "ui/settings/Theme.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;
class QStackedWidget;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

class AppearanceSection;
class DataSection;
class ProfileForm;
class ReminderSection;
class SoundSection;

/// Carrywell's one settings dialog: profile, guided sessions, reminders,
/// appearance and language, and the user's data. OK and Apply save to the
/// settings file and signal what changed; Cancel leaves everything as it was.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Section
    {
        Profile,
        Sessions,
        Reminders,
        Appearance,
        Data,
    };

    /// `journal` may be null when it could not be opened.
    SettingsDialog(const core::ContentLibrary& library, const SettingsStores& settings,
                   const QString& journalPath, core::Journal* journal, const core::Clock& clock,
                   QWidget* parent = nullptr);

    void showSection(Section section);

    /// Saves what the sections hold and emits a signal for each part that changed.
    void apply();

    ProfileForm* profileForm() const { return m_profile; }
    SoundSection* soundSection() const { return m_sound; }
    ReminderSection* reminderSection() const { return m_reminders; }
    AppearanceSection* appearanceSection() const { return m_appearance; }
    DataSection* dataSection() const { return m_data; }
    QDialogButtonBox* buttons() const { return m_buttons; }

signals:
    void profileChanged();
    void soundChanged();
    void remindersChanged(const carrywell::core::ReminderSettings& settings);
    void themeChanged(carrywell::ui::Theme theme);
    void languageChanged(const QString& code);
    /// The user confirmed restoring `backup` (the dialog has closed).
    void restoreRequested(const carrywell::core::BackupInfo& backup);

private:
    void setUpSectionList();
    /// Profile, Sessions, Reminders, Appearance and Your data, in that order.
    void addSections();
    void layOut();
    /// The section list, OK, Cancel and Apply, and restoring a backup.
    void connectSignals();
    void addSection(QWidget* section, const QString& title);
    void load();
    void setModified(bool modified);

    SettingsStores m_settings;
    const core::Clock& m_clock;
    QListWidget* m_sections;
    QStackedWidget* m_stack;
    ProfileForm* m_profile;
    SoundSection* m_sound;
    ReminderSection* m_reminders;
    AppearanceSection* m_appearance;
    DataSection* m_data;
    QDialogButtonBox* m_buttons;
};

} // namespace carrywell::ui
