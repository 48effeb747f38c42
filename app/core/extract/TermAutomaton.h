#pragma once

#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace rl {

// Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every term (also
// overlapping ones) in one pass, whatever the number of terms. Built once per catalog; the
// transition table is dense over the characters that occur in terms, so scanning costs one
// table lookup per character.
class TermAutomaton final
{
public:
    struct Hit
    {
        qsizetype start;
        qsizetype end;   // exclusive
        int term;        // index into the list given to build()
    };

    TermAutomaton() = default;
    explicit TermAutomaton(const QStringList &terms);

    // Appends the hits in order of their end position (ties: longer term first).
    void scan(QStringView text, std::vector<Hit> &out) const;
    int termCount() const { return int(m_termLength.size()); }
    int stateCount() const { return m_states; }

private:
    std::vector<uint16_t> m_symbolOf;      // character → symbol (0: in no term)
    int m_symbols = 1;
    int m_states = 1;
    int m_firstOutputState = 1;   // states from here on have outputs
    std::vector<uint16_t> m_next;          // symbol * m_states + state → state (≤ 65535 states)
    std::vector<int32_t> m_outputBegin;    // (state - m_firstOutputState) → first index in m_outputs
    std::vector<int32_t> m_outputs;        // terms ending in a state, through failure links too
    std::vector<int32_t> m_termLength;
};

} // namespace rl
