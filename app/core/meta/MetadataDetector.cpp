#include "meta/MetadataDetector.h"

namespace rl {

ReportMeta MetadataDetector::detect(const QString &, const RawDocument &hints) const
{
    ReportMeta m;   // placeholder until the metadata work lands
    m.title = hints.titleHint;
    return m;
}

} // namespace rl
