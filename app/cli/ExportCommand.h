#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens export [--library PATH] --format csv|json`: one row per report × indicator (effective values).
class ExportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override { return QStringLiteral("export [--library PATH] --format csv|json   indicator values of the library"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace rl
