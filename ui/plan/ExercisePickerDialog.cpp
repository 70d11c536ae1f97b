#include "ui/plan/ExercisePickerDialog.h"

#include "core/content/ExerciseSearch.h"
#include "core/plan/PlanRules.h"
#include "ui/library/ExerciseListModel.h"
#include "ui/widgets/ExerciseItemDelegate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace carrywell::ui {

ExercisePickerDialog::ExercisePickerDialog(const core::ContentLibrary& library,
                                           std::optional<core::PlanRequest> request,
                                           std::optional<core::PlanStage> stage,
                                           const QStringList& exclude, const QString& title,
                                           const QString& acceptText, QWidget* parent)
    : QDialog(parent), m_library(library), m_request(std::move(request)), m_stage(stage),
      m_exclude(exclude), m_search(new QLineEdit(this)),
      m_suitableOnly(new QCheckBox(tr("Only what suits me now"), this)),
      m_list(new QListView(this)), m_empty(new QLabel(this)),
      m_model(new ExerciseListModel(library, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exercisePicker"));
    setWindowTitle(title);
    resize(560, 560);

    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Search by name, body part or symptom"));
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_suitableOnly->setObjectName(QStringLiteral("pickerSuitableOnly"));
    m_suitableOnly->setToolTip(tr("Leaves out exercises that come later after the birth, need "
                                  "equipment you do not have, or carry a caution for you."));
    m_suitableOnly->setChecked(m_request.has_value());
    m_suitableOnly->setEnabled(m_request.has_value());

    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setAccessibleName(tr("Exercises to choose from"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ExerciseItemDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_model->setThumbnailStyle(ExerciseItemDelegate::thumbnailSize(), devicePixelRatioF(),
                               palette().color(QPalette::Base).lightness() < 128);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, [this] {
        if (chosen())
            accept();
    });
    connect(m_search, &QLineEdit::textChanged, this, &ExercisePickerDialog::refilter);
    connect(m_suitableOnly, &QCheckBox::toggled, this, &ExercisePickerDialog::refilter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_suitableOnly);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_buttons);
    refilter();
    m_search->setFocus();
}

void ExercisePickerDialog::refilter()
{
    const QString id = chosen() ? chosen()->id : QString();
    QList<const core::Exercise*> shown;
    for (const core::Exercise& exercise : m_library.exercises()) {
        const QList<core::PlanStage> stages = core::PlanRules::stagesFor(exercise.category);
        if (stages.isEmpty() || m_exclude.contains(exercise.id))
            continue;
        if (m_stage && !stages.contains(*m_stage))
            continue;
        if (m_suitableOnly->isChecked() && m_request &&
            !core::PlanRules::allowed(exercise, *m_request))
            continue;
        shown.append(&exercise);
    }
    shown = core::ExerciseSearch(m_library).rank(shown, m_search->text());
    m_model->setExercises(shown);
    m_list->setVisible(!shown.isEmpty());
    m_empty->setVisible(shown.isEmpty());
    // Says what emptied the list, and the one thing that would refill it.
    if (!m_search->text().trimmed().isEmpty())
        m_empty->setText(tr("No exercise matches “%1”. Try another word, or clear the search.")
                             .arg(m_search->text().trimmed()));
    else if (m_suitableOnly->isChecked())
        m_empty->setText(tr("Nothing else suits you now for this part of the day (weeks since "
                            "the birth, the kind of birth and the equipment you have). Untick "
                            "“Only what suits me now” to see everything."));
    else
        m_empty->setText(tr("No other exercise belongs in this part of the day."));
    if (!select(id) && !shown.isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!shown.isEmpty());
}

const core::Exercise* ExercisePickerDialog::chosen() const
{
    return m_model->exerciseAt(m_list->currentIndex());
}

bool ExercisePickerDialog::select(const QString& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->exercises().at(row)->id == id) {
            m_list->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return false;
}

int ExercisePickerDialog::shownCount() const
{
    return m_model->rowCount();
}

} // namespace carrywell::ui
