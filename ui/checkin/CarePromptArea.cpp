#include "ui/checkin/CarePromptArea.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carrywell::ui {

CarePromptArea::CarePromptArea(JournalViewStore store, QWidget* parent)
    : QWidget(parent), m_store(store), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("carePrompts"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    setVisible(false);
}

void CarePromptArea::setPrompts(const QList<core::CarePrompt>& prompts)
{
    m_prompts = prompts;
    rebuild();
}

QStringList CarePromptArea::shownIds() const
{
    QStringList ids;
    for (const QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!child->property("promptId").toString().isEmpty() && !child->isHidden())
            ids.append(child->property("promptId").toString());
    }
    return ids;
}

void CarePromptArea::rebuild()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const QStringList hidden = m_store.load().hiddenPrompts;
    int shown = 0;
    for (const core::CarePrompt& prompt : std::as_const(m_prompts)) {
        if (hidden.contains(prompt.id) || m_notNow.contains(prompt.id))
            continue;
        m_layout->addWidget(banner(prompt));
        ++shown;
    }
    setVisible(shown > 0);
}

QWidget* CarePromptArea::banner(const core::CarePrompt& prompt)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("carePrompt-") + prompt.id);
    frame->setProperty("promptId", prompt.id);
    frame->setAccessibleName(prompt.title);
    frame->setAccessibleDescription(prompt.text);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette pal = frame->palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x4a, 0x42, 0x2e) : QColor(0xfb, 0xf1, 0xd9));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xf3, 0xea, 0xd6) : QColor(0x3a, 0x30, 0x18));
    frame->setPalette(pal);

    auto* title = new QLabel(prompt.title, frame);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* text = new QLabel(prompt.text, frame);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* never = new QPushButton(tr("Don’t show again"), frame);
    never->setObjectName(QStringLiteral("hidePrompt-") + prompt.id);
    never->setAccessibleName(tr("Don’t show “%1” again").arg(prompt.title));
    auto* later = new QPushButton(tr("Not now"), frame);
    later->setObjectName(QStringLiteral("dismissPrompt-") + prompt.id);
    later->setAccessibleName(tr("Hide “%1” for now").arg(prompt.title));

    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(title);
    words->addWidget(text);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(never);
    buttons->addWidget(later);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(words, 1);
    layout->addLayout(buttons);

    const QString id = prompt.id;
    connect(never, &QPushButton::clicked, this, [this, id] {
        JournalView view = m_store.load();
        if (!view.hiddenPrompts.contains(id))
            view.hiddenPrompts.append(id);
        m_store.save(view);
        rebuild();
    });
    connect(later, &QPushButton::clicked, this, [this, id] {
        m_notNow.insert(id);
        rebuild();
    });
    return frame;
}

} // namespace carrywell::ui
