#include "ui/library/LibraryPage.h"

#include "ui/library/ExerciseListModel.h"
#include "ui/library/ExercisePage.h"
#include "ui/library/LibraryFilterPanel.h"
#include "ui/widgets/ExerciseItemDelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

constexpr int kWidestFilters = 540;

} // namespace

LibraryPage::LibraryPage(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library), m_filters(new LibraryFilterPanel(library, this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_model(new ExerciseListModel(library, this)), m_results(new QListView(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    setUpFiltersScroll();
    setUpSearch();
    setUpResults();
    m_stack->addWidget(buildResultsPanel());

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_filtersScroll, 2);
    layout->addWidget(m_stack, 5);

    setTabOrder(m_filters, m_search);
    setTabOrder(m_search, m_results);
    connectSignals();
    updateThumbnailStyle();
    refresh();
}

void LibraryPage::setUpFiltersScroll()
{
    auto* scroll = m_filtersScroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("libraryFiltersScroll"));
    scroll->setWidget(m_filters);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // No tab stop of its own: Tab goes straight to the filters, and the area
    // scrolls to show the one with focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_filters->sizeHint().width() + 20);
    // Over a quarter of a wide page, so the body map in it can grow too.
    scroll->setMaximumWidth(kWidestFilters);
}

void LibraryPage::setUpSearch()
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setPlaceholderText(tr("Search names, steps and symptoms (Ctrl+F)"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setAccessibleName(tr("Number of exercises found"));
}

void LibraryPage::setUpResults()
{
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_results->setAccessibleName(tr("Exercises found"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new ExerciseItemDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QWidget* LibraryPage::buildResultsPanel()
{
    auto* resultsPanel = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(resultsPanel);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_search);
    resultsLayout->addWidget(m_count);
    resultsLayout->addWidget(m_results, 1);
    return resultsPanel;
}

void LibraryPage::connectSignals()
{
    connect(m_filters, &LibraryFilterPanel::changed, this, [this] {
        refresh();
        showResults();
    });
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPage::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPage::openBestMatch);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& index) {
        if (const core::Exercise* exercise = m_model->exerciseAt(index))
            showExercise(exercise->id);
    });
}

void LibraryPage::openBestMatch()
{
    // Enter opens the one result, or moves to the best of several.
    if (m_model->rowCount() == 1) {
        if (const core::Exercise* exercise = m_model->exerciseAt(m_model->index(0)))
            showExercise(exercise->id);
    } else if (m_model->rowCount() > 1) {
        m_results->setCurrentIndex(m_model->index(0));
        m_results->setFocus(Qt::OtherFocusReason);
    }
}

void LibraryPage::setProfile(const core::Profile& profile, const QDate& today)
{
    m_filters->setProfile(profile, today);
    m_weeksSinceBirth = profile.weeksSinceBirth(today);
    if (m_exercisePage)
        m_exercisePage->setWeeksSinceBirth(m_weeksSinceBirth);
}

void LibraryPage::focusSearch()
{
    showResults();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPage::refresh()
{
    core::ExerciseFilter filter = m_filters->filter();
    filter.text = m_search->text();
    const QList<const core::Exercise*> found = filter.apply(m_library);
    m_model->setExercises(found);
    m_count->setText(found.isEmpty() ? tr("No exercises match. Try fewer filters or other words.")
                                     : (found.size() == 1 ? tr("1 exercise")
                                                          : tr("%1 exercises").arg(found.size())));
    // The best match is the one selected.
    if (!found.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
}

bool LibraryPage::showExercise(const QString& exerciseId)
{
    const core::Exercise* exercise = m_library.exercise(exerciseId);
    if (!exercise)
        return false;
    ExercisePage* page = exercisePage();
    page->showExercise(exercise);
    m_stack->setCurrentWidget(page);
    // Reading an exercise takes the whole page; the filters come back with the list.
    m_filtersScroll->hide();
    return true;
}

ExercisePage* LibraryPage::exercisePage()
{
    // Made when an exercise is first opened: the first screen is the list.
    if (m_exercisePage)
        return m_exercisePage;
    m_exercisePage = new ExercisePage(m_library, m_stack);
    m_exercisePage->setWeeksSinceBirth(m_weeksSinceBirth);
    m_stack->addWidget(m_exercisePage);
    connect(m_exercisePage, &ExercisePage::guideLinkActivated, this,
            &LibraryPage::guideLinkActivated);
    connect(m_exercisePage, &ExercisePage::backRequested, this, &LibraryPage::showResults);
    connect(m_exercisePage, &ExercisePage::startRequested, this,
            &LibraryPage::startExerciseRequested);
    connect(m_exercisePage, &ExercisePage::exerciseLinkActivated, this, &LibraryPage::showExercise);
    return m_exercisePage;
}

void LibraryPage::showResults()
{
    const bool wasOnExercise = m_exercisePage && m_stack->currentWidget() == m_exercisePage;
    m_stack->setCurrentIndex(0);
    m_filtersScroll->show();
    if (wasOnExercise)
        m_results->setFocus();
}

QString LibraryPage::currentExerciseId() const
{
    return m_exercisePage && m_stack->currentWidget() == m_exercisePage
               ? m_exercisePage->exerciseId()
               : QString();
}

void LibraryPage::updateThumbnailStyle()
{
    m_model->setThumbnailStyle(ExerciseItemDelegate::thumbnailSize(), devicePixelRatioF(),
                               palette().color(QPalette::Base).lightness() < 128);
}

} // namespace carrywell::ui
