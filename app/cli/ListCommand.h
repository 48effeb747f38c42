#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens list [--library PATH]`: one line per stored report (agency, year, level, file).
class ListCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("list [--library PATH]   reports in the library"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace rl
