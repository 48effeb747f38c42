#include "MainWindowLauncher.h"

#include "models/IndicatorLabels.h"
#include "views/Icons.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

namespace rl {

const char *installTranslations(const QLocale &locale)
{
    // The .qm files are embedded by qt_add_translations under :/i18n.
    static QTranslator *translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    const bool chinese = locale.language() == QLocale::Chinese;
    IndicatorLabels::setChineseUi(chinese);
    const char *language = chinese ? "zh_CN" : "en";
    auto *t = new QTranslator(qApp);
    if (t->load(QStringLiteral(":/i18n/reportlens_%1.qm").arg(QLatin1String(language)))) {
        QCoreApplication::installTranslator(t);
        translator = t;
    } else {
        delete t;
    }
    return language;
}

QLocale uiLocale()
{
    // REPORTLENS_LANG=zh|en overrides; "C"/POSIX (no preference) means the default, Chinese.
    const QByteArray forced = qgetenv("REPORTLENS_LANG");
    if (forced.startsWith("zh"))
        return QLocale(QLocale::Chinese, QLocale::China);
    if (forced.startsWith("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    const QLocale system = QLocale::system();
    const QStringList languages = system.uiLanguages();
    if (system.language() == QLocale::C || languages.isEmpty()
        || languages.constFirst().startsWith(QLatin1String("zh")))
        return QLocale(QLocale::Chinese, QLocale::China);
    if (system.language() == QLocale::Chinese)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

int launchMainWindow(int argc, char **argv)
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ReportLens"));
    QApplication::setOrganizationName(QStringLiteral("ReportLens"));
    QApplication::setApplicationVersion(QStringLiteral(RL_VERSION));
    QApplication::setWindowIcon(Icons::get(Icons::App));
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    installTranslations(locale);
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace rl
