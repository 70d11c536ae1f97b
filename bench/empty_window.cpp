// The floor for startup, memory and process benchmarks: the least a Qt
// Widgets program does to put a window on screen. An empty QWidget the size
// Carrywell opens at (1180 x 780), painted with the style's background.
//
//   empty_window                      show the window until closed
//   empty_window --quit-after-paint   exit as soon as the window has painted
//                                     (the floor for whole-process runs)
//   empty_window --paint-delay MS     sleep MS in the first paint: checks that
//                                     first_paint sees paints, not mapping

#include <QApplication>
#include <QPaintEvent>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace {

class EmptyWindow : public QWidget
{
public:
    bool quitAfterPaint = false;
    int paintDelayMs = 0;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        if (paintDelayMs > 0)
            QThread::msleep(static_cast<unsigned long>(std::exchange(paintDelayMs, 0)));
        QWidget::paintEvent(event);
        // Queued: the backing store is flushed to the screen after this returns.
        if (quitAfterPaint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    EmptyWindow window;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quit-after-paint") == 0)
            window.quitAfterPaint = true;
        else if (std::strcmp(argv[i], "--paint-delay") == 0 && i + 1 < argc)
            window.paintDelayMs = std::atoi(argv[++i]);
    }
    window.setWindowTitle(QStringLiteral("Empty window"));
    window.resize(1180, 780);
    window.show();
    return app.exec();
}
