#pragma once

#include "model/Observation.h"
#include "model/Section.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rl {

class IndicatorCatalog;
class CompiledCatalog;

struct ExtractionResult
{
    QList<Observation> observations;
    QStringList warnings;
};

// Finds every catalogued figure in normalised text, attributed to its own clause.
//
// One pass finds the figures (NumberScanner), one pass finds every catalog phrase (one
// Aho–Corasick automaton for all indicators); each figure then takes the indicator named by the
// nearest subject in its own clause, or, when its clause only says what was done (办结26509件),
// the subject carried from the clauses before it in the sentence.
class IndicatorExtractor final
{
public:
    // Uses the shared catalog (user override or built-in), compiled once for the process.
    IndicatorExtractor();
    explicit IndicatorExtractor(const IndicatorCatalog &catalog);
    ~IndicatorExtractor();
    IndicatorExtractor(const IndicatorExtractor &) = default;
    IndicatorExtractor &operator=(const IndicatorExtractor &) = default;

    ExtractionResult extract(const QString &text, const Outline &outline) const;
    const IndicatorCatalog &catalog() const;

private:
    std::shared_ptr<const CompiledCatalog> m_compiled;
};

} // namespace rl
