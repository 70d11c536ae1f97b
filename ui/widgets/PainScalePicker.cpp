#include "ui/widgets/PainScalePicker.h"

#include "ui/journal/JournalText.h"
#include "ui/widgets/PainColors.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <algorithm>

namespace carrywell::ui {
namespace {

/// How long after "1" a "0" still makes 10.
constexpr qint64 kTenWindowMs = 1200;

} // namespace

PainScalePicker::PainScalePicker(QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this)), m_word(new QLabel(this))
{
    setObjectName(QStringLiteral("painScale"));
    setAccessibleName(tr("Pain score"));
    setAccessibleDescription(tr("0 no pain, 10 worst imaginable. Number keys or arrows choose."));
    setFocusPolicy(Qt::StrongFocus);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(4);
    m_group->setExclusive(true);
    for (int score = 0; score <= 10; ++score) {
        QPushButton* button = makeScoreButton(score);
        m_group->addButton(button, score);
        grid->addWidget(button, 0, score);
    }
    auto anchor = [this](const QString& text, Qt::Alignment alignment) {
        auto* label = new QLabel(text, this);
        label->setAlignment(alignment);
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        label->setPalette(pal);
        return label;
    };
    grid->addWidget(anchor(tr("No pain"), Qt::AlignLeft), 1, 0, 1, 3);
    grid->addWidget(anchor(tr("Moderate"), Qt::AlignHCenter), 1, 4, 1, 3);
    grid->addWidget(anchor(tr("Worst imaginable"), Qt::AlignRight), 1, 7, 1, 4);

    m_word->setObjectName(QStringLiteral("painWord"));
    m_word->setAlignment(Qt::AlignHCenter);
    QFont font = m_word->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_word->setFont(font);
    m_word->setText(tr("Press a number key, 0 to 10"));
    grid->addWidget(m_word, 2, 0, 1, 11);

    connect(m_group, &QButtonGroup::idClicked, this, &PainScalePicker::choose);
}

QPushButton* PainScalePicker::makeScoreButton(int score)
{
    auto* button = new QPushButton(QString::number(score), this);
    button->setObjectName(QStringLiteral("painScore%1").arg(score));
    button->setCheckable(true);
    button->setAutoDefault(false);
    // One tab stop for the whole scale: the picker takes focus and keys.
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumSize(38, 38);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QString name = tr("%1 out of 10").arg(score);
    if (score == 0)
        name = tr("0, no pain");
    else if (score == 10)
        name = tr("10, worst imaginable");
    button->setAccessibleName(name);
    button->setToolTip(tr("%1: %2 (key %3)")
                           .arg(score)
                           .arg(JournalText::painWord(score))
                           .arg(score == 10 ? tr("1 then 0") : QString::number(score)));
    // The chosen score stands out in its own colour; the others keep the style's look.
    const QColor fill = PainColors::forScore(score);
    button->setStyleSheet(
        QStringLiteral("QPushButton:checked { background-color: %1; color: %2; border: 2px "
                       "solid %3; border-radius: 4px; font-weight: bold; }")
            .arg(fill.name(), PainColors::textOn(score).name(), fill.darker(140).name()));
    return button;
}

QAbstractButton* PainScalePicker::button(int score) const
{
    return m_group->button(score);
}

void PainScalePicker::setValue(std::optional<int> score)
{
    if (score && (*score < 0 || *score > 10))
        score.reset();
    m_value = score;
    if (score) {
        m_group->button(*score)->setChecked(true);
        m_word->setText(tr("%1 — %2").arg(*score).arg(JournalText::painWord(*score)));
        setAccessibleName(tr("Pain score: %1, %2").arg(*score).arg(JournalText::painWord(*score)));
    } else {
        m_group->setExclusive(false);
        for (QAbstractButton* button : m_group->buttons())
            button->setChecked(false);
        m_group->setExclusive(true);
        m_word->setText(tr("Press a number key, 0 to 10"));
        setAccessibleName(tr("Pain score"));
    }
    update();
}

void PainScalePicker::choose(int score)
{
    setValue(score);
    emit valueChanged(score);
}

bool PainScalePicker::handleDigitKey(int key)
{
    if (key < Qt::Key_0 || key > Qt::Key_9)
        return false;
    const int digit = key - Qt::Key_0;
    if (digit == 0 && m_value == 1 && m_sinceOne.isValid() && m_sinceOne.elapsed() < kTenWindowMs) {
        m_sinceOne.invalidate();
        choose(10);
        return true;
    }
    if (digit == 1)
        m_sinceOne.start();
    else
        m_sinceOne.invalidate();
    choose(digit);
    return true;
}

void PainScalePicker::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        choose(std::max(0, m_value.value_or(1) - 1));
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
        choose(std::min(10, m_value.value_or(-1) + 1));
        return;
    case Qt::Key_Home:
        choose(0);
        return;
    case Qt::Key_End:
        choose(10);
        return;
    default:
        break;
    }
    if (!handleDigitKey(event->key()))
        QWidget::keyPressEvent(event);
}

void PainScalePicker::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void PainScalePicker::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void PainScalePicker::paintEvent(QPaintEvent*)
{
    if (!hasFocus())
        return;
    // The buttons take no focus of their own, so the scale shows it.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DotLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

} // namespace carrywell::ui
