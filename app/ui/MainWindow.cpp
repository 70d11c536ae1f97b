#include "MainWindow.h"

#include "models/ExerciseTreeModel.h"
#include "widgets/ContentProblemsBanner.h"
#include "widgets/ExercisePane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kExerciseKey = QStringLiteral("library/currentExercise");

} // namespace

MainWindow::MainWindow(const core::ContentLoadReport& content, QSettings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_library(content.library), m_settings(settings),
      m_model(new ExerciseTreeModel(content.library, this)), m_tree(new QTreeView(this)),
      m_detail(new ExercisePane(content.library, this)), m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Carrywell"));

    m_tree->setObjectName(QStringLiteral("exerciseTree"));
    m_tree->setAccessibleName(tr("Exercises by body region"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ExerciseTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ExerciseTreeModel::CategoryColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ExerciseTreeModel::MinutesColumn,
                                           QHeaderView::ResizeToContents);

    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({460, 640});
    m_splitter->setChildrenCollapsible(false);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!content.errors.isEmpty())
        layout->addWidget(new ContentProblemsBanner(content.errors, content.skippedFiles, central));
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    statusBar()->showMessage(tr("%n exercises", nullptr,
                                static_cast<int>(m_library.exercises().size())) +
                             tr(" in %n body regions", nullptr,
                                static_cast<int>(m_library.regions().size())));

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_detail, &ExercisePane::exerciseLinkActivated, this,
            &MainWindow::showExercise);

    createMenus();
    restoreState();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Carrywell"), this, [this] {
        QMessageBox::about(
            this, tr("About Carrywell"),
            tr("<h3>Carrywell %1</h3><p>Exercises, guided sessions and a private journal for "
               "back pain after pregnancy.</p><p>Carrywell teaches general exercises; it is not "
               "medical advice. If pain is severe, getting worse, or comes with numbness, "
               "leaking or fever, see a doctor or a pelvic-floor physiotherapist.</p>")
                .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    QMainWindow::restoreState(m_settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray());
    const QString last = m_settings.value(kExerciseKey).toString();
    if (!showExercise(last) && m_model->rowCount() > 0) {
        const QModelIndex firstExercise = m_model->index(0, 0, m_model->index(0, 0));
        if (const core::Exercise* exercise = m_model->exerciseAt(firstExercise))
            showExercise(exercise->id);
    }
}

bool MainWindow::showExercise(const QString& exerciseId)
{
    const QModelIndex index = m_model->indexOfExercise(exerciseId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    // Keep the region heading in view when its first exercise is chosen.
    m_tree->scrollTo(index.row() == 0 ? index.parent() : index);
    return true;
}

void MainWindow::onCurrentChanged(const QModelIndex& current)
{
    const core::Exercise* exercise = m_model->exerciseAt(current);
    if (!exercise)
        return; // A region row: keep showing the last exercise.
    m_detail->showExercise(exercise);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kExerciseKey, m_detail->exerciseId());
    m_settings.sync();
    event->accept();
}

} // namespace carrywell::ui
