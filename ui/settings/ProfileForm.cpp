#include "ui/settings/ProfileForm.h"

#include "ui/settings/ActivitiesEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

// Long enough for any name and title; the line edit stops there.
constexpr int kMaxNameLength = 120;

QGridLayout* twoColumns(QGroupBox* group)
{
    return new QGridLayout(group);
}

} // namespace

ProfileForm::ProfileForm(const core::ContentLibrary& library, QWidget* parent,
                         Activities activities)
    : QWidget(parent), m_weeksKnown(new QCheckBox(tr("Weeks since the birth:"), this)),
      m_weeks(new QSpinBox(this)), m_birthType(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("profileForm"));
    QHBoxLayout* weeksRow = buildWeeksRow();
    QGroupBox* birth = buildBirthGroup();
    QGroupBox* equipment = buildEquipmentGroup();
    QGroupBox* hurts = buildSymptomsGroup(library);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(weeksRow);
    layout->addWidget(birth);
    layout->addWidget(m_diastasis);
    layout->addWidget(equipment);
    layout->addWidget(hurts);
    if (activities == Activities::Included) {
        layout->addWidget(buildActivitiesGroup());
        layout->addWidget(buildNameGroup());
    }
    connectSignals();
}

QGroupBox* ProfileForm::buildActivitiesGroup()
{
    auto* group = new QGroupBox(tr("Everyday activities that are hard now (optional)"), this);
    group->setObjectName(QStringLiteral("profileActivitiesGroup"));
    m_activities = new ActivitiesEditor(group);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_activities);
    connect(m_activities, &ActivitiesEditor::changed, this, &ProfileForm::changed);
    return group;
}

QGroupBox* ProfileForm::buildNameGroup()
{
    auto* group = new QGroupBox(tr("Name for your clinic (optional)"), this);
    group->setObjectName(QStringLiteral("profileNameGroup"));
    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setMaxLength(kMaxNameLength);
    m_name->setClearButtonEnabled(true);
    m_name->setAccessibleName(tr("Name for your clinic"));
    const QString hint =
        tr("Only put in the file you export for a clinic (FHIR). Leave empty to stay anonymous.");
    m_name->setAccessibleDescription(hint);
    auto* note = new QLabel(hint, group);
    note->setObjectName(QStringLiteral("profileNameHint"));
    note->setWordWrap(true);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_name);
    groupLayout->addWidget(note);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileForm::changed);
    return group;
}

QHBoxLayout* ProfileForm::buildWeeksRow()
{
    m_weeksKnown->setObjectName(QStringLiteral("weeksKnownCheck"));
    m_weeks->setObjectName(QStringLiteral("weeksSpin"));
    m_weeks->setAccessibleName(tr("Weeks since the birth"));
    m_weeks->setAccessibleDescription(tr("Exercises are suggested to suit this stage of recovery"));
    m_weeks->setRange(0, 156);
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setEnabled(false);

    auto* weeksRow = new QHBoxLayout;
    weeksRow->addWidget(m_weeksKnown);
    weeksRow->addWidget(m_weeks);
    weeksRow->addStretch(1);
    return weeksRow;
}

QGroupBox* ProfileForm::buildBirthGroup()
{
    auto* birth = new QGroupBox(tr("How was the birth?"), this);
    birth->setObjectName(QStringLiteral("birthTypeGroup"));
    auto* birthLayout = new QHBoxLayout(birth);
    const QList<QPair<core::BirthType, QString>> types{
        {core::BirthType::Vaginal, tr("Vaginal birth")},
        {core::BirthType::Caesarean, tr("Caesarean birth")},
        {core::BirthType::Unknown, tr("Rather not say")}};
    for (const auto& [type, label] : types) {
        auto* button = new QRadioButton(label, birth);
        button->setObjectName(QStringLiteral("birthType-") + core::toId(type));
        m_birthType->addButton(button, static_cast<int>(type));
        birthLayout->addWidget(button);
    }
    m_birthType->button(static_cast<int>(core::BirthType::Unknown))->setChecked(true);
    m_diastasis = new QCheckBox(tr("My belly muscles have a gap (diastasis)"), birth);
    m_diastasis->setObjectName(QStringLiteral("profileDiastasis"));
    m_diastasis->setToolTip(tr("Core exercises then show how to change them for the gap; see "
                               "Learn ▸ Your recovery for how to check."));
    return birth;
}

QGroupBox* ProfileForm::buildEquipmentGroup()
{
    auto* equipment = new QGroupBox(tr("What do you have at home?"), this);
    equipment->setObjectName(QStringLiteral("profileEquipmentGroup"));
    QGridLayout* equipmentGrid = twoColumns(equipment);
    int i = 0;
    for (const core::Equipment item : core::boughtEquipment()) {
        auto* box = new QCheckBox(core::displayName(item), equipment);
        box->setObjectName(QStringLiteral("profileEquipment-") + core::toId(item));
        box->setProperty("id", core::toId(item));
        m_equipment.append(box);
        equipmentGrid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    return equipment;
}

QGroupBox* ProfileForm::buildSymptomsGroup(const core::ContentLibrary& library)
{
    auto* hurts = new QGroupBox(tr("What bothers you most?"), this);
    hurts->setObjectName(QStringLiteral("profileSymptomsGroup"));
    QGridLayout* hurtsGrid = twoColumns(hurts);
    int i = 0;
    for (const core::Symptom& symptom : library.symptoms()) {
        auto* box = new QCheckBox(symptom.name, hurts);
        box->setObjectName(QStringLiteral("profileSymptom-") + symptom.id);
        box->setProperty("id", symptom.id);
        box->setToolTip(symptom.description);
        m_symptoms.append(box);
        hurtsGrid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    return hurts;
}

void ProfileForm::connectSignals()
{
    connect(m_weeksKnown, &QCheckBox::toggled, m_weeks, &QWidget::setEnabled);
    connect(m_weeksKnown, &QCheckBox::toggled, this, &ProfileForm::changed);
    connect(m_weeks, &QSpinBox::valueChanged, this, &ProfileForm::changed);
    connect(m_birthType, &QButtonGroup::idToggled, this, &ProfileForm::changed);
    connect(m_diastasis, &QCheckBox::toggled, this, &ProfileForm::changed);
    for (QCheckBox* box : m_equipment + m_symptoms)
        connect(box, &QCheckBox::toggled, this, &ProfileForm::changed);
}

void ProfileForm::setProfile(const core::Profile& profile, const QDate& today)
{
    const std::optional<int> weeks = profile.weeksSinceBirth(today);
    m_weeksKnown->setChecked(weeks.has_value());
    m_weeks->setValue(weeks.value_or(0));
    m_birthType->button(static_cast<int>(profile.birthType))->setChecked(true);
    m_diastasis->setChecked(profile.diastasis);
    for (QCheckBox* box : m_equipment) {
        const auto item = core::fromId<core::Equipment>(box->property("id").toString());
        box->setChecked(item && profile.equipment.contains(*item));
    }
    for (QCheckBox* box : m_symptoms)
        box->setChecked(profile.symptomIds.contains(box->property("id").toString()));
    m_keptActivities = profile.activities;
    if (m_activities)
        m_activities->setActivities(profile.activities);
    m_keptName = profile.name;
    if (m_name)
        m_name->setText(profile.name);
}

core::Profile ProfileForm::profile(const QDate& today) const
{
    core::Profile profile;
    if (m_weeksKnown->isChecked())
        profile.setWeeksSinceBirth(m_weeks->value(), today);
    profile.birthType = static_cast<core::BirthType>(m_birthType->checkedId());
    profile.diastasis = m_diastasis->isChecked();
    for (const QCheckBox* box : m_equipment) {
        if (box->isChecked()) {
            if (const auto item = core::fromId<core::Equipment>(box->property("id").toString()))
                profile.equipment.append(*item);
        }
    }
    for (const QCheckBox* box : m_symptoms) {
        if (box->isChecked())
            profile.symptomIds.append(box->property("id").toString());
    }
    profile.activities = m_activities ? m_activities->activities() : m_keptActivities;
    profile.name = m_name ? m_name->text().simplified() : m_keptName;
    return profile;
}

} // namespace carrywell::ui
