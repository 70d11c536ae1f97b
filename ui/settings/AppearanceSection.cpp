#include "ui/settings/AppearanceSection.h"

#include "ui/settings/SectionLayout.h"
#include "ui/settings/Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace carrywell::ui {

AppearanceSection::AppearanceSection(QWidget* parent)
    : QWidget(parent), m_theme(new QButtonGroup(this)), m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this))
{
    setObjectName(QStringLiteral("appearanceSection"));
    QVBoxLayout* themeBox = buildThemeChoices();
    setUpLanguage();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* themeLabel = new QLabel(tr("Theme:"), this);
    form->addRow(themeLabel, themeBox);
    auto* languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    SectionLayout::build(this, tr("Appearance"), tr("Colours and language of the window."), form);
    connectSignals();
}

QVBoxLayout* AppearanceSection::buildThemeChoices()
{
    const struct
    {
        Theme theme;
        QString text;
        QString description;
        const char* name;
    } themes[] = {
        {Theme::System, tr("&Same as my desktop"),
         tr("Carrywell follows the desktop's own colours."), "themeSystemRadio"},
        {Theme::Light, tr("&Light"), tr("Dark text on a light, warm background."),
         "themeLightRadio"},
        {Theme::Dark, tr("&Dark"),
         tr("Light text on a dark background, easier on tired eyes at night."), "themeDarkRadio"},
    };
    auto* themeBox = new QVBoxLayout;
    for (const auto& t : themes) {
        auto* radio = new QRadioButton(t.text, this);
        radio->setObjectName(QString::fromLatin1(t.name));
        radio->setAccessibleDescription(t.description);
        m_theme->addButton(radio, static_cast<int>(t.theme));
        themeBox->addWidget(radio);
    }
    return themeBox;
}

void AppearanceSection::setUpLanguage()
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of Carrywell's window. Exercise "
                                            "instructions stay in English."));
    const QString systemLanguage = Translations::pick(QLocale::system().uiLanguages());
    QString systemName;
    for (const Language& language : Translations::available()) {
        if (language.code == systemLanguage)
            systemName = language.nativeName;
    }
    m_language->addItem(tr("Same as my system (%1)").arg(systemName), QString());
    for (const Language& language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    // The form keeps fields at their size hint: give the note a readable line length.
    m_languageNote->setMinimumWidth(m_languageNote->fontMetrics().averageCharWidth() * 55);
    m_languageNote->setText(tr("Exercise instructions stay in English. A new language shows "
                               "after Carrywell restarts its window."));
}

void AppearanceSection::connectSignals()
{
    connect(m_theme, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            emit changed();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &AppearanceSection::changed);
}

void AppearanceSection::setTheme(Theme theme)
{
    const QSignalBlocker blocker(m_theme);
    if (QAbstractButton* button = m_theme->button(static_cast<int>(theme)))
        button->setChecked(true);
}

Theme AppearanceSection::theme() const
{
    const int id = m_theme->checkedId();
    return id < 0 ? Theme::System : static_cast<Theme>(id);
}

void AppearanceSection::setLanguage(const QString& code)
{
    const QSignalBlocker blocker(m_language);
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

QString AppearanceSection::language() const
{
    return m_language->currentData().toString();
}

} // namespace carrywell::ui
