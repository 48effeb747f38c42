#pragma once

#include "model/ReportMeta.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rl {

// One row of the library tree / `reportlens list`: the effective (corrected) metadata of a stored report.
struct ReportSummary
{
    qint64 id = -1;
    QString agency;
    QString province, city, district;
    AgencyLevel level = AgencyLevel::Unknown;
    std::optional<int> year;
    QString title;
    QString file;            // original path as imported
    QString format;          // txt, html, pdf, docx
    QDateTime importedAt;    // UTC
    bool metaCorrected = false;   // some metadata field was corrected by hand
    int observationCount = 0;     // effective observations (rejected ones excluded)
};

} // namespace rl
