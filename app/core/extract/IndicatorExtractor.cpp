#include "extract/IndicatorExtractor.h"

namespace rl {

ExtractionResult IndicatorExtractor::extract(const QString &, const Outline &) const
{
    return {};   // placeholder until the extraction work lands
}

} // namespace rl
