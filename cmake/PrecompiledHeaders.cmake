# Precompiled Qt headers: most of a build's time goes to parsing Qt's headers
# again in every file. carrywell_precompile_qt(target [WIDGETS]) precompiles
# the Qt Core (and with WIDGETS, Qt Gui and Widgets) headers our sources use
# most; CARRYWELL_PRECOMPILED_HEADERS=OFF turns it off (docs/performance.md
# has what it saves).
option(CARRYWELL_PRECOMPILED_HEADERS "Precompile the Qt headers (faster builds)" ON)

set(CARRYWELL_PCH_CORE
    <QCoreApplication> <QDate> <QDateTime> <QDir> <QFileInfo> <QHash> <QJsonArray>
    <QJsonObject> <QList> <QLocale> <QObject> <QSet> <QSettings> <QString> <QStringList>
    <QTimer> <QUrl> <memory> <optional> <vector>)
set(CARRYWELL_PCH_WIDGETS
    <QAction> <QCheckBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
    <QKeyEvent> <QLabel> <QMessageBox> <QPainter> <QPushButton> <QSpinBox> <QStackedWidget>
    <QStyle> <QVBoxLayout> <QWidget>)

function(carrywell_precompile_qt target)
    if(NOT CARRYWELL_PRECOMPILED_HEADERS)
        return()
    endif()
    cmake_parse_arguments(ARG "WIDGETS" "" "" ${ARGN})
    if(ARG_WIDGETS)
        target_precompile_headers(${target} PRIVATE ${CARRYWELL_PCH_CORE} ${CARRYWELL_PCH_WIDGETS})
    else()
        target_precompile_headers(${target} PRIVATE ${CARRYWELL_PCH_CORE})
    endif()
endfunction()
