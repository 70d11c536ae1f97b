#include "core/session/SessionStateStore.h"

#include "core/common/AtomicFile.h"
#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

CARRYWELL_TR_CONTEXT(carrywell::core::SessionStateStore);

namespace carrywell::core {
namespace {

// A state file is a few kilobytes; anything far larger is not one of ours.
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

} // namespace

QString SessionStateStore::filePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("unfinished-session.json"));
}

QString SessionStateStore::setAsidePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("unfinished-session.unreadable.json"));
}

std::optional<Error> SessionStateStore::save(const SessionState& state) const
{
    if (!QDir().mkpath(m_folder)) {
        return Error{tr("Could not create the folder %1 to keep your place in the "
                        "session.")
                         .arg(QDir::toNativeSeparators(m_folder))};
    }
    const Result<Done> saved =
        AtomicFile::write(filePath(), QJsonDocument(state.toJson()).toJson(),
                          tr("Could not save your place in the session to %1: %2. The "
                             "session goes on, but cannot be resumed if Carrywell closes."));
    if (!saved)
        return Error{saved.error()};
    return std::nullopt;
}

Result<std::optional<SessionState>> SessionStateStore::load() const
{
    QFile file(filePath());
    if (!file.exists())
        return std::optional<SessionState>();
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else if (file.size() > kMaxFileBytes) {
        problem = tr("the file is far too large to be a saved session");
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            problem = tr("it is not valid JSON (%1)").arg(parseError.errorString());
        } else if (!document.isObject()) {
            problem = tr("it does not hold a saved session");
        } else {
            Result<SessionState> state = SessionState::fromJson(document.object());
            if (state)
                return std::optional<SessionState>(std::move(state).value());
            problem = state.error();
        }
    }
    file.close();
    QFile::remove(setAsidePath());
    QString what;
    if (QFile::rename(filePath(), setAsidePath())) {
        what = tr("The file was set aside as %1.").arg(QDir::toNativeSeparators(setAsidePath()));
    } else if (QFile::remove(filePath())) {
        what = tr("The file was removed.");
    } else {
        what = tr("Remove %1 to stop this message.").arg(QDir::toNativeSeparators(filePath()));
    }
    return Error{tr("The session you left unfinished could not be resumed: %1. %2 "
                    "You can start the session again from the beginning.")
                     .arg(problem, what)};
}

bool SessionStateStore::clear() const
{
    return !QFile::exists(filePath()) || QFile::remove(filePath());
}

} // namespace carrywell::core
