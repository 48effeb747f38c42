#pragma once

#include "model/RawDocument.h"
#include "model/ReportMeta.h"

#include <QString>

namespace rl {

// Finds title, agency, place, level, covered year and publication date in a normalised report.
//
// The agency comes from the first of: the title, a closing signature, a letterhead line near the top,
// the 发布机构 row, the subject of the opening sentence — a fuller form of the same agency found in a
// later source wins over an abbreviation. Places come from the agency's name through the gazetteer;
// a report that never names itself ("我局") gets its level from how it speaks of itself (区委区政府, 全县),
// and its province, city and district only from place names its text uses consistently (at least twice
// and two thirds of the mentions of that rank). Unknown stays empty.
class MetadataDetector final
{
public:
    ReportMeta detect(const QString &text, const RawDocument &hints) const;
};

} // namespace rl
