#pragma once

#include "compare/ComparisonCell.h"
#include "compare/ComparisonQuery.h"
#include "library/ObservationRecord.h"
#include "model/ReportMeta.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rl {

// An agency as it appears in a comparison (its effective metadata from the library).
struct ComparisonAgency
{
    QString name;
    QString province, city, district;
    AgencyLevel level = AgencyLevel::Unknown;
};

// A comparison: indicators × agencies × years → cells. A plain value (copyable), built from library
// records; a missing value is absent (std::nullopt), never 0.
class Comparison final
{
public:
    Comparison() = default;

    // Records with an unknown year or agency cannot be placed and are left out. When several records
    // fall into one cell, the one a reader would trust most wins: a total over a breakdown, a corrected
    // or hand-entered value over an extracted one, a stated value over a derived or approximate one,
    // then the earliest in the report.
    static Comparison fromRecords(const QList<ObservationRecord> &records, const ComparisonQuery &query = {});

    QStringList indicatorIds() const { return m_indicatorIds; }
    const QList<ComparisonAgency> &agencies() const { return m_agencies; }   // pinyin order
    QList<int> years() const { return m_years; }                              // ascending, with a value
    bool isEmpty() const { return m_cells.isEmpty(); }

    int agencyIndex(const QString &agencyName) const;   // -1 when absent
    std::optional<ComparisonCell> cell(const QString &indicatorId, int agencyIndex, int year) const;
    const ComparisonCell *cellPtr(const QString &indicatorId, int agencyIndex, int year) const;
    QString unit(const QString &indicatorId) const;     // the catalog unit of its values
    int valueCount(const QString &indicatorId) const;   // cells present
    int valueCount() const { return int(m_cells.size()); }
    bool hasApprox() const;
    bool hasDerived() const;
    bool hasCorrected() const;   // corrected or hand-entered

    // The same comparison restricted to these agencies (by name, any order) and years.
    Comparison subset(const QStringList &agencyNames, std::optional<int> firstYear, std::optional<int> lastYear) const;

private:
    struct Key
    {
        int indicator;
        int agency;
        int year;
        bool operator==(const Key &o) const { return indicator == o.indicator && agency == o.agency && year == o.year; }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.indicator, key.agency, key.year); }

    QStringList m_indicatorIds;
    QHash<QString, QString> m_units;
    QList<ComparisonAgency> m_agencies;
    QList<int> m_years;
    QHash<Key, ComparisonCell> m_cells;
};

} // namespace rl
