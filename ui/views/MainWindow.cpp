#include "views/MainWindow.h"

#include <QLabel>

namespace rl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ReportLens"));
    auto *placeholder = new QLabel(tr("Open a report to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

} // namespace rl
