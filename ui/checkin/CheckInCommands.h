#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/journal/CheckIn.h"

#include <QHash>
#include <QUndoCommand>
#include <functional>

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

/// What the check-in commands share. A check-in brought back by undo gets a
/// new id from the journal; `ids` maps the id a command first knew to the
/// current one, so older commands still find their entry.
struct CheckInEditContext
{
    core::Journal& journal;
    QHash<qint64, qint64> ids;
    /// Told when an undo or redo could not be written (the message is for the user).
    std::function<void(const QString&)> failed;

    qint64 currentId(qint64 id) const;
    void moved(qint64 from, qint64 to);
};

/// Base of the commands: each is pushed after its first change was already
/// written, so its first redo() does nothing. A step that cannot be written
/// reports why and marks the command obsolete, so the stack drops it and the
/// journal and the stack never disagree.
class CheckInCommand : public QUndoCommand
{
public:
    CheckInCommand(CheckInEditContext& context, const QString& text);

    void undo() final;
    void redo() final;

protected:
    virtual core::Result<core::Done> apply() = 0;
    virtual core::Result<core::Done> revert() = 0;
    CheckInEditContext& m_context;

private:
    bool m_done = true;
};

/// A new check-in: undo removes it, redo adds it back.
class AddCheckInCommand final : public CheckInCommand
{
public:
    AddCheckInCommand(CheckInEditContext& context, core::CheckIn added);

protected:
    core::Result<core::Done> apply() override;
    core::Result<core::Done> revert() override;

private:
    core::CheckIn m_checkIn;
};

/// A changed check-in: undo writes the old version back.
class EditCheckInCommand final : public CheckInCommand
{
public:
    EditCheckInCommand(CheckInEditContext& context, core::CheckIn before, core::CheckIn after);

protected:
    core::Result<core::Done> apply() override;
    core::Result<core::Done> revert() override;

private:
    core::CheckIn m_before;
    core::CheckIn m_after;
};

/// A removed check-in: undo adds it back, whole.
class DeleteCheckInCommand final : public CheckInCommand
{
public:
    DeleteCheckInCommand(CheckInEditContext& context, core::CheckIn removed);

protected:
    core::Result<core::Done> apply() override;
    core::Result<core::Done> revert() override;

private:
    core::CheckIn m_checkIn;
};

} // namespace carrywell::ui
