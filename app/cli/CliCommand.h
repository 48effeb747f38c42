#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace rl {

// Exit codes of every sub-command (see README, "Command line").
enum CliExit { ExitOk = 0, ExitInputError = 1, ExitUsage = 2 };

// One headless sub-command: `reportlens NAME ARGS…`.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;   // one line for `reportlens --help`
    // `args` excludes the program and command names. Output is UTF-8 on stdout/stderr.
    virtual int run(const QStringList &args, QTextStream &out, QTextStream &err) = 0;
    // Commands that draw (charts) need a QApplication on the offscreen platform.
    virtual bool needsGui() const { return false; }
};

} // namespace rl
