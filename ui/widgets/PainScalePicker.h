#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QWidget>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;

namespace carrywell::ui {

/// Eleven buttons for a 0–10 pain score, with words at the anchors (0 no
/// pain, 10 worst imaginable). Number keys choose a score: "7" is 7, and
/// "1" followed quickly by "0" is 10.
class PainScalePicker : public QWidget
{
    Q_OBJECT

public:
    explicit PainScalePicker(QWidget* parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> score);

    /// Handles a number key typed anywhere in the dialog; false when `key`
    /// is not a digit.
    bool handleDigitKey(int key);

    QAbstractButton* button(int score) const;

signals:
    void valueChanged(int score);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    /// The button for one score, named and coloured for it; not a Tab stop.
    QPushButton* makeScoreButton(int score);
    void choose(int score);

    QButtonGroup* m_group;
    QLabel* m_word;
    std::optional<int> m_value;
    QElapsedTimer m_sinceOne; ///< Running while a "1" may become "10".
};

} // namespace carrywell::ui
