#include "core/journal/JournalLock.h"

namespace carrywell::core {

JournalLock::JournalLock(const QString& journalPath) : m_file(lockFilePath(journalPath)) {}

QString JournalLock::lockFilePath(const QString& journalPath)
{
    return journalPath + QStringLiteral(".lock");
}

JournalLock::Outcome JournalLock::acquire()
{
    if (m_file.tryLock(0))
        return Outcome::Locked;
    switch (m_file.error()) {
    case QLockFile::LockFailedError:
        return Outcome::HeldElsewhere;
    case QLockFile::PermissionError:
        return Outcome::NotWritable;
    default:
        return Outcome::Failed;
    }
}

} // namespace carrywell::core
