#include "extract/CompiledCatalog.h"

namespace rl {

namespace {

NumberScanner makeScanner(const IndicatorCatalog &catalog)
{
    NumberScanner::Vocabulary v = NumberScanner::Vocabulary::defaults();
    const CatalogGrammar &g = catalog.grammar();
    if (!g.hedgesBefore.isEmpty())
        v.hedgesBefore = g.hedgesBefore;
    if (!g.hedgesAfter.isEmpty())
        v.hedgesAfter = g.hedgesAfter;
    if (!g.changeWords.isEmpty())
        v.changeWords = g.changeWords;
    // Every unit the catalog accepts must be recognised after a number.
    for (const IndicatorDefinition &d : catalog.indicators()) {
        for (const QString &u : d.units) {
            if (!v.units.contains(u) && u != QLatin1String("%"))
                v.units << u;
        }
    }
    return NumberScanner(v);
}

} // namespace

int CompiledCatalog::termIndex(const QString &text)
{
    const auto it = m_termIndex.constFind(text);
    if (it != m_termIndex.cend())
        return *it;
    const int i = int(m_terms.size());
    m_terms.push_back(Term{text, {}, {}, {}, {}, {}, 0});
    m_termIndex.insert(text, i);
    return i;
}

CompiledCatalog::CompiledCatalog(const IndicatorCatalog &catalog)
    : m_catalog(catalog)
    , m_scanner(makeScanner(catalog))
{
    const QList<IndicatorDefinition> &inds = catalog.indicators();
    QHash<QString, Mask> unitMask;
    for (int ii = 0; ii < inds.size(); ++ii) {
        const IndicatorDefinition &d = inds.at(ii);
        m_indicatorIndex.insert(d.id, ii);
        for (const IndicatorRecogniser &r : d.recognisers) {
            const int ri = int(m_recognisers.size());
            if (ri >= MaxRecognisers) {
                qWarning("reportlens: more than %d recognisers in the catalog; the rest are ignored", MaxRecognisers);
                break;
            }
            m_recognisers.push_back({ii, r.requireMeasure, r.subjectIsActor, r.measureInSentence, !r.context.isEmpty()});
            for (const QString &s : r.subjects) {
                Term &t = m_terms[size_t(termIndex(s))];
                t.subjectOf.set(size_t(ri));
                t.flags |= AnySubject;
            }
            for (const QString &s : r.measures) {
                Term &t = m_terms[size_t(termIndex(s))];
                t.measureOf.set(size_t(ri));
                t.flags |= AnyMeasure;
            }
            for (const QString &s : r.context)
                m_terms[size_t(termIndex(s))].contextOf.set(size_t(ri));
            for (const QString &s : r.exclude)
                m_terms[size_t(termIndex(s))].excludeOf.set(size_t(ri));
            for (const QString &u : (r.units.isEmpty() ? d.units : r.units))
                unitMask[u].set(size_t(ri));
        }
        for (const QString &z : d.zeroTerms)
            m_terms[size_t(termIndex(z))].zeroOf.push_back(ii);
    }
    for (auto it = unitMask.cbegin(); it != unitMask.cend(); ++it)
        m_unitMasks.emplace_back(it.key(), it.value());
    const CatalogGrammar &g = catalog.grammar();
    auto flag = [this](const QStringList &words, unsigned f) {
        for (const QString &w : words)
            m_terms[size_t(termIndex(w))].flags |= f;
    };
    flag(g.partMarkers, PartMarker);
    flag(g.totalMarkers, TotalMarker);
    flag(g.negations, Negation);
    flag(g.targetWords, Target);
    flag(g.instanceParts, InstancePart);
    flag(g.blockers, Blocker);

    QStringList texts;
    texts.reserve(qsizetype(m_terms.size()));
    for (const Term &t : m_terms)
        texts << t.text;
    m_automaton = TermAutomaton(texts);
}


} // namespace rl
