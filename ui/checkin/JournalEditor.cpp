#include "ui/checkin/JournalEditor.h"

#include "core/journal/Journal.h"

#include <QUndoStack>

namespace carrywell::ui {

JournalEditor::JournalEditor(core::Journal& journal, QObject* parent)
    : QObject(parent), m_context{journal, {}, {}}, m_stack(std::make_unique<QUndoStack>())
{
    m_stack->setObjectName(QStringLiteral("journalUndoStack"));
    m_context.failed = [this](const QString& message) { emit failed(message); };
}

JournalEditor::~JournalEditor() = default;

core::Result<qint64> JournalEditor::add(const core::CheckIn& checkIn)
{
    const core::Result<qint64> id = m_context.journal.addCheckIn(checkIn);
    if (!id)
        return id;
    core::CheckIn saved = core::normalized(checkIn);
    saved.id = id.value();
    if (!saved.at.isValid())
        saved.at = m_context.journal.clock().now();
    m_stack->push(new AddCheckInCommand(m_context, saved));
    return id;
}

core::Result<core::Done> JournalEditor::edit(const core::CheckIn& before,
                                             const core::CheckIn& after)
{
    core::CheckIn changed = after;
    changed.id = before.id;
    if (core::normalized(changed) == core::normalized(before))
        return core::Done{};
    const core::Result<core::Done> saved = m_context.journal.updateCheckIn(changed);
    if (!saved)
        return saved;
    m_stack->push(new EditCheckInCommand(m_context, before, changed));
    return saved;
}

core::Result<core::Done> JournalEditor::remove(const core::CheckIn& checkIn)
{
    const core::Result<core::Done> removed = m_context.journal.removeCheckIn(checkIn.id);
    if (!removed)
        return removed;
    m_stack->push(new DeleteCheckInCommand(m_context, checkIn));
    return removed;
}

} // namespace carrywell::ui
