#pragma once

#include "core/common/Result.h"
#include "core/session/SessionState.h"

#include <optional>

namespace carrywell::core {

/// Keeps the one unfinished session in a file in the data folder, so it can
/// be resumed after the app was closed.
class SessionStateStore
{
public:
    explicit SessionStateStore(QString folder) : m_folder(std::move(folder)) {}

    QString filePath() const;
    /// Where an unreadable file is set aside, so it is reported only once.
    QString setAsidePath() const;

    /// Writes the state safely (all or nothing); an error says why not.
    std::optional<Error> save(const SessionState& state) const;
    /// The saved state; nothing when no session was left unfinished. A file
    /// that cannot be read or makes no sense is set aside and reported.
    Result<std::optional<SessionState>> load() const;
    /// Forgets the unfinished session (it ended, or the person let it go).
    bool clear() const;

private:
    QString m_folder;
};

} // namespace carrywell::core
