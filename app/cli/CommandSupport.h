#pragma once

#include <QString>
#include <QtGlobal>
#include <memory>

class QTextStream;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

struct CommandContext;

/// What the journal commands share.
namespace CommandSupport {

/// A time more than this far ahead of now is a typing mistake.
constexpr qint64 kFutureSlackSeconds = 5 * 60;

/// Writes "carrywell: message" to `err` and returns `code`, for
/// `return fail(err, …);`.
int fail(QTextStream& err, const QString& message, int code = 1);

/// Opens the journal of the data folder, printing its warnings, or says why
/// not and returns null.
std::unique_ptr<core::Journal> openJournal(const CommandContext& context);

} // namespace CommandSupport
} // namespace carrywell::ui
