#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens reextract [--library PATH]`: recomputes every report's indicators from the stored text,
// keeping the corrections.
class ReextractCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("reextract"); }
    QString synopsis() const override { return QStringLiteral("reextract [--library PATH]   recompute indicators, keep corrections"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace rl
