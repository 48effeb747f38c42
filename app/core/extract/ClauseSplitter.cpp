#include "extract/ClauseSplitter.h"

#include <algorithm>

namespace rl {

ClauseSplitter::ClauseSplitter(QStringView text)
    : m_text(text)
{
    m_sentenceStarts.reserve(size_t(text.size() / 40 + 1));
    m_sentenceStarts.push_back(0);
    m_paragraphStart.reserve(m_sentenceStarts.capacity());
    m_paragraphStart.push_back(1);
    const qsizetype n = text.size();
    const char16_t *p = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x3000 ? (c == u'\n' || c == u'!' || c == u'?') : isSentenceEnd(c)) {
            m_sentenceStarts.push_back(i + 1);
            m_paragraphStart.push_back(c == u'\n' ? 1 : 0);
        }
    }
}

int ClauseSplitter::sentenceIndex(qsizetype pos) const
{
    const auto it = std::upper_bound(m_sentenceStarts.begin(), m_sentenceStarts.end(), pos);
    return int(it - m_sentenceStarts.begin()) - 1;
}

qsizetype ClauseSplitter::sentenceStart(qsizetype pos) const
{
    return m_sentenceStarts[size_t(std::max(0, sentenceIndex(pos)))];
}

qsizetype ClauseSplitter::sentenceEnd(qsizetype pos) const
{
    const int i = sentenceIndex(pos);
    if (size_t(i + 1) < m_sentenceStarts.size())
        return m_sentenceStarts[size_t(i + 1)] - 1;
    return m_text.size();
}

qsizetype ClauseSplitter::previousSentenceStart(qsizetype start) const
{
    const int i = sentenceIndex(start);
    if (i <= 0 || m_paragraphStart[size_t(i)])
        return -1;
    return m_sentenceStarts[size_t(i - 1)];
}

ClauseSplitter::Clause ClauseSplitter::clauseBefore(qsizetype pos, qsizetype floor) const
{
    Clause c;
    floor = std::max(floor, pos - 400);   // a clause is never this long; keeps run-on text linear
    c.start = floor;
    int depth = 0;
    qsizetype asideEnd = -1;
    bool onlySpaces = true;
    for (qsizetype i = pos - 1; i >= floor; --i) {
        const char16_t ch = m_text[i].unicode();
        if (ch == u')' || ch == u'）') {
            if (depth++ == 0)
                asideEnd = i + 1;
            continue;
        }
        if (ch == u'(' || ch == u'（') {
            if (depth > 0) {
                if (--depth == 0)
                    c.asides.emplace_back(i, asideEnd);
                continue;
            }
            c.start = i + 1;          // the figure sits inside this parenthesis
            c.parenthesis = i;
            return c;
        }
        if (depth == 0 && isClauseDelimiter(ch)) {
            // 行政复议案件:12件 — a colon right before the figure joins it to the words it labels.
            if ((ch == u':' || ch == u'：') && onlySpaces)
                continue;
            c.start = i + 1;
            return c;
        }
        if (ch != u' ' && ch != u'\t' && ch != 0x3000)
            onlySpaces = false;
    }
    return c;
}

qsizetype ClauseSplitter::clauseEnd(qsizetype pos, qsizetype limit) const
{
    const qsizetype end = std::min(m_text.size(), pos + limit);
    for (qsizetype i = pos; i < end; ++i) {
        const char16_t ch = m_text[i].unicode();
        if (isClauseDelimiter(ch) || ch == u')' || ch == u'）')
            return i;
    }
    return end;
}

} // namespace rl
