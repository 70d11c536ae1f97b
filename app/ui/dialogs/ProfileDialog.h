#pragma once

#include "content/ContentLibrary.h"
#include "profile/Profile.h"

#include <QDialog>

namespace carrywell::ui {

class ProfileForm;

/// Edit the profile answered (or skipped) on first run.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(const core::ContentLibrary& library, const core::Profile& profile,
                  const QDate& today, QWidget* parent = nullptr);

    core::Profile profile() const;

private:
    ProfileForm* m_form;
    QDate m_today;
};

} // namespace carrywell::ui
