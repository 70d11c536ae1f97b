#include "dialogs/ProfileDialog.h"

#include "dialogs/ProfileForm.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace carrywell::ui {

ProfileDialog::ProfileDialog(const core::ContentLibrary& library, const core::Profile& profile,
                             const QDate& today, QWidget* parent)
    : QDialog(parent), m_form(new ProfileForm(library, this)), m_today(today)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Your profile"));
    m_form->setProfile(profile, today);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("profileButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::Profile ProfileDialog::profile() const { return m_form->profile(m_today); }

} // namespace carrywell::ui
