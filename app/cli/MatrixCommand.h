#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens matrix [--library PATH] --indicator ID --format csv|xlsx --out FILE`: agencies × years.
class MatrixCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("matrix"); }
    QString synopsis() const override
    {
        return QStringLiteral("matrix --indicator ID --format csv|xlsx --out FILE   agencies × years as CSV or Excel");
    }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace rl
