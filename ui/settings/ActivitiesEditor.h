#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;

namespace carrywell::ui {

/// Up to five everyday activities that are hard now, in her own words (the
/// Patient-Specific Functional Scale): each a text field that also offers
/// common ones. Changing a name never touches ratings already in the
/// journal; they keep the name they were given.
class ActivitiesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActivitiesEditor(QWidget* parent = nullptr);

    void setActivities(const QStringList& activities);
    /// The names typed or chosen, tidied (MyActivities::cleaned).
    QStringList activities() const;

signals:
    void changed();

private:
    QList<QComboBox*> m_fields;
};

} // namespace carrywell::ui
