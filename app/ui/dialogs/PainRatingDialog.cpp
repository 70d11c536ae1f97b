#include "dialogs/PainRatingDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

// -1 shows as "Not rated", so the question can be skipped with the keyboard.
QSpinBox* scoreBox(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setAccessibleDescription(
        PainRatingDialog::tr("0 no pain, 10 worst imaginable; below 0 leaves it unrated"));
    box->setRange(-1, 10);
    box->setSpecialValueText(PainRatingDialog::tr("Not rated"));
    box->setValue(-1);
    return box;
}

} // namespace

PainRatingDialog::PainRatingDialog(QWidget* parent)
    : QDialog(parent),
      m_before(scoreBox(this, QStringLiteral("painBeforeSpin"), tr("Pain before the session"))),
      m_after(scoreBox(this, QStringLiteral("painAfterSpin"), tr("Pain now")))
{
    setObjectName(QStringLiteral("painRatingDialog"));
    setWindowTitle(tr("How is your pain?"));
    auto* intro = new QLabel(tr("0 is no pain, 10 the worst you can imagine. Both are optional."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Before the session:"), m_before);
    form->addRow(tr("&Now:"), m_after);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Skip"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_after->setFocus();
}

std::optional<int> PainRatingDialog::before() const
{
    return m_before->value() < 0 ? std::nullopt : std::optional<int>(m_before->value());
}

std::optional<int> PainRatingDialog::after() const
{
    return m_after->value() < 0 ? std::nullopt : std::optional<int>(m_after->value());
}

void PainRatingDialog::setBefore(std::optional<int> score) { m_before->setValue(score.value_or(-1)); }
void PainRatingDialog::setAfter(std::optional<int> score) { m_after->setValue(score.value_or(-1)); }

} // namespace carrywell::ui
