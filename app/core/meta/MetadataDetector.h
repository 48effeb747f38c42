#pragma once

#include "model/RawDocument.h"
#include "model/ReportMeta.h"

#include <QString>

namespace rl {

// Finds title, agency, place, level, covered year and publication date in a normalised report.
class MetadataDetector final
{
public:
    ReportMeta detect(const QString &text, const RawDocument &hints) const;
};

} // namespace rl
