#pragma once

#include "model/ReportMeta.h"

#include <QString>

namespace rl {

// One value for comparisons: the effective (corrected) value of an observation, its flags, and the
// effective metadata of its report. Rejected observations never appear as records.
struct ObservationRecord
{
    qint64 reportId = -1;
    qint64 observationId = -1;
    QString agency, province, city, district;
    AgencyLevel level = AgencyLevel::Unknown;
    int year = 0;            // 0 when the report's year is unknown
    QString indicatorId;
    double value = 0;        // corrected value when corrected
    QString unit;
    bool approx = false;
    bool derived = false;
    bool corrected = false;
    bool manual = false;
    bool isPart = false;     // a breakdown of a total reported under the same id
    QString quote;
    qint64 offset = -1;      // in the report's normalised text (UTF-16 code units)
    qint64 length = 0;
};

} // namespace rl
