#pragma once

#include <QDialog>

#include <optional>

class QSpinBox;

namespace carrywell::ui {

/// After a session: how much it hurt before and how much now, 0–10. Either
/// may be left unanswered.
class PainRatingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PainRatingDialog(QWidget* parent = nullptr);

    std::optional<int> before() const;
    std::optional<int> after() const;
    void setBefore(std::optional<int> score);
    void setAfter(std::optional<int> score);

private:
    QSpinBox* m_before;
    QSpinBox* m_after;
};

} // namespace carrywell::ui
