#include "core/common/Clock.h"

#include <QElapsedTimer>

namespace carrywell::core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

namespace {

const QElapsedTimer& steadyTimer()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

} // namespace

qint64 SystemClock::steadyMilliseconds() const
{
    return steadyTimer().elapsed();
}

qint64 SystemClock::steadyMicroseconds() const
{
    return steadyTimer().nsecsElapsed() / 1000;
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace carrywell::core
