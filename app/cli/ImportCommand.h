#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens import [--library PATH] FILE_OR_DIR...`: stores reports (folders recursively) in the library.
class ImportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override { return QStringLiteral("import [--library PATH] FILE_OR_DIR...   add reports to the library"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace rl
