#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens outline FILE`: the section tree as indented text.
class OutlineCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("outline"); }
    QString synopsis() const override { return QStringLiteral("outline FILE                          the section tree, indented"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace rl
