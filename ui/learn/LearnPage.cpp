#include "ui/learn/LearnPage.h"

#include "ui/widgets/ExerciseHtml.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <algorithm>

namespace carrywell::ui {
namespace {

constexpr int kTopicRole = Qt::UserRole + 1;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QStringList& body)
{
    QString html;
    for (const QString& paragraph : body)
        html += QStringLiteral("<p>%1</p>").arg(esc(paragraph));
    return html;
}

} // namespace

LearnPage::LearnPage(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library), m_topics(new QTreeWidget(this)),
      m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("learnPage"));
    setUpViews();
    addTopics();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildSplitter());

    connect(m_topics, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QString id = item ? item->data(0, kTopicRole).toString() : QString();
        if (!id.isEmpty())
            m_text->setHtml(topicHtml(id));
    });
    if (!library.causes().empty())
        showTopic(library.causes().front().id);
}

void LearnPage::setUpViews()
{
    m_topics->setObjectName(QStringLiteral("learnTopics"));
    m_topics->setAccessibleName(tr("Topics"));
    m_topics->setHeaderHidden(true);
    m_topics->setRootIsDecorated(false);
    m_text->setObjectName(QStringLiteral("learnText"));
    m_text->setAccessibleName(tr("Topic text"));
    // Sources open in the desktop's browser.
    m_text->setOpenExternalLinks(true);
    m_text->document()->setDocumentMargin(fontMetrics().height());
}

void LearnPage::addTopics()
{
    QTreeWidgetItem* why = addGroup(tr("Why backs hurt after birth"));
    for (const core::Cause& cause : m_library.causes())
        addTopic(why, cause.id, cause.title);
    QTreeWidgetItem* recovery = addGroup(tr("Your recovery"));
    if (!m_library.painMonitoring().isEmpty())
        addTopic(recovery, painMonitoringId(), m_library.painMonitoring().title);
    QTreeWidgetItem* mechanics = addGroup(tr("Everyday body mechanics"));
    QTreeWidgetItem* help = addGroup(tr("When to get help"));
    for (const core::Guide& guide : m_library.guides()) {
        QTreeWidgetItem* group = guide.group == QLatin1String("get-help")   ? help
                                 : guide.group == QLatin1String("recovery") ? recovery
                                                                            : mechanics;
        addTopic(group, guide.id, guide.title);
    }
    if (!m_library.postnatalStopList().isEmpty())
        addTopic(help, stopListId(), m_library.postnatalStopList().title);
    addTopic(help, warningSignsId(), tr("Warning signs, by symptom"));
    m_topics->expandAll();
}

QSplitter* LearnPage::buildSplitter()
{
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_topics);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 1);
    const int width = topicsWidth();
    // A minimum, since the splitter scales its sizes to the room it gets.
    m_topics->setMinimumWidth(width);
    splitter->setSizes({std::max(280, width), 700});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

int LearnPage::topicsWidth() const
{
    // Wide enough for the longest title, which is longer in some languages.
    // Measured here: sizeHintForColumn() only looks at the rows in view.
    const int textMargin = m_topics->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
    auto textWidth = [this](const QTreeWidgetItem* item) {
        const bool ownFont = item->data(0, Qt::FontRole).isValid();
        const QFontMetrics metrics =
            ownFont ? QFontMetrics(item->font(0), m_topics) : m_topics->fontMetrics();
        return metrics.horizontalAdvance(item->text(0));
    };
    int widest = 0;
    for (int g = 0; g < m_topics->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_topics->topLevelItem(g);
        widest = std::max(widest, textWidth(group));
        for (int i = 0; i < group->childCount(); ++i)
            widest = std::max(widest, m_topics->indentation() + textWidth(group->child(i)));
    }
    return widest + 2 * textMargin + 2 * m_topics->frameWidth() +
           m_topics->verticalScrollBar()->sizeHint().width();
}

QTreeWidgetItem* LearnPage::addGroup(const QString& title)
{
    auto* item = new QTreeWidgetItem(m_topics, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void LearnPage::addTopic(QTreeWidgetItem* group, const QString& id, const QString& title)
{
    auto* item = new QTreeWidgetItem(group, {title});
    item->setData(0, kTopicRole, id);
}

QStringList LearnPage::topicIds() const
{
    QStringList ids;
    for (int g = 0; g < m_topics->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_topics->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            ids.append(group->child(i)->data(0, kTopicRole).toString());
    }
    return ids;
}

bool LearnPage::showTopic(const QString& topicId)
{
    for (int g = 0; g < m_topics->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_topics->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kTopicRole).toString() == topicId) {
                m_topics->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

QString LearnPage::currentTopicId() const
{
    const QTreeWidgetItem* item = m_topics->currentItem();
    return item ? item->data(0, kTopicRole).toString() : QString();
}

QString LearnPage::sourcesHtml(const QStringList& sourceIds) const
{
    QStringList titles;
    for (const QString& id : sourceIds) {
        const core::Source* source = m_library.source(id);
        if (!source)
            continue;
        QString title = esc(source->title);
        if (!source->url.isEmpty())
            title = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(source->url), title);
        const QString by = source->year
                               ? QStringLiteral("%1, %2").arg(source->author).arg(*source->year)
                               : source->author;
        titles.append(QStringLiteral("%1 (%2)").arg(title, esc(by)));
    }
    return titles.isEmpty() ? QString()
                            : QStringLiteral("<p><small>%1 %2</small></p>")
                                  .arg(esc(tr("Sources:")), titles.join(QStringLiteral("; ")));
}

QString LearnPage::topicHtml(const QString& topicId) const
{
    if (const core::Cause* cause = m_library.cause(topicId)) {
        QStringList related;
        for (const core::Symptom& symptom : m_library.symptoms()) {
            if (symptom.causeIds.contains(topicId))
                related.append(esc(symptom.name));
        }
        QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i></p>%3")
                           .arg(esc(cause->title), esc(cause->summary), paragraphs(cause->body));
        if (!related.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(esc(tr("It can play a part in")), related.join(QStringLiteral(" · ")));
        }
        return html + sourcesHtml(cause->sourceIds);
    }
    if (const core::Guide* guide = m_library.guide(topicId)) {
        return QStringLiteral("<h2>%1</h2><p><i>%2</i></p>%3")
                   .arg(esc(guide->title), esc(guide->summary), paragraphs(guide->body)) +
               sourcesHtml(guide->sourceIds);
    }
    if (topicId == warningSignsId()) {
        QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                           .arg(esc(tr("Warning signs, by symptom")),
                                esc(tr("Exercises help common aches. These signs mean it is time "
                                       "to see a doctor or a pelvic-floor physiotherapist.")));
        for (const core::Symptom& symptom : m_library.symptoms()) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(symptom.name));
            for (const QString& sign : symptom.seeClinician)
                html += QStringLiteral("<li>%1</li>").arg(esc(sign));
            html += QStringLiteral("</ul>") + sourcesHtml(symptom.sourceIds);
        }
        return html;
    }
    if (topicId == painMonitoringId()) {
        const core::PainMonitoring& rule = m_library.painMonitoring();
        return QStringLiteral("<h2>%1</h2>").arg(esc(rule.title)) +
               ExerciseHtml::painRuleHtml(rule) + sourcesHtml(rule.sourceIds);
    }
    if (topicId == stopListId()) {
        const core::PostnatalStopList& list = m_library.postnatalStopList();
        return QStringLiteral("<h2>%1</h2>").arg(esc(list.title)) +
               ExerciseHtml::stopListHtml(list) + sourcesHtml(list.sourceIds);
    }
    return {};
}

} // namespace carrywell::ui
