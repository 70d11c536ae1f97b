#include "ui/journal/JournalRangeBar.h"

#include "core/common/LocaleFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <algorithm>

namespace carrywell::ui {
namespace {

using Span = JournalRangeBar::Span;

const QList<Span> kSpans{Span::Week, Span::FourWeeks,  Span::ThreeMonths,
                         Span::Year, Span::Everything, Span::Custom};

} // namespace

JournalRangeBar::JournalRangeBar(QWidget* parent)
    : QWidget(parent), m_span(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("journalRangeBar"));
    m_span->setObjectName(QStringLiteral("rangeSpanBox"));
    m_span->setAccessibleName(tr("Days shown"));
    m_span->setAccessibleDescription(tr("How far back the charts and history go"));
    m_span->addItem(tr("Last 7 days"), spanId(Span::Week));
    m_span->addItem(tr("Last 4 weeks"), spanId(Span::FourWeeks));
    m_span->addItem(tr("Last 3 months"), spanId(Span::ThreeMonths));
    m_span->addItem(tr("Last 12 months"), spanId(Span::Year));
    m_span->addItem(tr("Everything"), spanId(Span::Everything));
    m_span->addItem(tr("Choose days…"), spanId(Span::Custom));
    m_span->setCurrentIndex(1);

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(core::LocaleFormat::dayPattern());
    }
    m_from->setObjectName(QStringLiteral("rangeFromEdit"));
    m_from->setAccessibleName(tr("First day shown"));
    m_from->setAccessibleDescription(tr("The charts and history start on this day"));
    m_to->setObjectName(QStringLiteral("rangeToEdit"));
    m_to->setAccessibleName(tr("Last day shown"));
    m_to->setAccessibleDescription(tr("The charts and history end on this day"));

    auto* label = new QLabel(tr("Sho&w"), this);
    label->setBuddy(m_span);
    auto* dash = new QLabel(tr("to"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_span);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);

    connect(m_span, &QComboBox::currentIndexChanged, this, [this] {
        updateDates();
        emit changed();
    });
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (span() == Span::Custom)
                emit changed();
        });
    }
    updateDates();
}

QString JournalRangeBar::spanId(Span span)
{
    switch (span) {
    case Span::Week:
        return QStringLiteral("week");
    case Span::FourWeeks:
        return QStringLiteral("four-weeks");
    case Span::ThreeMonths:
        return QStringLiteral("three-months");
    case Span::Year:
        return QStringLiteral("year");
    case Span::Everything:
        return QStringLiteral("everything");
    case Span::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<JournalRangeBar::Span> JournalRangeBar::spanFromId(const QString& id)
{
    for (const Span span : kSpans) {
        if (spanId(span) == id)
            return span;
    }
    return std::nullopt;
}

JournalRangeBar::Span JournalRangeBar::span() const
{
    return spanFromId(m_span->currentData().toString()).value_or(Span::FourWeeks);
}

void JournalRangeBar::setSpan(Span span)
{
    m_span->setCurrentIndex(static_cast<int>(kSpans.indexOf(span)));
}

core::DateRange JournalRangeBar::lastDays(Span span, QDate today)
{
    switch (span) {
    case Span::Week:
        return {today.addDays(-6), today};
    case Span::FourWeeks:
        return {today.addDays(-27), today};
    case Span::ThreeMonths:
        return {today.addMonths(-3).addDays(1), today};
    case Span::Year:
        return {today.addYears(-1).addDays(1), today};
    case Span::Everything:
    case Span::Custom:
        break;
    }
    return {today, today};
}

core::DateRange JournalRangeBar::days(QDate today,
                                      const std::optional<core::DateRange>& covered) const
{
    switch (span()) {
    case Span::Everything:
        if (!covered)
            return {today, today};
        return {std::min(covered->first, today), std::max(covered->last, today)};
    case Span::Custom: {
        const QDate from = m_from->date();
        const QDate to = m_to->date();
        return from <= to ? core::DateRange{from, to} : core::DateRange{to, from};
    }
    default:
        return lastDays(span(), today);
    }
}

void JournalRangeBar::setCustomDays(const core::DateRange& days)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(days.first);
        m_to->setDate(days.last);
    }
    if (span() == Span::Custom)
        emit changed();
    else
        setSpan(Span::Custom);
}

void JournalRangeBar::showDays(const core::DateRange& days)
{
    if (span() == Span::Custom || !days.isValid())
        return;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(days.first);
    m_to->setDate(days.last);
}

void JournalRangeBar::updateDates()
{
    const bool custom = span() == Span::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

} // namespace carrywell::ui
