#pragma once

#include "core/content/ContentLibrary.h"
#include "core/profile/Profile.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QScrollArea;
class QStackedWidget;

namespace carrywell::ui {

class ExerciseListModel;
class ExercisePage;
class LibraryFilterPanel;

/// Browse the exercises: pick a body region on the map or in the list,
/// narrow by what hurts, kind, equipment and what suits you now, search as
/// you type, then open an exercise to read it in full.
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(const core::ContentLibrary& library, QWidget* parent = nullptr);

    void setProfile(const core::Profile& profile, const QDate& today);
    void focusSearch();

    /// Opens an exercise's page; false when there is no such exercise.
    bool showExercise(const QString& exerciseId);
    void showResults();
    /// The exercise on screen, or empty when the list is shown.
    QString currentExerciseId() const;

    LibraryFilterPanel* filterPanel() const { return m_filters; }

signals:
    void startExerciseRequested(const QString& exerciseId);
    /// A link to a Learn page (getting up from the floor) was followed.
    void guideLinkActivated(const QString& guideId);

public:
    ExerciseListModel* resultsModel() const { return m_model; }
    QListView* resultsView() const { return m_results; }

private:
    void setUpFiltersScroll();
    void setUpSearch();
    void setUpResults();
    /// The search line, the count and the list, as the stack's first page.
    QWidget* buildResultsPanel();
    void connectSignals();
    /// Enter in the search line: opens the one result, or moves to the best of several.
    void openBestMatch();
    void refresh();
    void updateThumbnailStyle();
    ExercisePage* exercisePage();

    const core::ContentLibrary& m_library;
    LibraryFilterPanel* m_filters;
    QLineEdit* m_search;
    QLabel* m_count;
    ExerciseListModel* m_model;
    QListView* m_results;
    ExercisePage* m_exercisePage = nullptr;
    std::optional<int> m_weeksSinceBirth;
    QStackedWidget* m_stack;
    QScrollArea* m_filtersScroll = nullptr;
};

} // namespace carrywell::ui
