#pragma once

#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace rl {

// Sentences (。！？ and line ends), clauses (，；： and brackets) and asides in parentheses, for
// deciding which words belong to a figure. Sentence starts are found in one pass; clauses are
// looked up around a position on demand.
class ClauseSplitter final
{
public:
    explicit ClauseSplitter(QStringView text);

    static bool isSentenceEnd(char16_t c)
    {
        switch (c) {
        case u'。': case u'！': case u'？': case u'!': case u'?': case u'\n':
            return true;
        default:
            return false;
        }
    }
    static bool isClauseDelimiter(char16_t c)   // includes sentence ends
    {
        switch (c) {
        case u'，': case u',': case u'；': case u';': case u'：': case u':':
            return true;
        default:
            return isSentenceEnd(c);
        }
    }

    qsizetype sentenceStart(qsizetype pos) const;
    qsizetype sentenceEnd(qsizetype pos) const;  // exclusive, the terminator not included
    // Start of the sentence before the one starting at `start`, when in the same paragraph; else -1.
    qsizetype previousSentenceStart(qsizetype start) const;
    int sentenceIndex(qsizetype pos) const;

    struct Clause
    {
        qsizetype start = 0;          // first character of the clause
        qsizetype parenthesis = -1;   // the '(' the clause opens with, when the figure is inside one
        std::vector<std::pair<qsizetype, qsizetype>> asides;   // (…) spans before the position, skipped
    };
    // The clause that ends at `pos` (scanning back, never before `floor`).
    Clause clauseBefore(qsizetype pos, qsizetype floor) const;
    // First clause delimiter at or after pos (or the text end), at most `limit` characters on.
    qsizetype clauseEnd(qsizetype pos, qsizetype limit) const;

private:
    bool isSoftWrap(qsizetype newline) const
    {
        return std::binary_search(m_softWraps.begin(), m_softWraps.end(), newline);
    }
    bool isBoundary(qsizetype i) const
    {
        const char16_t c = m_text[i].unicode();
        return isClauseDelimiter(c) && !(c == u'\n' && isSoftWrap(i));
    }

    QStringView m_text;
    std::vector<qsizetype> m_softWraps;        // line breaks inside a sentence (text wrapped by a PDF)
    std::vector<qsizetype> m_sentenceStarts;   // sorted
    std::vector<uint8_t> m_paragraphStart;        // per sentence: first of its paragraph
};

} // namespace rl
