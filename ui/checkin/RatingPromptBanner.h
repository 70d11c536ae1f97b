#pragma once

#include <QFrame>

class QPushButton;

namespace carrywell::ui {

/// The weekly question, as a calm banner: "How are your everyday activities
/// this week?" with Rate them and Not this week. Hidden until shown.
class RatingPromptBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RatingPromptBanner(QWidget* parent = nullptr);

    QPushButton* rateButton() const { return m_rate; }
    QPushButton* laterButton() const { return m_later; }

signals:
    void rateRequested();
    /// Not this week: she will be asked again in a week.
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QPushButton* m_rate;
    QPushButton* m_later;
};

} // namespace carrywell::ui
