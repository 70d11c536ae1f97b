#pragma once

#include "core/common/Done.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace carrywell::core {

/// The one way Carrywell writes a file people keep: whole or not at all.
class AtomicFile
{
public:
    /// Writes `bytes` to `path` through QSaveFile: the file there is either the
    /// old one or the complete new one, never half written. `failure` is the
    /// sentence shown when it fails, with %1 for the file and %2 for the reason.
    static Result<Done> write(const QString& path, const QByteArray& bytes, const QString& failure);

    /// Whether write() could write `path`, found by opening it the same way
    /// and leaving whatever is there unchanged. `failure` as for write().
    static Result<Done> probe(const QString& path, const QString& failure);
};

} // namespace carrywell::core
