#include "ui/settings/SettingsDialog.h"

#include "ui/settings/Translations.h"
#include "ui/settings/ProfileForm.h"
#include "core/plan/PlanPreferences.h"
#include "core/profile/ProfileStore.h"
#include "ui/audio/SoundSettings.h"
#include "ui/settings/AppearanceSection.h"
#include "ui/settings/DataSection.h"
#include "ui/settings/ReminderSection.h"
#include "ui/settings/SectionLayout.h"
#include "ui/settings/SoundSection.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace carrywell::ui {

SettingsDialog::SettingsDialog(const core::ContentLibrary& library, QSettings& settings,
                               const QString& journalPath, core::Journal* journal,
                               const core::Clock& clock, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_clock(clock), m_sections(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_profile(new ProfileForm(library, this)),
      m_sound(new SoundSection(this)), m_reminders(new ReminderSection(this)),
      m_appearance(new AppearanceSection(this)),
      m_data(new DataSection(QFileInfo(settings.fileName()).absolutePath(), journalPath, journal, this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_sections->setObjectName(QStringLiteral("settingsSections"));
    m_sections->setAccessibleName(tr("Settings sections"));
    m_sections->setAccessibleDescription(tr("Choose which settings to show."));
    m_sections->setSpacing(3);
    m_sections->setFrameShape(QFrame::NoFrame);

    auto* profilePage = new QWidget(this);
    profilePage->setObjectName(QStringLiteral("profileSection"));
    auto* profileLayout = new QVBoxLayout;
    profileLayout->addWidget(m_profile);
    SectionLayout::build(profilePage, tr("Your profile"),
                         tr("Tailors the library and your weekly plan. Every answer is optional."),
                         profileLayout);
    addSection(profilePage, tr("Profile"));
    addSection(m_sound, tr("Sessions"));
    addSection(m_reminders, tr("Reminders"));
    addSection(m_appearance, tr("Appearance"));
    addSection(m_data, tr("Your data"));
    m_sections->setFixedWidth(m_sections->sizeHintForColumn(0) + 40);

    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_sections);
    row->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_buttons);

    connect(m_sections, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_data, &DataSection::restoreRequested, this, [this](const core::BackupInfo& backup) {
        // Unsaved changes in other sections are kept: restoring reopens the window.
        apply();
        accept();
        emit restoreRequested(backup);
    });
    load();
    const auto modified = [this] { setModified(true); };
    connect(m_profile, &ProfileForm::changed, this, modified);
    connect(m_sound, &SoundSection::changed, this, modified);
    connect(m_reminders, &ReminderSection::changed, this, modified);
    connect(m_appearance, &AppearanceSection::changed, this, modified);
    m_sections->setCurrentRow(0);
    resize(sizeHint().expandedTo(QSize(760, 560)));
}

void SettingsDialog::addSection(QWidget* section, const QString& title)
{
    // Long sections scroll rather than stretch the dialog past small screens.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidget(section);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    section->setContentsMargins(12, 4, 12, 4);
    m_stack->addWidget(scroll);
    m_sections->addItem(title);
}

void SettingsDialog::load()
{
    m_profile->setProfile(core::ProfileStore(m_settings).load(), m_clock.today());
    m_sound->setValues(SoundSettings::load(m_settings));
    m_reminders->setValues(core::ReminderSettings::load(m_settings),
                           core::PlanPreferencesStore(m_settings).load().sessionTime);
    m_appearance->setTheme(themeFromId(m_settings.value(themeSettingsKey()).toString()));
    m_appearance->setLanguage(m_settings.value(Translations::settingsKey()).toString());
    setModified(false);
}

void SettingsDialog::setModified(bool modified)
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified);
}

void SettingsDialog::showSection(Section section) { m_sections->setCurrentRow(static_cast<int>(section)); }

void SettingsDialog::apply()
{
    core::ProfileStore profiles(m_settings);
    const core::Profile profile = m_profile->profile(m_clock.today());
    if (!(profile == profiles.load())) {
        profiles.save(profile);
        emit profileChanged();
    }

    const SoundSettings sound = m_sound->values();
    if (!(sound == SoundSettings::load(m_settings))) {
        sound.save(m_settings);
        emit soundChanged();
    }

    core::PlanPreferencesStore plan(m_settings);
    core::PlanPreferences preferences = plan.load();
    const core::ReminderSettings reminders = m_reminders->values();
    const bool timeChanged = preferences.sessionTime != m_reminders->sessionTime();
    if (timeChanged) {
        preferences.sessionTime = m_reminders->sessionTime();
        plan.save(preferences);
    }
    if (timeChanged || !(reminders == core::ReminderSettings::load(m_settings))) {
        reminders.save(m_settings);
        emit remindersChanged(reminders);
    }

    const Theme theme = m_appearance->theme();
    if (theme != themeFromId(m_settings.value(themeSettingsKey()).toString())) {
        m_settings.setValue(themeSettingsKey(), toId(theme));
        emit themeChanged(theme);
    }
    const QString language = m_appearance->language();
    if (language != m_settings.value(Translations::settingsKey()).toString()) {
        m_settings.setValue(Translations::settingsKey(), language);
        emit languageChanged(language);
    }
    m_settings.sync();
    setModified(false);
}

} // namespace carrywell::ui
