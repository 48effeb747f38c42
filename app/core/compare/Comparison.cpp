#include "compare/Comparison.h"

#include "compare/AgencyOrder.h"

#include <QSet>

#include <algorithm>

namespace rl {

namespace {

// Higher wins when several records fall into one cell (see Comparison::fromRecords).
int trustRank(const ObservationRecord &r)
{
    int rank = 0;
    if (!r.isPart)
        rank += 8;
    if (r.corrected || r.manual)
        rank += 4;
    if (!r.derived)
        rank += 2;
    if (!r.approx)
        rank += 1;
    return rank;
}

bool betterThan(const ObservationRecord &a, const ObservationRecord &b)
{
    const int ra = trustRank(a), rb = trustRank(b);
    if (ra != rb)
        return ra > rb;
    if (a.reportId != b.reportId)
        return a.reportId < b.reportId;
    return a.offset < b.offset;
}

ComparisonCell cellFrom(const ObservationRecord &r)
{
    ComparisonCell c;
    c.value = r.value;
    c.unit = r.unit;
    c.approx = r.approx;
    c.derived = r.derived;
    c.corrected = r.corrected;
    c.manual = r.manual;
    c.reportId = r.reportId;
    c.observationId = r.observationId;
    c.quote = r.quote;
    c.offset = r.offset;
    c.length = r.length;
    return c;
}

} // namespace

Comparison Comparison::fromRecords(const QList<ObservationRecord> &records, const ComparisonQuery &query)
{
    const QSet<QString> wantedAgencies(query.agencies.cbegin(), query.agencies.cend());
    const auto accepted = [&](const ObservationRecord &r) {
        if (r.year <= 0 || r.agency.isEmpty())
            return false;
        if (!query.indicatorIds.isEmpty() && !query.indicatorIds.contains(r.indicatorId))
            return false;
        if (!wantedAgencies.isEmpty() && !wantedAgencies.contains(r.agency))
            return false;
        if (query.firstYear && r.year < *query.firstYear)
            return false;
        if (query.lastYear && r.year > *query.lastYear)
            return false;
        return true;
    };

    // The best record per (indicator, agency, year).
    QHash<QString, const ObservationRecord *> best;
    QHash<QString, ComparisonAgency> agencies;
    QSet<int> years;
    QStringList indicatorsSeen;
    for (const ObservationRecord &r : records) {
        if (!accepted(r))
            continue;
        const QString key = r.indicatorId + QChar(0x1f) + r.agency + QChar(0x1f) + QString::number(r.year);
        auto it = best.find(key);
        if (it == best.end())
            best.insert(key, &r);
        else if (betterThan(r, **it))
            *it = &r;
        if (!agencies.contains(r.agency))
            agencies.insert(r.agency, ComparisonAgency{r.agency, r.province, r.city, r.district, r.level});
        years.insert(r.year);
        if (!indicatorsSeen.contains(r.indicatorId))
            indicatorsSeen.append(r.indicatorId);
    }

    Comparison c;
    // The query's order when given (the user's choice: first is the main indicator), else first seen.
    if (!query.indicatorIds.isEmpty())
        c.m_indicatorIds = query.indicatorIds;
    else
        c.m_indicatorIds = indicatorsSeen;
    c.m_agencies = agencies.values();
    sortAgencies(c.m_agencies);
    c.m_years = years.values();
    std::sort(c.m_years.begin(), c.m_years.end());

    QHash<QString, int> agencyIndex;
    for (int i = 0; i < c.m_agencies.size(); ++i)
        agencyIndex.insert(c.m_agencies.at(i).name, i);
    for (const ObservationRecord *r : std::as_const(best)) {
        const int indicator = int(c.m_indicatorIds.indexOf(r->indicatorId));
        c.m_cells.insert(Key{indicator, agencyIndex.value(r->agency), r->year}, cellFrom(*r));
        if (!c.m_units.contains(r->indicatorId) && !r->unit.isEmpty())
            c.m_units.insert(r->indicatorId, r->unit);
    }
    return c;
}

int Comparison::agencyIndex(const QString &agencyName) const
{
    for (int i = 0; i < m_agencies.size(); ++i) {
        if (m_agencies.at(i).name == agencyName)
            return i;
    }
    return -1;
}

const ComparisonCell *Comparison::cellPtr(const QString &indicatorId, int agencyIndex, int year) const
{
    const int indicator = int(m_indicatorIds.indexOf(indicatorId));
    if (indicator < 0)
        return nullptr;
    const auto it = m_cells.constFind(Key{indicator, agencyIndex, year});
    return it == m_cells.cend() ? nullptr : &it.value();
}

std::optional<ComparisonCell> Comparison::cell(const QString &indicatorId, int agencyIndex, int year) const
{
    if (const ComparisonCell *c = cellPtr(indicatorId, agencyIndex, year))
        return *c;
    return std::nullopt;
}

QString Comparison::unit(const QString &indicatorId) const
{
    return m_units.value(indicatorId);
}

int Comparison::valueCount(const QString &indicatorId) const
{
    const int indicator = int(m_indicatorIds.indexOf(indicatorId));
    int n = 0;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        n += it.key().indicator == indicator ? 1 : 0;
    return n;
}

bool Comparison::hasApprox() const
{
    return std::any_of(m_cells.cbegin(), m_cells.cend(), [](const ComparisonCell &c) { return c.approx; });
}

bool Comparison::hasDerived() const
{
    return std::any_of(m_cells.cbegin(), m_cells.cend(), [](const ComparisonCell &c) { return c.derived; });
}

bool Comparison::hasCorrected() const
{
    return std::any_of(m_cells.cbegin(), m_cells.cend(),
                       [](const ComparisonCell &c) { return c.corrected || c.manual; });
}

Comparison Comparison::subset(const QStringList &agencyNames, std::optional<int> firstYear,
                              std::optional<int> lastYear) const
{
    const QSet<QString> wanted(agencyNames.cbegin(), agencyNames.cend());
    Comparison s;
    s.m_indicatorIds = m_indicatorIds;
    s.m_units = m_units;
    const auto kept = [&](const Key &k) {
        return wanted.contains(m_agencies.at(k.agency).name) && (!firstYear || k.year >= *firstYear)
            && (!lastYear || k.year <= *lastYear);
    };
    // Only agencies that keep a value stay (a comparison lists no agency without data).
    QList<bool> hasValue(m_agencies.size(), false);
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        if (kept(it.key()))
            hasValue[it.key().agency] = true;
    }
    QList<int> oldToNew(m_agencies.size(), -1);
    for (int i = 0; i < m_agencies.size(); ++i) {
        if (hasValue.at(i)) {
            oldToNew[i] = int(s.m_agencies.size());
            s.m_agencies.append(m_agencies.at(i));
        }
    }
    QSet<int> years;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        const Key &k = it.key();
        if (!kept(k))
            continue;
        s.m_cells.insert(Key{k.indicator, oldToNew.at(k.agency), k.year}, it.value());
        years.insert(k.year);
    }
    s.m_years = years.values();
    std::sort(s.m_years.begin(), s.m_years.end());
    return s;
}

} // namespace rl
