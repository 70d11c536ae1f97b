#include "ui/settings/FirstRunWizard.h"

#include "ui/settings/ActivitiesEditor.h"
#include "ui/settings/ProfileForm.h"

#include <QAbstractButton>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace carrywell::ui {

FirstRunWizard::FirstRunWizard(const core::ContentLibrary& library, const QDate& today,
                               QWidget* parent)
    : QWizard(parent),
      m_form(new ProfileForm(library, nullptr, ProfileForm::Activities::Elsewhere)),
      m_activities(new ActivitiesEditor), m_today(today)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Carrywell"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::NoCancelButton); // "Skip for now" says it better
    setButtonText(QWizard::CustomButton1, tr("Skip for now"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("skipButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("doneButton"));
    setButtonText(QWizard::NextButton, tr("I understand"));
    setButtonText(QWizard::FinishButton, tr("Done"));

    auto* welcome = new QWizardPage(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    welcome->setTitle(tr("Before you start"));
    auto* note = new QLabel(
        tr("<p>Carrywell shows gentle exercises and everyday habits that many people find "
           "helpful for back pain after pregnancy. It keeps a private journal on this "
           "computer only.</p>"
           "<p><b>It is not medical advice</b> and does not replace your midwife, doctor or "
           "physiotherapist. Move within what feels comfortable.</p>"
           "<p>Stop and get help if you have severe or worsening pain, numbness, leaking or "
           "heaviness in the pelvis, fever, heavier bleeding, or pain at a caesarean scar. "
           "Every exercise lists its own warning signs.</p>"),
        welcome);
    note->setObjectName(QStringLiteral("disclaimerText"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    auto* welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(note);

    setPage(WelcomePage, welcome);
    setPage(ProfilePage, buildQuestionsPage());
    setPage(ActivitiesPage, buildActivitiesPage());

    // "Skip" on the first page still counts as having seen the notice.
    connect(this, &QWizard::customButtonClicked, this, [this] {
        m_answered = false;
        accept();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setButtonText(QWizard::NextButton, id == WelcomePage ? tr("I understand") : tr("Next"));
    });
    connect(button(QWizard::FinishButton), &QAbstractButton::clicked, this,
            [this] { m_answered = true; });
}

QWizardPage* FirstRunWizard::buildQuestionsPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("profilePage"));
    page->setTitle(tr("A few optional questions"));
    page->setSubTitle(tr("Answers help suggest exercises that suit you now. You can change "
                         "them any time in File ▸ Settings ▸ Profile."));
    // Every question is optional: Done is offered here already, Next leads on
    // to her activities.
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_form);
    return page;
}

QWizardPage* FirstRunWizard::buildActivitiesPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("activitiesPage"));
    page->setTitle(tr("What is hard right now? (optional)"));
    page->setSubTitle(tr("Seeing these get easier is often the clearest sign of progress, and a "
                         "report for your physiotherapist can show it."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_activities);
    layout->addStretch(1);
    return page;
}

core::Profile FirstRunWizard::profile() const
{
    if (!m_answered)
        return {};
    core::Profile profile = m_form->profile(m_today);
    profile.activities = m_activities->activities();
    return profile;
}

} // namespace carrywell::ui
