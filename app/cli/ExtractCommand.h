#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens extract [--format json|csv] FILE...`: metadata, outline and indicators per file.
class ExtractCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString synopsis() const override { return QStringLiteral("extract [--format json|csv] FILE...   metadata, outline and indicators"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace rl
