#include "ui/journal/JournalActions.h"

#include "core/journal/Journal.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/RatingPrompt.h"
#include "ui/checkin/ActivityRatingDialog.h"
#include "ui/checkin/CheckInDialog.h"
#include "ui/checkin/JournalEditor.h"
#include "ui/journal/JournalFileActions.h"
#include "ui/journal/JournalText.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace carrywell::ui {

JournalActions::JournalActions(core::Journal& journal, const core::ContentLibrary& library,
                               const core::Clock& clock, QWidget* window)
    : QObject(window), m_journal(journal), m_clock(clock), m_window(window),
      m_regionNames(JournalText::regionNames(library)), m_editor(new JournalEditor(journal, this)),
      m_files(new JournalFileActions(journal, m_regionNames, clock, window))
{
    m_newCheckIn = new QAction(tr("&New check-in…"), this);
    m_newCheckIn->setObjectName(QStringLiteral("newCheckInAction"));
    m_newCheckIn->setShortcut(QKeySequence::New);
    connect(m_newCheckIn, &QAction::triggered, this, &JournalActions::newCheckIn);

    QUndoStack* stack = m_editor->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoCheckInAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoCheckInAction"));
    m_redo->setShortcuts(QKeySequence::Redo);
    // Only on the Journal page: elsewhere Ctrl+Z belongs to the field being typed in.
    for (QAction* action : {m_undo, m_redo})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Ctrl+P makes the physio report on the Journal page; on the Plan page it prints the plan.
    m_files->reportAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_files, &JournalFileActions::statusMessage, this, &JournalActions::statusMessage);
}

JournalActions::~JournalActions() = default;

QList<QAction*> JournalActions::fileMenuActions() const
{
    return {m_newCheckIn, m_files->exportMenu()->menuAction(), m_files->importAction(),
            m_files->reportAction()};
}

void JournalActions::newCheckIn()
{
    auto* dialog = new CheckInDialog(m_regionNames, m_clock.now(), m_window->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (ratingDue()) {
        dialog->askAboutActivities(activities());
        dialog->setRatingsSaver(
            [this](const QList<core::ActivityRating>& ratings) { return saveRatings(ratings); });
    }
    dialog->setSaver([this](const core::CheckIn& checkIn) {
        const core::Result<qint64> saved = m_editor->add(checkIn);
        if (!saved)
            return saved.error();
        emit statusMessage(tr("Check-in saved: %1 (%2).")
                               .arg(checkIn.overall)
                               .arg(JournalText::painWord(checkIn.overall)));
        emit checkInAdded();
        return QString();
    });
    dialog->open();
}

} // namespace carrywell::ui

namespace carrywell::ui {

void JournalActions::setProfileStore(const core::ProfileStore& store)
{
    m_profile = store;
    m_files->setProfile([this] { return m_profile ? m_profile->load() : core::Profile{}; });
    emit ratingPromptChanged();
}

QStringList JournalActions::activities() const
{
    return m_profile ? m_profile->load().activities : QStringList{};
}

bool JournalActions::ratingDue() const
{
    const QStringList mine = activities();
    if (mine.isEmpty())
        return false;
    const core::Result<QList<core::ActivityRating>> ratings =
        core::JournalHistory(m_journal).allActivityRatings();
    // A journal that cannot be read now is no reason to ask.
    if (!ratings)
        return false;
    std::optional<QDate> lastRated;
    if (!ratings->isEmpty())
        lastRated = ratings->last().ratedAt.date();
    return core::RatingPrompt::isDue(mine, lastRated, m_profile->activityPromptDismissedOn(),
                                     m_clock.today());
}

void JournalActions::rateActivities()
{
    const QStringList mine = activities();
    if (mine.isEmpty())
        return;
    auto* dialog = new ActivityRatingDialog(mine, m_clock.now(), m_window->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver(
        [this](const QList<core::ActivityRating>& ratings) { return saveRatings(ratings); });
    dialog->open();
}

void JournalActions::dismissRatingPrompt()
{
    if (!m_profile)
        return;
    m_profile->setActivityPromptDismissedOn(m_clock.today());
    emit ratingPromptChanged();
}

QString JournalActions::saveRatings(const QList<core::ActivityRating>& ratings)
{
    const core::Result<core::Done> saved = m_journal.addActivityRatings(ratings);
    if (!saved)
        return saved.error();
    emit statusMessage(
        ratings.size() == 1
            ? tr("Saved the rating of “%1”.").arg(ratings.first().activity)
            : tr("Saved the ratings of %n activities.", nullptr, int(ratings.size())));
    emit ratingPromptChanged();
    return QString();
}

} // namespace carrywell::ui
