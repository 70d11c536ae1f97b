#include "ui/settings/ActivitiesEditor.h"

#include "core/profile/MyActivities.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace carrywell::ui {

ActivitiesEditor::ActivitiesEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("activitiesEditor"));
    auto* hint = new QLabel(tr("Name up to five everyday things that are hard now, in your own "
                               "words or from the list. Once a week Carrywell asks how well you "
                               "can do each, from 0 (not at all) to 10 (as well as before)."),
                            this);
    hint->setObjectName(QStringLiteral("activitiesHint"));
    hint->setWordWrap(true);

    auto* form = new QFormLayout;
    const QStringList suggestions = core::MyActivities::suggestions();
    for (int i = 0; i < core::MyActivities::maxCount; ++i) {
        auto* field = new QComboBox(this);
        field->setObjectName(QStringLiteral("activityField-%1").arg(i));
        field->setEditable(true);
        field->setInsertPolicy(QComboBox::NoInsert);
        field->addItems(suggestions);
        field->setCurrentIndex(-1);
        field->lineEdit()->setMaxLength(core::MyActivities::maxNameLength);
        field->lineEdit()->setPlaceholderText(
            i == 0 ? tr("For example: %1").arg(suggestions.first()) : tr("Optional"));
        field->lineEdit()->setClearButtonEnabled(true);
        field->setAccessibleName(tr("Activity %1").arg(i + 1));
        field->setAccessibleDescription(
            tr("An everyday activity that is hard now, in your words or from the list"));
        field->view()->setAccessibleName(tr("Suggestions"));
        field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        field->setMinimumContentsLength(24);
        connect(field, &QComboBox::currentTextChanged, this, &ActivitiesEditor::changed);
        form->addRow(tr("%1.").arg(i + 1), field);
        m_fields.append(field);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(form);
}

void ActivitiesEditor::setActivities(const QStringList& activities)
{
    const QStringList clean = core::MyActivities::cleaned(activities);
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        QComboBox* field = m_fields[i];
        const QSignalBlocker quiet(field);
        field->setCurrentIndex(-1);
        field->setEditText(i < clean.size() ? clean[i] : QString());
    }
}

QStringList ActivitiesEditor::activities() const
{
    QStringList names;
    for (const QComboBox* field : m_fields)
        names.append(field->currentText());
    return core::MyActivities::cleaned(names);
}

} // namespace carrywell::ui
