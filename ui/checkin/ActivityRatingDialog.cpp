#include "ui/checkin/ActivityRatingDialog.h"

#include "ui/checkin/ActivityRatingsEditor.h"
#include "ui/widgets/PainColors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carrywell::ui {

ActivityRatingDialog::ActivityRatingDialog(const QStringList& activities, const QDateTime& now,
                                           QWidget* parent)
    : QDialog(parent), m_now(now), m_editor(new ActivityRatingsEditor(activities, 1, this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("activityRatingDialog"));
    setWindowTitle(tr("Your activities this week"));
    m_problem->setObjectName(QStringLiteral("activityRatingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, PainColors::problemText(warn));
    m_problem->setPalette(warn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveActivityRatingsButton"));
    m_save->setDefault(true);
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &ActivityRatingsEditor::changed, this,
            [this] { m_save->setEnabled(m_editor->anyRated()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ActivityRatingDialog::accept()
{
    const QList<core::ActivityRating> ratings = m_editor->ratings(m_now);
    if (ratings.isEmpty())
        return;
    if (m_saver) {
        const QString problem = m_saver(ratings);
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace carrywell::ui
