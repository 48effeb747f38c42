#pragma once

#include "compare/Comparison.h"
#include "library/ObservationRecord.h"

#include <QList>

namespace rl::test {

// A hand-built comparison every chart test knows by heart (values chosen so each case is visible):
//   dispute_cases (件)   2020   2021        2022
//   深圳市…局             1200   1500 approx  —
//   东莞市…局              900    —          1100 corrected
//   广州市…局               —    2000        2400
//   mediation_rate (%)  深圳 2021 = 60 (derived), 东莞 2020 = 75, 广州 2022 = 80
inline ObservationRecord record(const QString &agency, int year, const QString &id, double value,
                                const QString &unit)
{
    static qint64 nextId = 1;
    ObservationRecord r;
    r.reportId = year * 10 + agency.size();
    r.observationId = nextId++;
    r.agency = agency;
    r.province = QStringLiteral("广东省");
    r.city = agency.left(3);
    r.level = AgencyLevel::City;
    r.year = year;
    r.indicatorId = id;
    r.value = value;
    r.unit = unit;
    r.quote = QStringLiteral("受理案件%1件").arg(value);
    r.offset = 100 + year;
    r.length = 8;
    return r;
}

inline QString shenzhen() { return QStringLiteral("深圳市人力资源和社会保障局"); }
inline QString dongguan() { return QStringLiteral("东莞市人力资源和社会保障局"); }
inline QString guangzhou() { return QStringLiteral("广州市人力资源和社会保障局"); }

inline QList<ObservationRecord> knownRecords()
{
    const QString cases = QStringLiteral("dispute_cases"), rate = QStringLiteral("mediation_rate");
    const QString jian = QStringLiteral("件"), pct = QStringLiteral("%");
    QList<ObservationRecord> r;
    r << record(shenzhen(), 2020, cases, 1200, jian);
    r << record(shenzhen(), 2021, cases, 1500, jian);
    r.last().approx = true;
    r << record(dongguan(), 2020, cases, 900, jian);
    r << record(dongguan(), 2022, cases, 1100, jian);
    r.last().corrected = true;
    r << record(guangzhou(), 2021, cases, 2000, jian);
    r << record(guangzhou(), 2022, cases, 2400, jian);
    r << record(shenzhen(), 2021, rate, 60, pct);
    r.last().derived = true;
    r << record(dongguan(), 2020, rate, 75, pct);
    r << record(guangzhou(), 2022, rate, 80, pct);
    return r;
}

inline Comparison knownComparison(const QStringList &indicators = {QStringLiteral("dispute_cases")})
{
    ComparisonQuery q;
    q.indicatorIds = indicators;
    return Comparison::fromRecords(knownRecords(), q);
}

} // namespace rl::test
