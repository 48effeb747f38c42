#pragma once

#include "model/Observation.h"
#include "model/Section.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rl {

struct ExtractionResult
{
    QList<Observation> observations;
    QStringList warnings;
};

// Finds every catalogued figure in normalised text, attributed to its own clause.
class IndicatorExtractor final
{
public:
    ExtractionResult extract(const QString &text, const Outline &outline) const;
};

} // namespace rl
