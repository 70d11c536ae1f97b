#pragma once

#include "core/content/ContentLibrary.h"
#include "core/content/RuleBook.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace carrywell::ui {

/// The ready-made sessions as cards, each with its name, about how long it
/// takes, what it is for, its exercises (by name and, when there is room, as
/// small pictures) and a Start button; two cards a row, or one on a narrow
/// window.
class RoutineChooser : public QWidget
{
    Q_OBJECT

public:
    explicit RoutineChooser(const core::ContentLibrary& library, QWidget* parent = nullptr);

    /// One per routine, in the library's order; each knows its routine
    /// through the "routineId" property.
    QList<QPushButton*> startButtons() const { return m_starts; }
    int columns() const { return m_columns; }
    /// Pictures of each routine's exercises, when the page has the height.
    void setPicturesShown(bool shown);
    bool picturesShown() const { return m_picturesShown; }
    /// Says on each card when it suits from, and whether it suits her yet.
    void setProfile(const core::SuitabilityProfile& profile);

signals:
    void startRequested(const QString& routineId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Picture
    {
        const core::Exercise* exercise;
        const core::Illustration* illustration;
        QLabel* label;
    };
    QWidget* card(const core::Routine& routine);
    void arrange();
    void drawPictures();

    const core::ContentLibrary& m_library;
    QGridLayout* m_grid;
    QList<QWidget*> m_cards;
    QList<QWidget*> m_pictureRows;
    QList<QList<Picture>> m_pictures; ///< Per card.
    QList<QPushButton*> m_starts;
    QHash<QString, QLabel*> m_suitability; ///< Per routine id.
    int m_columns = 0;
    bool m_picturesShown = false;
    QSize m_pictureSize;
};

} // namespace carrywell::ui
