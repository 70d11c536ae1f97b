#pragma once

#include "core/content/ContentError.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace carrywell::ui {

/// A calm, dismissable notice that some content files could not be used,
/// with the exact problems one click away.
class ContentProblemsBanner : public QFrame
{
    Q_OBJECT

public:
    ContentProblemsBanner(const QList<core::ContentError>& errors, const QStringList& skippedFiles,
                          QWidget* parent = nullptr);

private:
    QLabel* m_message;
    QPushButton* m_detailsButton;
    QPlainTextEdit* m_details;
};

} // namespace carrywell::ui
