#include "core/journal/JournalTransfer.h"

#include "core/journal/Journal.h"
#include "core/journal/JournalCsv.h"
#include "core/journal/JournalFiles.h"
#include "core/journal/JournalHistory.h"
#include "core/journal/JournalJson.h"

namespace carrywell::core {

Result<Done> JournalTransfer::exportCheckInsCsv(const Journal& journal, const QString& path)
{
    const Result<QList<CheckIn>> checkIns = JournalHistory(journal).allCheckIns();
    if (!checkIns)
        return Error{checkIns.error()};
    return JournalFiles::save(path, JournalCsv::writeCheckIns(checkIns.value()));
}

Result<Done> JournalTransfer::exportSessionsCsv(const Journal& journal, const QString& path)
{
    const Result<QList<SessionRecord>> sessions = JournalHistory(journal).allSessions();
    if (!sessions)
        return Error{sessions.error()};
    return JournalFiles::save(path, JournalCsv::writeSessions(sessions.value()));
}

Result<Done> JournalTransfer::exportJson(const Journal& journal, const QString& path)
{
    const JournalHistory history(journal);
    const Result<QList<CheckIn>> checkIns = history.allCheckIns();
    if (!checkIns)
        return Error{checkIns.error()};
    const Result<QList<SessionRecord>> sessions = history.allSessions();
    if (!sessions)
        return Error{sessions.error()};
    const Result<QList<SavedPlan>> plans = history.plans();
    if (!plans)
        return Error{plans.error()};
    const Result<QList<ActivityRating>> ratings = history.allActivityRatings();
    if (!ratings)
        return Error{ratings.error()};
    return JournalFiles::save(path,
                              JournalJson::write(checkIns.value(), sessions.value(), plans.value(),
                                                 ratings.value(), journal.clock().now()));
}

Result<ImportBatch> JournalTransfer::readFile(const QString& path)
{
    const Result<QByteArray> bytes = JournalFiles::load(path);
    if (!bytes)
        return Error{bytes.error()};
    return readBytes(bytes.value());
}

Result<ImportBatch> JournalTransfer::readBytes(const QByteArray& bytes)
{
    const QByteArray start = bytes.left(64).trimmed();
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    const QByteArray content = start.startsWith(bom) ? start.mid(bom.size()).trimmed() : start;
    if (content.startsWith('{'))
        return JournalJson::read(bytes);
    return JournalCsv::read(bytes);
}

} // namespace carrywell::core
