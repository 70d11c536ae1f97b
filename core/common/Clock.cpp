#include "common/Clock.h"

#include <QElapsedTimer>

namespace carrywell::core {

QDateTime SystemClock::now() const { return QDateTime::currentDateTime(); }

qint64 SystemClock::steadyMilliseconds() const
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace carrywell::core
