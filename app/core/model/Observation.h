#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rl {

// One figure found in a report, with the exact place it came from.
struct Observation
{
    qint64 libraryId = -1;  // row id once stored in the ReportLibrary; -1 before
    QString id;             // catalog id, e.g. "dispute_cases"
    double value = 0;       // in the catalog unit (percent as 97.4, money in 元)
    QString unit;           // catalog unit: 件, %, 元, 人, 户, 场, 人次
    bool approx = false;    // hedged: 余/多/约/近/超过/逾
    bool derived = false;   // computed (a rate from two counts, a sum of parts)
    bool isPart = false;    // a breakdown of a total reported under the same id
    QStringList section;    // labels of the enclosing sections, top first
    QString quote;          // the sentence fragment (or, when derived, the figures used)
    qsizetype offset = -1;  // in the normalised text, UTF-16 code units
    qsizetype length = 0;

    // Staff corrections (kept by the library; the extracted value stays in `value` until corrected).
    bool corrected = false;
    bool rejected = false;
    bool manual = false;    // added by hand
    double correctedValue = 0;
    QDateTime correctedAt;

    double effectiveValue() const { return corrected ? correctedValue : value; }
    bool operator==(const Observation &o) const
    {
        return id == o.id && value == o.value && unit == o.unit && approx == o.approx && derived == o.derived
            && isPart == o.isPart && section == o.section && quote == o.quote && offset == o.offset
            && length == o.length && corrected == o.corrected && rejected == o.rejected && manual == o.manual
            && correctedValue == o.correctedValue && correctedAt == o.correctedAt;
    }
    bool operator!=(const Observation &o) const { return !(*this == o); }
};

} // namespace rl
