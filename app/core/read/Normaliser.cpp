#include "read/Normaliser.h"

#include "read/BoilerplateFilter.h"

#include <cstring>

namespace rl {

namespace {

// mapChar's answer for characters that disappear.
constexpr char16_t Deleted = 0;

// Context-free mapping of one character; the context rules (，/－ inside numbers, spaces) are in
// the loop. Hand-written rather than an ICU Transliterator: it runs on every report and the
// needed set is small (measured: several hundred MB/s versus a few MB/s for a transliterator).
inline char16_t mapChar(char16_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return c;
    if (c < 0x20) {
        switch (c) {
        case u'\n': case u'\r': case u'\f': case u'\v':
            return u'\n';
        case u'\t':
            return u' ';
        default:
            return Deleted;
        }
    }
    if (c < 0xA0)
        return c == 0x85 ? u'\n' : Deleted;
    if (c < 0x2000) {
        if (c == 0xA0 || c == 0x1680)
            return u' ';
        return c == 0xAD ? Deleted : c;
    }
    if (c <= 0x206F) {
        if (c <= 0x200A || c == 0x202F || c == 0x205F)
            return u' ';
        if (c <= 0x200D || c == 0x2060 || (c >= 0x2061 && c <= 0x2064))
            return Deleted;
        if (c == 0x2028 || c == 0x2029)
            return u'\n';
        return c;
    }
    if (c == 0x3000)
        return u' ';
    if (c >= 0xFF01 && c <= 0xFF5E) {
        if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
            return char16_t(c - 0xFEE0);
        switch (c) {
        case 0xFF05: return u'%';
        case 0xFF08: return u'(';
        case 0xFF09: return u')';
        case 0xFF0E: return u'.';
        default: return c;
        }
    }
    if (c == 0xFEFF)
        return Deleted;
    return c;
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// What a number is counted in; a space between the number and these goes.
inline bool isUnit(char16_t c)
{
    switch (c) {
    case u'年': case u'月': case u'日': case u'时': case u'件': case u'宗': case u'起': case u'万':
    case u'亿': case u'元': case u'人': case u'户': case u'家': case u'场': case u'次': case u'个':
    case u'项': case u'名': case u'条': case u'份': case u'余': case u'多': case u'倍': case u'号':
    case u'批': case u'期': case u'天': case u'周': case u'岁': case u'%': case u'‰': case u'季':
    case u'小': case u'类': case u'篇': case u'部': case u'所': case u'处': case u'位': case u'例':
        return true;
    default:
        return false;
    }
}

inline bool isOpening(char16_t c)
{
    switch (c) {
    case u'(': case u'[': case u'《': case u'〈': case u'「': case u'『': case u'【': case u'〔': case u'〖':
    case u'“': case u'‘':
        return true;
    default:
        return false;
    }
}

inline bool isClosing(char16_t c)
{
    switch (c) {
    case u')': case u']': case u'》': case u'〉': case u'」': case u'』': case u'】': case u'〕': case u'〗':
    case u'”': case u'’':
        return true;
    default:
        return false;
    }
}

// Full-width brackets and quotes never take a space on their outer side in Chinese text either.
inline bool isWideBracket(char16_t c)
{
    return c != u'(' && c != u')' && c != u'[' && c != u']' && (isOpening(c) || isClosing(c));
}

inline bool isChinesePunctuation(char16_t c)
{
    switch (c) {
    case u'，': case u'。': case u'、': case u'；': case u'：': case u'？': case u'！':
        return true;
    default:
        return false;
    }
}

class Writer
{
public:
    explicit Writer(qsizetype capacity)
    {
        m_text.resize(capacity + 2);
        m_base = reinterpret_cast<char16_t *>(m_text.data());
    }

    char16_t last() const { return m_pos > m_lineStart ? m_base[m_pos - 1] : u'\n'; }
    bool atLineStart() const { return m_atLineStart; }
    qsizetype digitsBack() const
    {
        qsizetype k = m_pos;
        while (k > m_lineStart && isDigit(m_base[k - 1]))
            --k;
        return m_pos - k;
    }

    void put(char16_t c)
    {
        if (m_atLineStart) {
            m_savedPendingBlank = m_pendingBlank;
            m_lineSepStart = m_pos;
            if (m_hasContent)
                m_base[m_pos++] = u'\n';
            if (m_pendingBlank && m_hasContent)
                m_base[m_pos++] = u'\n';
            m_pendingBlank = false;
            m_lineStart = m_pos;
            m_atLineStart = false;
        }
        m_base[m_pos++] = c;
    }

    void endLine()
    {
        if (m_atLineStart) {
            if (m_hasContent)
                m_pendingBlank = true;
            return;
        }
        m_atLineStart = true;
        const qsizetype length = m_pos - m_lineStart;
        if (length <= BoilerplateFilter::MaxLineLength) {
            const QStringView line(m_base + m_lineStart, length);
            QString rest;
            switch (BoilerplateFilter::judge(line, &rest)) {
            case BoilerplateFilter::Verdict::Keep:
                break;
            case BoilerplateFilter::Verdict::Drop:
                m_pos = m_lineSepStart;
                m_pendingBlank = m_savedPendingBlank;
                return;
            case BoilerplateFilter::Verdict::Trim:
                std::memcpy(m_base + m_lineStart, rest.constData(), size_t(rest.size()) * sizeof(char16_t));
                m_pos = m_lineStart + rest.size();
                break;
            }
        }
        m_hasContent = true;
    }

    QString finish()
    {
        endLine();
        m_text.truncate(m_pos);
        const qsizetype footer = BoilerplateFilter::trailingFooterStart(m_text);
        if (footer >= 0)
            m_text.truncate(footer);
        while (m_text.endsWith(QLatin1Char('\n')))
            m_text.chop(1);
        return std::move(m_text);
    }

private:
    QString m_text;
    char16_t *m_base = nullptr;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    qsizetype m_lineSepStart = 0;
    bool m_atLineStart = true;
    bool m_hasContent = false;
    bool m_pendingBlank = false;
    bool m_savedPendingBlank = false;
};

} // namespace

QString Normaliser::normalise(const QString &raw)
{
    const char16_t *in = reinterpret_cast<const char16_t *>(raw.constData());
    const qsizetype n = raw.size();
    Writer out(n);

    // The mapped character at j (for look-ahead), or '\n' past the end.
    auto mappedAt = [&](qsizetype j) -> char16_t { return j < n ? mapChar(in[j]) : u'\n'; };
    // Exactly three digits from j (a thousands group), then no digit.
    auto digitGroupAt = [&](qsizetype j) {
        return isDigit(mappedAt(j)) && isDigit(mappedAt(j + 1)) && isDigit(mappedAt(j + 2)) && !isDigit(mappedAt(j + 3));
    };

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        const char16_t m = mapChar(c);
        if (m == Deleted)
            continue;
        if (m == u'\n') {
            if (c == u'\r' && i + 1 < n && in[i + 1] == u'\n')
                ++i;
            out.endLine();
            continue;
        }
        if (m == u' ') {
            // Look past the whole run (and anything deleted inside it) to decide once.
            qsizetype j = i + 1;
            char16_t r = u'\n';
            for (; j < n; ++j) {
                r = mapChar(in[j]);
                if (r != u' ' && r != Deleted)
                    break;
            }
            if (j >= n)
                r = u'\n';
            i = j - 1;
            if (out.atLineStart() || r == u'\n')
                continue; // indentation or trailing space
            const char16_t l = out.last();
            const bool drop = (isDigit(l) && isUnit(r))
                || ((l == u'年' || l == u'月') && isDigit(r))
                || (isDigit(l) && isDigit(r) && out.digitsBack() <= 3 && digitGroupAt(j))
                || isOpening(l) || isClosing(r) || isChinesePunctuation(l) || isChinesePunctuation(r)
                || isWideBracket(l) || isWideBracket(r);
            if (!drop)
                out.put(u' ');
            continue;
        }
        if (c == 0xFF0C) { // ，: a thousands separator inside a number, Chinese comma otherwise
            if (!out.atLineStart() && isDigit(out.last()) && digitGroupAt(i + 1)) {
                out.put(u',');
                continue;
            }
        } else if (c == 0xFF0D) { // －: a range or date dash between digits
            if (!out.atLineStart() && isDigit(out.last()) && isDigit(mappedAt(i + 1))) {
                out.put(u'-');
                continue;
            }
        }
        out.put(m);
    }
    return out.finish();
}

} // namespace rl
