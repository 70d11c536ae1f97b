#include "ui/session/SessionEndView.h"

#include "core/common/LocaleFormat.h"
#include "ui/widgets/PainScalePicker.h"

#include <QFontInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace carrywell::ui {
namespace {

void setPixelSize(QWidget* widget, int px, bool bold = false)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(px, 1));
    font.setBold(bold);
    widget->setFont(font);
}

QPalette muted(const QWidget* widget)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    return p;
}

/// A question's caption with its Clear button beside it.
QHBoxLayout* captionRow(QLabel* caption, QPushButton* clear)
{
    auto* row = new QHBoxLayout;
    row->addWidget(caption);
    row->addSpacing(12);
    row->addWidget(clear);
    row->addStretch(1);
    return row;
}

} // namespace

SessionEndView::SessionEndView(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library), m_heading(new QLabel(this)),
      m_overview(new QLabel(this)), m_doneHeading(new QLabel(tr("What you did"), this)),
      m_exercises(new QGridLayout), m_exerciseBox(new QWidget(this)), m_time(new QLabel(this)),
      m_painHeading(new QLabel(tr("How is your pain?"), this)),
      m_painHint(new QLabel(tr("0 is no pain, 10 the worst you can imagine. Both are optional: "
                               "leave them empty if you like."),
                            this)),
      m_beforeCaption(new QLabel(tr("&Before the session:"), this)),
      m_afterCaption(new QLabel(tr("&Now:"), this)), m_before(new PainScalePicker(this)),
      m_after(new PainScalePicker(this)), m_clearBefore(new QPushButton(tr("Clear"), this)),
      m_clearAfter(new QPushButton(tr("Clear"), this)), m_done(new QPushButton(tr("Done"), this))
{
    setObjectName(QStringLiteral("sessionEndScreen"));
    setAccessibleName(tr("Session finished"));
    m_baseFontPx = QFontInfo(font()).pixelSize();
    setUpLabels();
    setUpQuestion(m_before, m_clearBefore, QStringLiteral("painBeforeScale"), m_beforeCaption,
                  tr("Clear the pain before"));
    setUpQuestion(m_after, m_clearAfter, QStringLiteral("painAfterScale"), m_afterCaption,
                  tr("Clear the pain now"));
    m_done->setObjectName(QStringLiteral("sessionEndDoneButton"));
    m_done->setAccessibleDescription(tr("Keeps the session in your journal"));
    m_done->setDefault(true);
    m_done->setAutoDefault(true);
    connect(m_done, &QPushButton::clicked, this, &SessionEndView::done);
    buildLayout();

    setTabOrder(m_before, m_clearBefore);
    setTabOrder(m_clearBefore, m_after);
    setTabOrder(m_after, m_clearAfter);
    setTabOrder(m_clearAfter, m_done);
    refreshScales();
    scaleFonts();
}

void SessionEndView::setUpLabels()
{
    m_heading->setObjectName(QStringLiteral("sessionEndHeading"));
    m_heading->setWordWrap(true);
    m_overview->setObjectName(QStringLiteral("sessionEndOverview"));
    m_overview->setWordWrap(true);
    m_doneHeading->setObjectName(QStringLiteral("sessionEndDoneHeading"));
    m_exerciseBox->setObjectName(QStringLiteral("sessionEndExercises"));
    m_exerciseBox->setLayout(m_exercises);
    m_exercises->setContentsMargins(0, 0, 0, 0);
    m_exercises->setColumnStretch(1, 1);
    m_time->setObjectName(QStringLiteral("sessionEndTime"));
    m_time->setWordWrap(true);
    m_painHeading->setObjectName(QStringLiteral("sessionEndPainHeading"));
    m_painHint->setWordWrap(true);
    m_painHint->setPalette(muted(m_painHint));
}

void SessionEndView::setUpQuestion(PainScalePicker* scale, QPushButton* clear, const QString& name,
                                   QLabel* caption, const QString& clearName)
{
    scale->setObjectName(name);
    scale->setAccessibleDescription(
        tr("0 no pain, 10 worst imaginable; optional. Number keys or arrows choose."));
    caption->setBuddy(scale);
    clear->setObjectName(name + QStringLiteral("Clear"));
    clear->setAccessibleName(clearName);
    clear->setToolTip(clearName);
    clear->setAutoDefault(false);
    connect(scale, &PainScalePicker::valueChanged, this, &SessionEndView::refreshScales);
    connect(clear, &QPushButton::clicked, this, [this, scale] {
        scale->setValue(std::nullopt);
        refreshScales();
        scale->setFocus();
    });
}

QWidget* SessionEndView::buildDoneColumn()
{
    auto* doneColumn = new QWidget(this);
    auto* left = new QVBoxLayout(doneColumn);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_doneHeading);
    left->addWidget(m_exerciseBox);
    left->addSpacing(m_baseFontPx / 2);
    left->addWidget(m_time);
    return doneColumn;
}

QWidget* SessionEndView::buildPainColumn()
{
    auto* painColumn = new QWidget(this);
    auto* pain = new QVBoxLayout(painColumn);
    pain->setContentsMargins(0, 0, 0, 0);
    pain->addWidget(m_painHeading);
    pain->addWidget(m_painHint);
    pain->addSpacing(m_baseFontPx);
    pain->addLayout(captionRow(m_beforeCaption, m_clearBefore));
    pain->addWidget(m_before);
    pain->addSpacing(m_baseFontPx);
    pain->addLayout(captionRow(m_afterCaption, m_clearAfter));
    pain->addWidget(m_after);
    return painColumn;
}

QWidget* SessionEndView::buildContent()
{
    QWidget* doneColumn = buildDoneColumn();
    QWidget* painColumn = buildPainColumn();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    // Each column keeps to its own height, from the top.
    columns->addWidget(doneColumn, 4, Qt::AlignTop);
    columns->addWidget(painColumn, 5, Qt::AlignTop);

    auto* finish = new QHBoxLayout;
    finish->addStretch(1);
    finish->addWidget(m_done);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("sessionEndContent"));
    content->setMaximumWidth(1280);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_heading);
    column->addWidget(m_overview);
    column->addSpacing(m_baseFontPx);
    column->addLayout(columns);
    column->addSpacing(m_baseFontPx);
    column->addLayout(finish);
    column->addStretch(1);
    return content;
}

void SessionEndView::buildLayout()
{
    QWidget* content = buildContent();
    // The whole screen scrolls only when the letters are very large.
    auto* centred = new QWidget;
    auto* around = new QHBoxLayout(centred);
    around->setContentsMargins(24, 16, 24, 16);
    around->addStretch(1);
    around->addWidget(content, 100);
    around->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sessionEndScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(centred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SessionEndView::showSummary(const core::SessionSummary& summary,
                                 const QList<core::SessionItem>& items)
{
    m_heading->setText(summary.completed ? tr("Well done. That is the whole session.")
                                         : tr("Session stopped. What you did is kept."));
    const int done = int(summary.exercisesDone().size());
    m_overview->setText(tr("%1 · %2 of %3 exercises done")
                            .arg(summary.routineName)
                            .arg(done)
                            .arg(std::max<qsizetype>(summary.results.size(), items.size())));
    m_time->setText(tr("Time spent: %1 (pauses not counted)")
                        .arg(core::LocaleFormat::duration(summary.activeSeconds)));

    while (QLayoutItem* old = m_exercises->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_lines.clear();
    const bool inOrder = summary.results.size() == items.size();
    for (qsizetype i = 0; i < summary.results.size(); ++i) {
        const core::SessionExerciseResult& result = summary.results.at(i);
        QString name;
        if (inOrder && items.at(i).exerciseId == result.exerciseId)
            name = items.at(i).name;
        for (qsizetype j = 0; name.isEmpty() && j < items.size(); ++j) {
            if (items.at(j).exerciseId == result.exerciseId)
                name = items.at(j).name;
        }
        if (name.isEmpty()) {
            const core::Exercise* exercise = m_library.exercise(result.exerciseId);
            name = exercise ? exercise->name : result.exerciseId;
        }
        const bool wasDone = result.progress == core::ExerciseProgress::Done;
        // A mark and a word, so it never rests on colour alone.
        auto* mark = new QLabel(wasDone ? QStringLiteral("✓") : QStringLiteral("–"), m_exerciseBox);
        auto* title = new QLabel(name, m_exerciseBox);
        title->setWordWrap(true);
        auto* state = new QLabel(wasDone ? tr("Done") : tr("Skipped"), m_exerciseBox);
        mark->setAccessibleName(wasDone ? tr("Done") : tr("Skipped"));
        for (QLabel* label : {mark, title, state}) {
            label->setFont(m_time->font());
            if (!wasDone)
                label->setPalette(muted(label));
        }
        const int row = int(i);
        m_exercises->addWidget(mark, row, 0, Qt::AlignTop);
        m_exercises->addWidget(title, row, 1);
        m_exercises->addWidget(state, row, 2, Qt::AlignTop | Qt::AlignRight);
        m_lines << tr("%1: %2").arg(name, wasDone ? tr("done") : tr("skipped"));
    }
    setPainBefore(std::nullopt);
    setPainAfter(std::nullopt);
    scaleFonts();
}

std::optional<int> SessionEndView::painBefore() const
{
    return m_before->value();
}
std::optional<int> SessionEndView::painAfter() const
{
    return m_after->value();
}

void SessionEndView::setPainBefore(std::optional<int> score)
{
    m_before->setValue(score);
    refreshScales();
}

void SessionEndView::setPainAfter(std::optional<int> score)
{
    m_after->setValue(score);
    refreshScales();
}

QStringList SessionEndView::exerciseLines() const
{
    return m_lines;
}
QString SessionEndView::timeText() const
{
    return m_time->text();
}

void SessionEndView::focusFirstQuestion()
{
    m_before->setFocus();
}

void SessionEndView::refreshScales()
{
    for (const auto& [scale, caption, clear] :
         {std::tuple{m_before, m_beforeCaption, m_clearBefore},
          std::tuple{m_after, m_afterCaption, m_clearAfter}}) {
        // The scale names itself "Pain score"; with two on the screen each
        // says which it is, and what it holds.
        const QString question = caption->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        const std::optional<int> value = scale->value();
        scale->setAccessibleName(value ? tr("%1: %2 out of 10").arg(question).arg(*value)
                                       : question);
        clear->setEnabled(value.has_value());
    }
}

void SessionEndView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit done();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SessionEndView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void SessionEndView::scaleFonts()
{
    // Read from where she stands up from the mat: larger on a larger window.
    const int h = testAttribute(Qt::WA_Resized) ? height() : 0;
    const int base = m_baseFontPx;
    const auto share = [h](double part) { return int(std::ceil(h * part)); };
    const int body = std::max(share(0.022), base * 6 / 5);
    setPixelSize(m_heading, std::max(share(0.042), base * 2), true);
    setPixelSize(m_overview, body);
    for (QLabel* heading : {m_doneHeading, m_painHeading})
        setPixelSize(heading, std::max(share(0.028), base * 7 / 5), true);
    setPixelSize(m_time, body);
    for (QLabel* label : m_exerciseBox->findChildren<QLabel*>())
        setPixelSize(label, body);
    setPixelSize(m_painHint, std::max(share(0.018), base));
    // The scales keep the desktop's letters, as in the check-in dialog.
    for (QLabel* caption : {m_beforeCaption, m_afterCaption})
        setPixelSize(caption, body);
    setPixelSize(m_done, body, true);
    m_done->setMinimumSize(body * 8, body * 5 / 2);
}

} // namespace carrywell::ui
