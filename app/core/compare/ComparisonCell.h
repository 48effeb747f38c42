#pragma once

#include <QString>

namespace rl {

// One value of a comparison (indicator × agency × year) with everything needed to trace it back.
struct ComparisonCell
{
    double value = 0;        // effective value (corrected when corrected), catalog unit
    QString unit;
    bool approx = false;     // the report hedges the figure (约, 余, 多…)
    bool derived = false;    // computed by ReportLens
    bool corrected = false;  // corrected by staff
    bool manual = false;     // added by hand
    qint64 reportId = -1;
    qint64 observationId = -1;
    QString quote;
    qint64 offset = -1;      // in the report's normalised text
    qint64 length = 0;

    // Values that are not plainly stated in a report look different in charts and carry a note.
    bool flagged() const { return approx || derived || corrected || manual; }
};

} // namespace rl
