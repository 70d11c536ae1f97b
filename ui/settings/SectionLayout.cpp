#include "ui/settings/SectionLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace carrywell::ui {

void SectionLayout::build(QWidget* section, const QString& heading, const QString& intro,
                          QLayout* content)
{
    auto* title = new QLabel(heading, section);
    title->setObjectName(QStringLiteral("sectionHeading"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto* text = new QLabel(intro, section);
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addLayout(content);
    layout->addStretch(1);
}

} // namespace carrywell::ui
