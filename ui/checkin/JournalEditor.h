#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"
#include "core/journal/CheckIn.h"
#include "ui/checkin/CheckInCommands.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace carrywell::ui {

/// Changes to check-ins that the person can take back: each is written to
/// the journal first and, once saved, pushed on the undo stack. A change
/// that cannot be saved returns its message and leaves the stack alone.
class JournalEditor : public QObject
{
    Q_OBJECT

public:
    explicit JournalEditor(core::Journal& journal, QObject* parent = nullptr);
    ~JournalEditor() override;

    core::Journal& journal() const { return m_context.journal; }
    QUndoStack* undoStack() const { return m_stack.get(); }

    /// Saves a new check-in; its id.
    core::Result<qint64> add(const core::CheckIn& checkIn);
    core::Result<core::Done> edit(const core::CheckIn& before, const core::CheckIn& after);
    core::Result<core::Done> remove(const core::CheckIn& checkIn);

signals:
    /// An undo or redo could not be written; the message is for the person.
    void failed(const QString& message);

private:
    CheckInEditContext m_context;
    std::unique_ptr<QUndoStack> m_stack; // after the context: its commands refer to it
};

} // namespace carrywell::ui
