#include "ui/library/LibraryFilterPanel.h"

#include "core/content/RuleBook.h"
#include "ui/widgets/BodyMapWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

constexpr int kRegionRole = Qt::UserRole + 1;

} // namespace

LibraryFilterPanel::LibraryFilterPanel(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library), m_bodyMap(new BodyMapWidget(this)),
      m_regionList(new QListWidget(this)), m_symptom(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_equipmentGroup(new QGroupBox(tr("Only what I have at hand"), this)),
      m_suitable(new QCheckBox(tr("Suitable for me now"), this)),
      m_clear(new QPushButton(tr("Clear filters"), this))
{
    setObjectName(QStringLiteral("libraryFilters"));
    setUpBodyMap();
    QLabel* where = buildHeading();
    buildRegionList();
    setUpChoices();
    buildEquipmentGroup();
    m_suitable->setObjectName(QStringLiteral("suitableFilter"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    QLayout* form = buildForm();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_bodyMap, 1);
    layout->addWidget(m_regionList);
    layout->addLayout(form);
    layout->addWidget(m_equipmentGroup);
    layout->addWidget(m_suitable);
    layout->addWidget(m_clear, 0, Qt::AlignLeft);
    layout->addStretch(0);

    connectSignals();
}

void LibraryFilterPanel::setUpBodyMap()
{
    QHash<core::Region, QString> names;
    for (const core::RegionInfo& info : m_library.regions())
        names.insert(info.region, info.name);
    m_bodyMap->setRegionNames(names);
    // The map is how most people start: on a tall screen it takes the room
    // left in the column.
    m_bodyMap->setGrowsWithSpace(true);
}

QLabel* LibraryFilterPanel::buildHeading()
{
    auto* where = new QLabel(tr("Where does it hurt?"), this);
    where->setObjectName(QStringLiteral("bodyMapHeading"));
    QFont heading = where->font();
    heading.setBold(true);
    where->setFont(heading);
    return where;
}

void LibraryFilterPanel::setUpChoices()
{
    m_symptom->setObjectName(QStringLiteral("symptomFilter"));
    m_symptom->setAccessibleName(tr("What hurts"));
    m_symptom->setAccessibleDescription(tr("Shows the exercises that help with this"));
    m_symptom->addItem(tr("Anything"), QString());
    for (const core::Symptom& symptom : m_library.symptoms())
        m_symptom->addItem(symptom.name, symptom.id);

    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Kind of exercise"));
    m_category->setAccessibleDescription(tr("Shows only this kind of exercise"));
    m_category->addItem(tr("Any kind"), QString());
    for (const core::Category category : core::allValues<core::Category>())
        m_category->addItem(core::displayName(category), core::toId(category));
}

void LibraryFilterPanel::buildEquipmentGroup()
{
    m_equipmentGroup->setObjectName(QStringLiteral("equipmentFilter"));
    m_equipmentGroup->setAccessibleName(tr("Only what I have at hand"));
    m_equipmentGroup->setCheckable(true);
    m_equipmentGroup->setChecked(false);
    auto* grid = new QGridLayout(m_equipmentGroup);
    int i = 0;
    for (const core::Equipment item : core::boughtEquipment()) {
        auto* box = new QCheckBox(core::displayName(item), m_equipmentGroup);
        box->setObjectName(QStringLiteral("equipment-") + core::toId(item));
        box->setProperty("equipment", core::toId(item));
        m_equipment.append(box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
        connect(box, &QCheckBox::toggled, this, &LibraryFilterPanel::changed);
    }
}

QLayout* LibraryFilterPanel::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* symptomLabel = new QLabel(tr("&What hurts"), this);
    symptomLabel->setBuddy(m_symptom);
    auto* categoryLabel = new QLabel(tr("&Kind"), this);
    categoryLabel->setBuddy(m_category);
    form->addRow(symptomLabel, m_symptom);
    form->addRow(categoryLabel, m_category);
    return form;
}

void LibraryFilterPanel::connectSignals()
{
    connect(m_bodyMap, &BodyMapWidget::regionClicked, this,
            [this](std::optional<core::Region> region) { setRegion(region); });
    connect(m_regionList, &QListWidget::currentRowChanged, this,
            &LibraryFilterPanel::onRegionListChanged);
    connect(m_symptom, &QComboBox::currentIndexChanged, this, &LibraryFilterPanel::changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LibraryFilterPanel::changed);
    connect(m_equipmentGroup, &QGroupBox::toggled, this, &LibraryFilterPanel::changed);
    connect(m_suitable, &QCheckBox::toggled, this, &LibraryFilterPanel::changed);
    connect(m_clear, &QPushButton::clicked, this, &LibraryFilterPanel::clear);
}

void LibraryFilterPanel::buildRegionList()
{
    m_regionList->setObjectName(QStringLiteral("regionList"));
    m_regionList->setAccessibleName(tr("Body regions"));
    auto* all =
        new QListWidgetItem(tr("All regions (%1)").arg(m_library.exercises().size()), m_regionList);
    all->setData(kRegionRole, QString());
    for (const core::RegionInfo& info : m_library.regions()) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(info.name).arg(m_library.exercisesFor(info.region).size()),
            m_regionList);
        item->setData(kRegionRole, info.id());
        item->setToolTip(info.description);
    }
    m_regionList->setCurrentRow(0);
    // Show every row without scrolling.
    const int rows = m_regionList->count();
    m_regionList->setFixedHeight(m_regionList->sizeHintForRow(0) * rows +
                                 2 * m_regionList->frameWidth() + 2);
}

void LibraryFilterPanel::onRegionListChanged()
{
    if (m_updating)
        return;
    const QListWidgetItem* item = m_regionList->currentItem();
    const QString id = item ? item->data(kRegionRole).toString() : QString();
    setRegion(id.isEmpty() ? std::nullopt : core::fromId<core::Region>(id));
}

void LibraryFilterPanel::setRegion(std::optional<core::Region> region)
{
    if (region == m_region)
        return;
    m_region = region;
    m_updating = true;
    m_bodyMap->setSelectedRegion(region);
    for (int row = 0; row < m_regionList->count(); ++row) {
        const QString id = m_regionList->item(row)->data(kRegionRole).toString();
        if ((region && id == core::toId(*region)) || (!region && id.isEmpty()))
            m_regionList->setCurrentRow(row);
    }
    m_updating = false;
    emit changed();
}

void LibraryFilterPanel::setProfile(const core::Profile& profile, const QDate& today)
{
    m_weeks = profile.weeksSinceBirth(today);
    m_birthType = profile.birthType;
    m_diastasis = profile.diastasis;
    m_pelvicGirdlePain = profile.symptomIds.contains(core::pelvicGirdlePainSymptomId());
    for (QCheckBox* box : m_equipment) {
        const auto item = core::fromId<core::Equipment>(box->property("equipment").toString());
        box->setChecked(item && profile.equipment.contains(*item));
    }
    m_suitable->setEnabled(m_weeks.has_value());
    if (!m_weeks) {
        m_suitable->setChecked(false);
        m_suitable->setToolTip(tr("Add how many weeks it is since the birth in your profile "
                                  "(File ▸ Settings ▸ Profile) to use this."));
    } else {
        m_suitable->setToolTip(
            m_birthType == core::BirthType::Caesarean || m_birthType == core::BirthType::Unknown
                ? tr("Exercises usually fine %1 weeks after a caesarean birth.").arg(*m_weeks)
                : tr("Exercises usually fine %1 weeks after birth.").arg(*m_weeks));
    }
    m_suitable->setAccessibleDescription(m_suitable->toolTip());
    emit changed();
}

void LibraryFilterPanel::clear()
{
    const QSignalBlocker blockSymptom(m_symptom);
    const QSignalBlocker blockCategory(m_category);
    const QSignalBlocker blockEquipment(m_equipmentGroup);
    const QSignalBlocker blockSuitable(m_suitable);
    m_symptom->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_equipmentGroup->setChecked(false);
    m_suitable->setChecked(false);
    m_region = core::Region::Neck; // force setRegion to update and emit
    setRegion(std::nullopt);
}

core::ExerciseFilter LibraryFilterPanel::filter() const
{
    core::ExerciseFilter filter;
    filter.region = m_region;
    filter.symptomId = m_symptom->currentData().toString();
    const QString category = m_category->currentData().toString();
    if (!category.isEmpty())
        filter.category = core::fromId<core::Category>(category);
    if (m_equipmentGroup->isChecked()) {
        QList<core::Equipment> atHand;
        for (const QCheckBox* box : m_equipment) {
            if (box->isChecked()) {
                if (const auto item =
                        core::fromId<core::Equipment>(box->property("equipment").toString()))
                    atHand.append(*item);
            }
        }
        filter.equipmentAtHand = atHand;
    }
    if (m_suitable->isChecked() && m_weeks) {
        filter.weeksSinceBirth = m_weeks;
        filter.birthType = m_birthType;
        filter.diastasis = m_diastasis;
        filter.pelvicGirdlePain = m_pelvicGirdlePain;
    }
    return filter;
}

} // namespace carrywell::ui
