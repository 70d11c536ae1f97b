#pragma once

#include "core/content/ContentLibrary.h"
#include "core/profile/Profile.h"

#include <QWizard>

class QWizardPage;

namespace carrywell::ui {

class ActivitiesEditor;
class ProfileForm;

/// Shown once: a one-screen note that Carrywell is not medical advice, then
/// a few optional questions and the everyday activities that are hard now. "Skip" keeps everything
/// unanswered.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    FirstRunWizard(const core::ContentLibrary& library, const QDate& today,
                   QWidget* parent = nullptr);

    core::Profile profile() const;
    /// True when the questions were answered rather than skipped.
    bool answered() const { return m_answered; }

    enum PageId
    {
        WelcomePage,
        ProfilePage,
        ActivitiesPage,
    };

private:
    /// The profile's questions; Done already ends the wizard here.
    QWizardPage* buildQuestionsPage();
    /// The everyday activities that are hard now, on a page of their own.
    QWizardPage* buildActivitiesPage();

    ProfileForm* m_form;
    ActivitiesEditor* m_activities;
    QDate m_today;
    bool m_answered = false;
};

} // namespace carrywell::ui
