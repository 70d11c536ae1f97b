#pragma once

#include "core/content/ContentLibrary.h"

#include <QWidget>

class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace carrywell::ui {

/// Short reads: why postpartum backs hurt, everyday body mechanics, and
/// when to get help.
class LearnPage : public QWidget
{
    Q_OBJECT

public:
    explicit LearnPage(const core::ContentLibrary& library, QWidget* parent = nullptr);

    /// Shows a topic by id (a cause, a guide, or "warning-signs").
    bool showTopic(const QString& topicId);
    QString currentTopicId() const;
    QStringList topicIds() const;

    static QString warningSignsId() { return QStringLiteral("warning-signs"); }
    /// The traffic-light rule for pain during and after exercise.
    static QString painMonitoringId() { return QStringLiteral("pain-monitoring"); }
    /// The postnatal signs that mean stop and get help.
    static QString stopListId() { return QStringLiteral("postnatal-stop-list"); }

private:
    void setUpViews();
    /// Every topic, in its group.
    void addTopics();
    /// Topics on the left, the text on the right.
    QSplitter* buildSplitter();
    /// Wide enough for the longest topic title.
    int topicsWidth() const;
    QTreeWidgetItem* addGroup(const QString& title);
    void addTopic(QTreeWidgetItem* group, const QString& id, const QString& title);
    QString topicHtml(const QString& topicId) const;
    QString sourcesHtml(const QStringList& sourceIds) const;

    const core::ContentLibrary& m_library;
    QTreeWidget* m_topics;
    QTextBrowser* m_text;
};

} // namespace carrywell::ui
