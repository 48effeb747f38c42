#pragma once

#include "extract/IndicatorCatalog.h"
#include "extract/NumberScanner.h"
#include "extract/TermAutomaton.h"

#include <QHash>
#include <QString>

#include <bitset>
#include <utility>
#include <vector>

namespace rl {

// The catalog turned into lookup tables for the extractor: one automaton over every phrase
// (subjects, measures, exclusions, zero terms and grammar words) and, per phrase, which
// recognisers it serves and in what role. Immutable once built; shared between threads.
class CompiledCatalog final
{
public:
    static constexpr int MaxRecognisers = 256;
    using Mask = std::bitset<MaxRecognisers>;

    enum Flag : unsigned {
        PartMarker = 1u << 0,
        TotalMarker = 1u << 1,
        Negation = 1u << 2,
        Target = 1u << 3,
        InstancePart = 1u << 4,
        Blocker = 1u << 5,
        AnySubject = 1u << 6,
        AnyMeasure = 1u << 7,
    };

    struct Term
    {
        QString text;
        Mask subjectOf;
        Mask measureOf;
        Mask excludeOf;
        Mask contextOf;
        std::vector<int> zeroOf;   // indicator indexes
        unsigned flags = 0;
    };

    struct Recogniser
    {
        int indicator = -1;
        bool requireMeasure = false;
        bool subjectIsActor = false;
        bool measureInSentence = false;
        bool needsContext = false;
    };

    explicit CompiledCatalog(const IndicatorCatalog &catalog);

    const IndicatorCatalog &catalog() const { return m_catalog; }
    const TermAutomaton &automaton() const { return m_automaton; }
    const NumberScanner &scanner() const { return m_scanner; }
    const std::vector<Term> &terms() const { return m_terms; }
    const std::vector<Recogniser> &recognisers() const { return m_recognisers; }
    // Recognisers that accept a unit as written (宗 → those counted in 件 …).
    // A short list compared inline: called for every figure, and hashing a QString there showed
    // on the profile (a catalog has a dozen or two units).
    Mask recognisersForUnit(QStringView unit) const
    {
        for (const auto &[u, mask] : m_unitMasks) {
            if (u.size() == unit.size() && (unit.isEmpty() || u.front() == unit.front()) && QStringView(u) == unit)
                return mask;
        }
        return {};
    }
    int indicatorIndex(const QString &id) const { return m_indicatorIndex.value(id, -1); }

    

private:
    int termIndex(const QString &text);

    IndicatorCatalog m_catalog;
    std::vector<Term> m_terms;
    QHash<QString, int> m_termIndex;
    std::vector<Recogniser> m_recognisers;
    std::vector<std::pair<QString, Mask>> m_unitMasks;
    QHash<QString, int> m_indicatorIndex;
    TermAutomaton m_automaton;
    NumberScanner m_scanner;
};

} // namespace rl
