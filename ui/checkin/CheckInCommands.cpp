#include "ui/checkin/CheckInCommands.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"
#include "core/journal/Journal.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::ui::CheckInCommand);

namespace carrywell::ui {
namespace {

/// Adds `checkIn` back and records its new id.
core::Result<core::Done> addBack(CheckInEditContext& context, const core::CheckIn& checkIn)
{
    const core::Result<qint64> id = context.journal.addCheckIn(checkIn);
    if (!id)
        return core::Error{id.error()};
    context.moved(checkIn.id, id.value());
    return core::Done{};
}

core::CheckIn withCurrentId(const CheckInEditContext& context, core::CheckIn checkIn)
{
    checkIn.id = context.currentId(checkIn.id);
    return checkIn;
}

} // namespace

qint64 CheckInEditContext::currentId(qint64 id) const
{
    return ids.value(id, id);
}

void CheckInEditContext::moved(qint64 from, qint64 to)
{
    // Every alias that led to `from`'s current id now leads to `to`.
    const qint64 old = currentId(from);
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        if (it.value() == old)
            it.value() = to;
    }
    ids.insert(from, to);
}

CheckInCommand::CheckInCommand(CheckInEditContext& context, const QString& text)
    : QUndoCommand(text), m_context(context)
{
}

void CheckInCommand::redo()
{
    if (m_done) // written before the command was pushed
        return;
    const core::Result<core::Done> result = apply();
    if (!result) {
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(tr("Carrywell could not redo “%1”. %2").arg(text(), result.error()));
        return;
    }
    m_done = true;
}

void CheckInCommand::undo()
{
    const core::Result<core::Done> result = revert();
    if (!result) {
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(tr("Carrywell could not undo “%1”. %2").arg(text(), result.error()));
        return;
    }
    m_done = false;
}

AddCheckInCommand::AddCheckInCommand(CheckInEditContext& context, core::CheckIn added)
    : CheckInCommand(context, tr("new check-in of %1").arg(core::LocaleFormat::dateTime(added.at))),
      m_checkIn(std::move(added))
{
}

core::Result<core::Done> AddCheckInCommand::apply()
{
    return addBack(m_context, m_checkIn);
}

core::Result<core::Done> AddCheckInCommand::revert()
{
    return m_context.journal.removeCheckIn(m_context.currentId(m_checkIn.id));
}

EditCheckInCommand::EditCheckInCommand(CheckInEditContext& context, core::CheckIn before,
                                       core::CheckIn after)
    : CheckInCommand(
          context, tr("change to the check-in of %1").arg(core::LocaleFormat::dateTime(before.at))),
      m_before(std::move(before)), m_after(std::move(after))
{
    m_after.id = m_before.id;
}

core::Result<core::Done> EditCheckInCommand::apply()
{
    return m_context.journal.updateCheckIn(withCurrentId(m_context, m_after));
}

core::Result<core::Done> EditCheckInCommand::revert()
{
    return m_context.journal.updateCheckIn(withCurrentId(m_context, m_before));
}

DeleteCheckInCommand::DeleteCheckInCommand(CheckInEditContext& context, core::CheckIn removed)
    : CheckInCommand(
          context, tr("deleting the check-in of %1").arg(core::LocaleFormat::dateTime(removed.at))),
      m_checkIn(std::move(removed))
{
}

core::Result<core::Done> DeleteCheckInCommand::apply()
{
    return m_context.journal.removeCheckIn(m_context.currentId(m_checkIn.id));
}

core::Result<core::Done> DeleteCheckInCommand::revert()
{
    return addBack(m_context, m_checkIn);
}

} // namespace carrywell::ui
