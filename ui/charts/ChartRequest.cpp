#include "charts/ChartRequest.h"

namespace rl {

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Bars:
        return QStringLiteral("bar");
    case ChartKind::Lines:
        return QStringLiteral("line");
    case ChartKind::Ranking:
        return QStringLiteral("rank");
    case ChartKind::Scatter:
        return QStringLiteral("scatter");
    }
    return {};
}

std::optional<ChartKind> chartKindFromKey(const QString &key)
{
    for (ChartKind k : {ChartKind::Bars, ChartKind::Lines, ChartKind::Ranking, ChartKind::Scatter}) {
        if (chartKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

} // namespace rl
