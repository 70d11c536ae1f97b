#include "cli/CommandSupport.h"

#include "cli/CommandContext.h"
#include "core/journal/Journal.h"
#include "core/storage/DataDirectory.h"

#include <QTextStream>

namespace carrywell::ui::CommandSupport {

int fail(QTextStream& err, const QString& message, int code)
{
    err << "carrywell: " << message << '\n';
    err.flush();
    return code;
}

std::unique_ptr<core::Journal> openJournal(const CommandContext& context)
{
    core::JournalOpenResult opened =
        core::Journal::open(context.dataDirectory->journalFile(), context.clock);
    if (!opened) {
        fail(context.err, opened.error());
        return nullptr;
    }
    for (const QString& warning : opened->warnings())
        context.err << "carrywell: " << warning << '\n';
    return opened.takeJournal();
}

} // namespace carrywell::ui::CommandSupport
