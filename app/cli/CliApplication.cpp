#include "CliApplication.h"

#include "CliRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>
#include <cstring>

namespace rl {

namespace {

bool isHelp(const char *arg)
{
    return std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "help") == 0;
}

bool isVersion(const char *arg)
{
    return std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0;
}

void printHelp(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << "ReportLens " << QStringLiteral(REPORTLENS_VERSION) << "\n"
        << "Usage: reportlens                 open the main window\n"
        << "       reportlens COMMAND [ARGS]  run headless\n\nCommands:\n";
    // A synopsis is "usage   what it does": print the two as aligned columns.
    static const QRegularExpression gap(QStringLiteral("\\s{3,}"));
    for (const auto &c : commands) {
        const QStringList parts = c->synopsis().split(gap);
        out << "  " << parts.first().leftJustified(60);
        if (parts.size() > 1)
            out << ' ' << parts.mid(1).join(QLatin1Char(' '));
        out << '\n';
    }
    out << "\nExit codes: 0 success, 1 some input could not be read, 2 usage error.\n";
}

} // namespace

bool CliApplication::handles(const char *firstArgument)
{
    if (!firstArgument)
        return false;
    // Only Qt's own GUI options and paths to open leave the command line to the main window;
    // any other word is a sub-command, and an unknown one is a usage error rather than a window.
    static const char *const guiOptions[] = {"-platform", "-style", "-stylesheet", "-reverse", "-session",
                                             "-geometry", "-qwindowgeometry", "-qwindowtitle", "-widgetcount"};
    for (const char *option : guiOptions) {
        if (std::strcmp(firstArgument, option) == 0)
            return false;
    }
    return !QFileInfo::exists(QString::fromLocal8Bit(firstArgument)) || isHelp(firstArgument);
}

int CliApplication::run(int argc, char **argv)
{
    auto commands = createCliCommands();
    CliCommand *command = nullptr;
    for (const auto &c : commands) {
        if (argc > 1 && c->name() == QLatin1String(argv[1]))
            command = c.get();
    }

    // Drawing needs a GUI application, but never a display: force the offscreen platform.
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Headless runs (CI, cron) often lack a session: name the fallback Qt would pick anyway, so stderr
        // carries only real problems.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir = "/tmp/runtime-" + QByteArray::number(uint(getuid()));
            if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", dir);
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ReportLens"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReportLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));

    QFile stdoutFile, stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stderrFile.open(stderr, QIODevice::WriteOnly);
    QTextStream out(&stdoutFile), err(&stderrFile);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    if (argc > 1 && isVersion(argv[1])) {
        out << "reportlens " << QStringLiteral(REPORTLENS_VERSION) << '\n';
        return ExitOk;
    }
    if (!command) {
        if (argc > 1 && !isHelp(argv[1]))
            err << "reportlens: unknown command '" << QString::fromLocal8Bit(argv[1]) << "'\n\n";
        printHelp(argc > 1 && isHelp(argv[1]) ? out : err, commands);
        return argc > 1 && isHelp(argv[1]) ? ExitOk : ExitUsage;
    }
    QStringList args = QCoreApplication::arguments().mid(2);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << "Usage: reportlens " << command->synopsis().split(QRegularExpression(QStringLiteral("\\s{3,}"))).join(QLatin1String("\n  ")) << '\n';
        return ExitOk;
    }
    const int code = command->run(args, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace rl
