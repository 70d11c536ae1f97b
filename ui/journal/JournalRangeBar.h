#pragma once

#include "core/journal/DateRange.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace carrywell::ui {

/// Which days the journal page shows: the last week, four weeks, three
/// months, a year, everything, or days the person picks.
class JournalRangeBar : public QWidget
{
    Q_OBJECT

public:
    enum class Span
    {
        Week,
        FourWeeks,
        ThreeMonths,
        Year,
        Everything,
        Custom,
    };

    explicit JournalRangeBar(QWidget* parent = nullptr);

    Span span() const;
    void setSpan(Span span);
    static QString spanId(Span span);
    static std::optional<Span> spanFromId(const QString& id);

    /// The days to show as of `today`; `covered` is the journal's first and
    /// last day, used by Everything.
    core::DateRange days(QDate today, const std::optional<core::DateRange>& covered) const;
    /// The days of a span ending `today` (Custom: the picked days).
    static core::DateRange lastDays(Span span, QDate today);

    /// Shows the days in effect in the (disabled) date fields of a fixed span,
    /// so choosing "Choose days…" starts from them.
    void showDays(const core::DateRange& days);
    /// Sets the picked days (and chooses Custom).
    void setCustomDays(const core::DateRange& days);

signals:
    void changed();

private:
    void updateDates();

    QComboBox* m_span;
    QDateEdit* m_from;
    QDateEdit* m_to;
};

} // namespace carrywell::ui
