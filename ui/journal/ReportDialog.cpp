#include "ui/journal/ReportDialog.h"

#include "core/common/LocaleFormat.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carrywell::ui {

ReportDialog::ReportDialog(QDate today, const core::DateRange& initial, QWidget* parent)
    : QDialog(parent), m_today(today), m_from(new QDateEdit(this)), m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report for my physio"));

    auto* intro = new QLabel(tr("A few pages to bring to your physiotherapist or doctor: your "
                                "pain over these days, where it hurts, what set it off, the "
                                "sessions you did and your notes."),
                             this);
    intro->setWordWrap(true);

    setUpDateEdits();
    QLayout* quick = buildQuickChoices();
    auto* form = new QFormLayout;
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    QLayout* buttons = buildButtons();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(quick);
    layout->addLayout(form);
    layout->addLayout(buttons);
    setDays(initial);
}

void ReportDialog::setUpDateEdits()
{
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(core::LocaleFormat::dayWithWeekdayPattern());
        edit->setMaximumDate(m_today);
    }
    m_from->setObjectName(QStringLiteral("reportFromEdit"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setAccessibleDescription(tr("The report starts on this day"));
    m_to->setObjectName(QStringLiteral("reportToEdit"));
    m_to->setAccessibleName(tr("Last day"));
    m_to->setAccessibleDescription(tr("The report ends on this day"));
}

QLayout* ReportDialog::buildQuickChoices()
{
    auto* quick = new QHBoxLayout;
    for (const int weeks : {2, 4, 12}) {
        auto* button = new QPushButton(tr("Last %1 weeks").arg(weeks), this);
        button->setObjectName(QStringLiteral("reportLast%1Weeks").arg(weeks));
        button->setAutoDefault(false);
        quick->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, weeks] {
            setDays({m_today.addDays(1 - 7 * weeks), m_today});
        });
    }
    quick->addStretch(1);
    return quick;
}

QLayout* ReportDialog::buildButtons()
{
    // A plain row rather than QDialogButtonBox: with buttons added to it, Qt 6.4's
    // box reorders the Tab chain so that one of them can never be reached.
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelReportButton"));
    cancel->setAutoDefault(false);
    auto* printer = new QPushButton(tr("Print…"), this);
    printer->setObjectName(QStringLiteral("printReportButton"));
    printer->setAutoDefault(false);
    auto* pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    pdf->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(printer);
    buttons->addWidget(pdf);
    connect(pdf, &QPushButton::clicked, this, [this] {
        m_output = Output::Pdf;
        accept();
    });
    connect(printer, &QPushButton::clicked, this, [this] {
        m_output = Output::Printer;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return buttons;
}

core::DateRange ReportDialog::days() const
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    return from <= to ? core::DateRange{from, to} : core::DateRange{to, from};
}

void ReportDialog::setDays(const core::DateRange& days)
{
    m_from->setDate(days.first);
    m_to->setDate(days.last);
}

} // namespace carrywell::ui
