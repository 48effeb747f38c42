#include "MainWindowLauncher.h"

#include "views/MainWindow.h"

#include <QApplication>

namespace rl {

int launchMainWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ReportLens"));
    QApplication::setOrganizationName(QStringLiteral("ReportLens"));
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace rl
