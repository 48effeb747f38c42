#pragma once

#include "CliCommand.h"

namespace rl {

// `reportlens chart [--library PATH] --indicator ID [--indicator ID2] [--type bar|line|rank|scatter]
//  [--agencies A,B] [--years 2020-2023] --out FILE.png|svg|pdf [--width W --height H --dpi D] [--lang zh|en]`
class ChartCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("chart"); }
    QString synopsis() const override
    {
        return QStringLiteral("chart --indicator ID --out FILE.png|svg|pdf [--type bar|line|rank|scatter] ...   a comparison chart");
    }
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
    bool needsGui() const override { return true; }
};

} // namespace rl
