#include "ui/session/SuitabilityGate.h"

#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

CARRYWELL_TR_CONTEXT(carrywell::ui::SuitabilityGate);

namespace carrywell::ui {
namespace {

QString why(const core::Suitability& fit, const QString& name)
{
    if (fit.fit == core::Suitability::Fit::Avoid) {
        const QString leftForNow =
            fit.avoidedFor == core::Suitability::Condition::PelvicGirdlePain
                ? tr("With pelvic girdle pain, “%1” is best left for now. %2")
                : tr("With a gap between your belly muscles, “%1” is best left for now. %2");
        return leftForNow.arg(name, fit.note);
    }
    return tr("“%1” usually suits from week %2 after your kind of birth.")
        .arg(name)
        .arg(fit.fromWeek);
}

/// Whether to ask at all: a week cannot be judged without knowing the weeks
/// since the birth (the card shows them instead); a condition always can.
bool needsAsking(const core::Suitability& fit, const core::SuitabilityProfile& profile)
{
    if (fit.suits())
        return false;
    return fit.fit == core::Suitability::Fit::Avoid || profile.weeksSinceBirth.has_value();
}

} // namespace

const core::Routine* SuitabilityGate::routine(QWidget* parent, const core::Routine& routine,
                                              const core::ContentLibrary& library,
                                              const core::SuitabilityProfile& profile)
{
    const core::Suitability fit = core::RuleBook::forRoutine(routine, library, profile);
    if (!needsAsking(fit, profile))
        return &routine;
    const core::Routine* nearest = core::RuleBook::nearestSuitable(routine, library, profile);
    QMessageBox box(QMessageBox::Question, tr("Not yet for you"),
                    tr("“%1” does not suit you yet.").arg(routine.name), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("notYetBox"));
    const core::Exercise* decider = library.exercise(fit.exerciseId);
    box.setInformativeText(why(fit, decider ? decider->name : fit.exerciseId) + QLatin1Char(' ') +
                           tr("Start it only if your midwife, doctor or physiotherapist has "
                              "cleared you for it."));
    QPushButton* instead =
        nearest ? box.addButton(tr("Start “%1”").arg(nearest->name), QMessageBox::AcceptRole)
                : nullptr;
    QPushButton* cleared = box.addButton(tr("My clinician cleared me"), QMessageBox::YesRole);
    cleared->setObjectName(QStringLiteral("clinicianClearedButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(instead ? instead : cancel);
    box.exec();
    if (instead && box.clickedButton() == instead)
        return nearest;
    return box.clickedButton() == cleared ? &routine : nullptr;
}

bool SuitabilityGate::exercise(QWidget* parent, const core::Exercise& exercise,
                               const core::SuitabilityProfile& profile)
{
    const core::Suitability fit = core::RuleBook::forExercise(exercise, profile);
    if (!needsAsking(fit, profile))
        return true;
    QMessageBox box(QMessageBox::Question, tr("Not yet for you"),
                    tr("“%1” does not suit you yet.").arg(exercise.name), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("notYetBox"));
    box.setInformativeText(
        why(fit, exercise.name) + QLatin1Char(' ') +
        tr("Start it only if your midwife, doctor or physiotherapist has cleared you for it."));
    QPushButton* cleared = box.addButton(tr("My clinician cleared me"), QMessageBox::YesRole);
    cleared->setObjectName(QStringLiteral("clinicianClearedButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == cleared;
}

} // namespace carrywell::ui
