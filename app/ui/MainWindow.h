#pragma once

#include "content/ContentLoader.h"

#include <QMainWindow>

class QSettings;
class QSplitter;
class QTreeView;

namespace carrywell::ui {

class ExercisePane;
class ExerciseTreeModel;

/// Carrywell's main window: the exercise library grouped by body region,
/// with the selected exercise in full beside it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const core::ContentLoadReport& content, QSettings& settings,
               QWidget* parent = nullptr);

    /// Selects an exercise in the tree and shows it.
    bool showExercise(const QString& exerciseId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void restoreState();
    void onCurrentChanged(const QModelIndex& current);

    const core::ContentLibrary& m_library;
    QSettings& m_settings;
    ExerciseTreeModel* m_model;
    QTreeView* m_tree;
    ExercisePane* m_detail;
    QSplitter* m_splitter;
};

} // namespace carrywell::ui
