#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace carrywell::core {

/// Where "now" comes from. Sessions, streaks and "today" all depend on it, so
/// tests inject a fixed or stepping clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    /// Milliseconds on a steady clock that never jumps (for timing sessions).
    virtual qint64 steadyMilliseconds() const = 0;
    /// The same clock in microseconds, for sums of many short spans (a
    /// session paused often): whole milliseconds would gain or lose up to one
    /// at every pause.
    virtual qint64 steadyMicroseconds() const { return steadyMilliseconds() * 1000; }

    QDate today() const { return now().date(); }
};

/// The real clock: local wall time and a monotonic timer.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 steadyMilliseconds() const override;
    qint64 steadyMicroseconds() const override;
    static const SystemClock& instance();
};

/// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }

    QDateTime now() const override { return m_now; }
    qint64 steadyMilliseconds() const override { return m_steadyUs / 1000; }
    qint64 steadyMicroseconds() const override { return m_steadyUs; }

    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 milliseconds)
    {
        m_now = m_now.addMSecs(milliseconds);
        m_steadyUs += milliseconds * 1000;
    }
    /// Moves the steady clock only, by less than a millisecond if need be.
    void advanceMicroseconds(qint64 microseconds) { m_steadyUs += microseconds; }

private:
    QDateTime m_now;
    qint64 m_steadyUs = 0;
};

} // namespace carrywell::core
