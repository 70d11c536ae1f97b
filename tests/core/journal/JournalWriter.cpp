// Test helper for the crash test: writes check-ins one committed transaction
// at a time, printing each count only after its commit returned, until killed.
//
//   journal_writer JOURNAL [COUNT]

#include "core/common/Clock.h"
#include "core/journal/Journal.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

using namespace carrywell::core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: journal_writer JOURNAL [COUNT]\n");
        return 2;
    }
    const long long limit = arguments.size() > 2 ? arguments[2].toLongLong() : 0;

    JournalOpenResult opened = Journal::open(arguments[1], SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 3;
    }
    std::printf("open\n");
    std::fflush(stdout);
    for (long long i = 1; limit == 0 || i <= limit; ++i) {
        CheckIn checkIn;
        checkIn.overall = int(i % 11);
        checkIn.setScore(Region::LowerBack, int((i * 7) % 11));
        if (i % 3 == 0)
            checkIn.triggers = {Trigger::Lifting, Trigger::Feeding};
        checkIn.note = QStringLiteral("entry %1").arg(i);
        const Result<qint64> added = opened->addCheckIn(checkIn);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error()));
            return 4;
        }
        std::printf("%lld\n", i);
        std::fflush(stdout);
    }
    return 0;
}
