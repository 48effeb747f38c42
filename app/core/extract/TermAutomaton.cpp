#include "extract/TermAutomaton.h"

#include <algorithm>
#include <map>
#include <queue>

#include <QtGlobal>

namespace rl {

TermAutomaton::TermAutomaton(const QStringList &terms)
{
    m_symbolOf.assign(0x10000, 0);
    for (const QString &t : terms) {
        for (const QChar c : t) {
            if (m_symbolOf[c.unicode()] == 0)
                m_symbolOf[c.unicode()] = uint16_t(m_symbols++);
        }
    }

    // Trie with sparse children first; the dense table is filled after the failure links.
    std::vector<std::map<int, int>> children(1);
    std::vector<std::vector<int32_t>> own(1);
    std::vector<int> depth(1, 0);
    m_termLength.reserve(size_t(terms.size()));
    for (int ti = 0; ti < terms.size(); ++ti) {
        const QString &t = terms.at(ti);
        m_termLength.push_back(int32_t(t.size()));
        if (t.isEmpty())
            continue;
        int s = 0;
        for (const QChar c : t) {
            const int sym = m_symbolOf[c.unicode()];
            auto it = children[size_t(s)].find(sym);
            if (it == children[size_t(s)].end()) {
                children.emplace_back();
                own.emplace_back();
                depth.push_back(depth[size_t(s)] + 1);
                const int ns = int(children.size()) - 1;
                children[size_t(s)].emplace(sym, ns);
                s = ns;
            } else {
                s = it->second;
            }
        }
        own[size_t(s)].push_back(ti);
    }
    m_states = int(children.size());
    if (m_states > 0xFFFF) {
        qWarning("reportlens: too many catalog phrases for the term automaton (%d states)", m_states);
        *this = TermAutomaton();
        return;
    }
    m_next.assign(size_t(m_states) * size_t(m_symbols), 0);
    std::vector<int> fail(size_t(m_states), 0);
    std::vector<std::vector<int32_t>> outputs = own;

    std::queue<int> queue;
    for (const auto &[sym, child] : children[0]) {
        m_next[size_t(sym)] = uint16_t(child);
        queue.push(child);
    }
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop();
        const int f = fail[size_t(s)];
        // Terms that end here through the failure chain (already complete for f: BFS order).
        outputs[size_t(s)].insert(outputs[size_t(s)].end(), outputs[size_t(f)].begin(), outputs[size_t(f)].end());
        for (int sym = 0; sym < m_symbols; ++sym)
            m_next[size_t(s) * size_t(m_symbols) + size_t(sym)] = m_next[size_t(f) * size_t(m_symbols) + size_t(sym)];
        for (const auto &[sym, child] : children[size_t(s)]) {
            fail[size_t(child)] = m_next[size_t(f) * size_t(m_symbols) + size_t(sym)];
            m_next[size_t(s) * size_t(m_symbols) + size_t(sym)] = uint16_t(child);
            queue.push(child);
        }
    }
    // Symbol 0 (a character in no term) always returns to the root.
    for (int s = 0; s < m_states; ++s)
        m_next[size_t(s) * size_t(m_symbols)] = 0;

    // Renumber the states so that those where terms end come last: the scan then knows from the
    // state number alone whether to look for output, without touching another table per character.
    std::vector<int> order;
    order.reserve(size_t(m_states));
    for (int s = 0; s < m_states; ++s)
        if (outputs[size_t(s)].empty())
            order.push_back(s);
    m_firstOutputState = int(order.size());
    for (int s = 0; s < m_states; ++s)
        if (!outputs[size_t(s)].empty())
            order.push_back(s);
    // Shallow states first within each group: the scan spends most characters at the root and
    // one or two characters deep, and with the table stored per symbol (below) those entries
    // share a few cache lines per character instead of one line per state.
    const auto byDepth = [&depth](int a, int b) { return depth[size_t(a)] < depth[size_t(b)]; };
    std::stable_sort(order.begin(), order.begin() + m_firstOutputState, byDepth);
    std::stable_sort(order.begin() + m_firstOutputState, order.end(), byDepth);
    std::vector<int> newId(static_cast<size_t>(m_states), 0);
    for (int i = 0; i < m_states; ++i)
        newId[size_t(order[size_t(i)])] = i;   // the root (no output) keeps 0
    // Stored transposed, symbol * m_states + state (see above).
    std::vector<uint16_t> next(m_next.size());
    for (int s = 0; s < m_states; ++s)
        for (int sym = 0; sym < m_symbols; ++sym)
            next[size_t(sym) * size_t(m_states) + size_t(newId[size_t(s)])] =
                uint16_t(newId[m_next[size_t(s) * size_t(m_symbols) + size_t(sym)]]);
    m_next.swap(next);

    m_outputBegin.assign(size_t(m_states - m_firstOutputState) + 1, 0);
    for (int i = m_firstOutputState; i < m_states; ++i) {
        auto &o = outputs[size_t(order[size_t(i)])];
        // Longer terms first so a consumer that wants the longest match sees it first.
        std::sort(o.begin(), o.end(), [this](int a, int b) { return m_termLength[size_t(a)] > m_termLength[size_t(b)]; });
        const size_t k = size_t(i - m_firstOutputState);
        m_outputBegin[k + 1] = m_outputBegin[k] + int32_t(o.size());
        m_outputs.insert(m_outputs.end(), o.begin(), o.end());
    }
}

void TermAutomaton::scan(QStringView text, std::vector<Hit> &out) const
{
    if (m_states <= 1)
        return;
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    const uint16_t *symbolOf = m_symbolOf.data();
    const uint16_t *next = m_next.data();
    const int32_t *outputBegin = m_outputBegin.data();
    const size_t states = size_t(m_states);
    const int32_t firstOutput = m_firstOutputState;
    uint32_t s = 0;
    for (qsizetype i = 0; i < n; ++i) {
        s = next[size_t(symbolOf[p[i]]) * states + s];
        if (int32_t(s) < firstOutput)
            continue;
        const int32_t b = outputBegin[s - uint32_t(firstOutput)];
        const int32_t e = outputBegin[s - uint32_t(firstOutput) + 1];
        for (int32_t k = b; k < e; ++k) {
            const int32_t term = m_outputs[size_t(k)];
            out.push_back({i + 1 - m_termLength[size_t(term)], i + 1, term});
        }
    }
}

} // namespace rl
