#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens search [--library PATH] QUERY`: full-text search over the library, best first.
class SearchCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("search [--library PATH] QUERY   full-text search in the library"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace rl
