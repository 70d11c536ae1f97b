#include "ui/settings/SettingsDialog.h"

#include "ui/settings/AppearanceSection.h"
#include "ui/settings/DataSection.h"
#include "ui/settings/ProfileForm.h"
#include "ui/settings/ReminderSection.h"
#include "ui/settings/SectionLayout.h"
#include "ui/settings/SoundSection.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace carrywell::ui {

SettingsDialog::SettingsDialog(const core::ContentLibrary& library, const SettingsStores& settings,
                               const QString& journalPath, core::Journal* journal,
                               const core::Clock& clock, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_clock(clock), m_sections(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_profile(new ProfileForm(library, this)),
      m_sound(new SoundSection(this)), m_reminders(new ReminderSection(this)),
      m_appearance(new AppearanceSection(this)),
      m_data(new DataSection(settings.folder, journalPath, journal, this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setUpSectionList();
    addSections();
    layOut();
    connectSignals();
    load();
    // Connected after load(): filling in the saved values is not a change.
    const auto modified = [this] { setModified(true); };
    connect(m_profile, &ProfileForm::changed, this, modified);
    connect(m_sound, &SoundSection::changed, this, modified);
    connect(m_reminders, &ReminderSection::changed, this, modified);
    connect(m_appearance, &AppearanceSection::changed, this, modified);
    m_sections->setCurrentRow(0);
    resize(sizeHint().expandedTo(QSize(760, 560)));
}

void SettingsDialog::setUpSectionList()
{
    m_sections->setObjectName(QStringLiteral("settingsSections"));
    m_sections->setAccessibleName(tr("Settings sections"));
    m_sections->setAccessibleDescription(tr("Choose which settings to show."));
    m_sections->setSpacing(3);
    m_sections->setFrameShape(QFrame::NoFrame);
}

void SettingsDialog::addSections()
{
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
}

void SettingsDialog::layOut()
{
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_sections);
    row->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_buttons);
}

void SettingsDialog::connectSignals()
{
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
    m_profile->setProfile(m_settings.profile.load(), m_clock.today());
    m_sound->setValues(m_settings.sound.load());
    m_reminders->setValues(m_settings.reminders.load(), m_settings.plan.load().sessionTime);
    const Appearance appearance = m_settings.appearance.load();
    m_appearance->setTheme(appearance.theme);
    m_appearance->setLanguage(appearance.language);
    setModified(false);
}

void SettingsDialog::setModified(bool modified)
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified);
}

void SettingsDialog::showSection(Section section)
{
    m_sections->setCurrentRow(static_cast<int>(section));
}

void SettingsDialog::apply()
{
    const core::Profile profile = m_profile->profile(m_clock.today());
    if (!(profile == m_settings.profile.load())) {
        m_settings.profile.save(profile);
        emit profileChanged();
    }

    const SoundSettings sound = m_sound->values();
    if (!(sound == m_settings.sound.load())) {
        m_settings.sound.save(sound);
        emit soundChanged();
    }

    core::PlanPreferences preferences = m_settings.plan.load();
    const core::ReminderSettings reminders = m_reminders->values();
    const bool timeChanged = preferences.sessionTime != m_reminders->sessionTime();
    if (timeChanged) {
        preferences.sessionTime = m_reminders->sessionTime();
        m_settings.plan.save(preferences);
    }
    if (timeChanged || !(reminders == m_settings.reminders.load())) {
        m_settings.reminders.save(reminders);
        emit remindersChanged(reminders);
    }

    const Appearance saved = m_settings.appearance.load();
    const Appearance chosen{m_appearance->theme(), m_appearance->language()};
    if (!(chosen == saved))
        m_settings.appearance.save(chosen);
    if (chosen.theme != saved.theme)
        emit themeChanged(chosen.theme);
    if (chosen.language != saved.language)
        emit languageChanged(chosen.language);
    setModified(false);
}

} // namespace carrywell::ui
