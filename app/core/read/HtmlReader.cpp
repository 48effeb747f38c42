#include "read/HtmlReader.h"

#include "read/HtmlEntities.h"
#include "read/TextDecoder.h"

#include <QCoreApplication>

#include <array>
#include <cctype>

namespace rl {

namespace {

// Where a page may declare its charset; browsers look at the first 1024 bytes, saved pages
// sometimes carry long comments first.
constexpr qsizetype CharsetScanBytes = 8 * 1024;

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// East Asian wide characters (CJK ideographs, kana, CJK and full-width punctuation), not Hangul.
bool isWide(char16_t c)
{
    return (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
}

char16_t lower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

// Element names are ASCII; compare without allocating.
bool nameIs(QStringView name, const char *lit)
{
    qsizetype i = 0;
    for (; lit[i]; ++i) {
        if (i >= name.size() || lower(name[i].unicode()) != char16_t(uchar(lit[i])))
            return false;
    }
    return i == name.size();
}

bool nameIn(QStringView name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (nameIs(name, n))
            return true;
    }
    return false;
}

bool isBlock(QStringView n)
{
    if (n.size() == 2 && lower(n[0].unicode()) == u'h' && n[1] >= u'1' && n[1] <= u'6')
        return true;
    return nameIn(n, {"p", "div", "li", "tr", "table", "section", "article", "ul", "ol", "dl", "dt", "dd",
                      "blockquote", "center", "pre", "hr", "header", "footer", "nav", "aside", "main", "form",
                      "fieldset", "figure", "figcaption", "address", "caption", "tbody", "thead", "tfoot",
                      "body", "html", "option", "legend", "details", "summary", "menu", "dir", "hgroup"});
}

// Elements whose content browsers never show as text (raw text up to the end tag).
bool isRawTextDropped(QStringView n)
{
    return nameIn(n, {"script", "style", "noscript", "template", "iframe", "xmp", "noembed", "noframes"});
}

// Page furniture: menus, footers, side bars, drop-down site lists, drawings. Dropped only when
// closed, so a page that forgets </nav> loses nothing.
bool isFurniture(QStringView n)
{
    return nameIn(n, {"nav", "footer", "aside", "select", "svg", "math", "object", "button", "map"});
}

// Elements without content or end tag: never the start of a region to skip.
bool isVoid(QStringView n)
{
    return nameIn(n, {"img", "input", "br", "hr", "meta", "link", "source", "wbr", "area", "base", "col", "embed",
                      "param", "track"});
}

// Meta names that carry the publication date, best first.
const std::array<const char *, 12> DateMetaNames = {
    "article:published_time", "pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime",
    "og:published_time", "dcterms.issued", "dc.date.issued", "dcterms.created", "dc.date", "date"};

const std::array<const char *, 3> TitleMetaNames = {"articletitle", "og:title", "title"};

struct Attribute
{
    QStringView name;
    QString value;
};

class Tokenizer
{
public:
    explicit Tokenizer(const QString &html)
        : m_html(html)
        , m_n(html.size())
    {
        m_out.reserve(m_n / 2);
    }

    RawDocument run();

private:
    qsizetype find(char16_t c, qsizetype from);
    qsizetype tagEnd(qsizetype from);
    void text(qsizetype from, qsizetype to);
    void appendChar(QChar c);
    void newline(bool force);
    bool dropLinkOnlyLine();
    void endCell();
    void joinLines(qsizetype from, qsizetype to);
    void endRow();
    void startTag(QStringView name, qsizetype attrFrom, qsizetype attrTo, bool selfClosing);
    void endTag(QStringView name);
    void meta(qsizetype attrFrom, qsizetype attrTo);
    bool isHidden(qsizetype attrFrom, qsizetype attrTo) const;
    static QString collapsed(QStringView s);

    const QString &m_html;
    const qsizetype m_n;
    QString m_out;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false; // the pending whitespace had a line break in the source
    bool m_cellStart = false;
    qsizetype m_cellMark = -1; // where the open table cell's text began
    int m_rowCells = 0;        // cells with text in the current row
    qsizetype m_joinFrom = -1; // the row's first cell, joined once a second cell shows it is data
    qsizetype m_joinTo = -1;
    bool m_inHead = false;
    int m_pre = 0;
    // Menus and link lists: a short line whose letters all come from <a> elements is dropped.
    int m_linkDepth = 0;
    qsizetype m_lineStart = 0;
    bool m_lineLink = false;
    bool m_linePlain = false;
    // One furniture region at a time: its name, nesting depth and where its text began.
    QString m_skipName;
    int m_skipDepth = 0;
    qsizetype m_skipMark = 0;
    QString m_title;
    QString m_metaTitle;
    int m_metaTitleRank = 99;
    QString m_published;
    int m_publishedRank = 99;
    // Cached next occurrence of '>', '"', '\'' so unclosed quotes cannot make the scan quadratic.
    struct Cache
    {
        qsizetype from = -1;
        qsizetype at = -1;
    };
    Cache m_cache[3];
};

qsizetype Tokenizer::find(char16_t c, qsizetype from)
{
    Cache &k = m_cache[c == u'>' ? 0 : c == u'"' ? 1 : 2];
    if (k.from >= 0 && from >= k.from && (k.at < 0 || from <= k.at))
        return k.at;
    k.from = from;
    k.at = QStringView(m_html).indexOf(QChar(c), from);
    return k.at;
}

// The '>' that ends a tag whose attributes start at from, honouring quoted values; when a quote
// never closes, the first '>' ends the tag (what a reader of broken markup would expect).
qsizetype Tokenizer::tagEnd(qsizetype from)
{
    qsizetype i = from;
    for (;;) {
        const qsizetype gt = find(u'>', i);
        if (gt < 0)
            return -1;
        const qsizetype dq = find(u'"', i);
        const qsizetype sq = find(u'\'', i);
        qsizetype quote = -1;
        if (dq >= 0 && dq < gt)
            quote = dq;
        if (sq >= 0 && sq < gt && (quote < 0 || sq < quote))
            quote = sq;
        if (quote < 0)
            return gt;
        // A quote only opens a value right after '='; a stray one (alt=x'y) is a plain character.
        qsizetype back = quote - 1;
        while (back >= from && isHtmlSpace(m_html[back].unicode()))
            --back;
        if (back < from || m_html[back] != u'=') {
            i = quote + 1;
            continue;
        }
        const qsizetype close = find(m_html[quote].unicode(), quote + 1);
        if (close < 0)
            return find(u'>', from);
        i = close + 1;
    }
}

void Tokenizer::appendChar(QChar c)
{
    if (m_pendingSpace) {
        // A line break in the source between two Chinese characters is no space (CSS Text's
        // segment-break rule): hard-wrapped source must not split "加强\n组织领导".
        const bool joinWide = m_pendingBreak && !m_out.isEmpty() && isWide(m_out.back().unicode()) && isWide(c.unicode());
        m_pendingSpace = m_pendingBreak = false;
        if (!joinWide && !m_out.isEmpty() && m_out.back() != u'\n' && !m_cellStart)
            m_out += QLatin1Char(' ');
    }
    if (m_cellStart) {
        m_cellStart = false;
        if (++m_rowCells == 2 && m_joinFrom >= 0) {
            joinLines(m_joinFrom, m_joinTo);
            m_joinFrom = m_joinTo = -1;
        }
        if (!m_out.isEmpty() && m_out.back() != u'\n')
            m_out += QLatin1String(" | ");
    }
    m_out += c;
    if (c.isLetterOrNumber())
        (m_linkDepth > 0 ? m_lineLink : m_linePlain) = true;
}

// Navigation is link text on a line of its own (menus, lists of other documents' titles, "more"
// links); prose, table rows, breadcrumbs and "附件:" lines carry some plain text. A paragraph is
// kept even when all of it is a link.
bool Tokenizer::dropLinkOnlyLine()
{
    constexpr qsizetype MaxMenuLine = 200;
    const bool drop = m_lineLink && !m_linePlain && m_out.size() - m_lineStart <= MaxMenuLine;
    if (drop)
        m_out.truncate(m_lineStart);
    m_lineLink = m_linePlain = false;
    return drop;
}

// A short cell is one value even when written as paragraphs (<td><p>发布机构</p></td>, as Word
// exports tables): in a row of several cells its lines are joined so the row stays
// "发布机构 | 人社局". A long cell, or the only cell of a row, is layout (an article or a
// signature block in a <td>) and keeps its lines.
void Tokenizer::endCell()
{
    if (m_cellMark < 0)
        return;
    constexpr qsizetype MaxValueCell = 100;
    constexpr int MaxValueLines = 4;
    const qsizetype mark = std::min(m_cellMark, m_out.size());
    m_cellMark = -1;
    const QStringView cell = QStringView(m_out).mid(mark);
    if (cell.trimmed().size() > MaxValueCell || cell.count(u'\n') > MaxValueLines + 1)
        return;
    qsizetype end = m_out.size();
    while (end > mark && (m_out.at(end - 1) == u'\n' || m_out.at(end - 1) == u' '))
        --end;
    if (end < m_out.size()) {
        m_out.truncate(end); // the row, not the cell's last paragraph, ends the line
        m_lineStart = m_out.lastIndexOf(QLatin1Char('\n')) + 1;
        m_linePlain = true; // what is left already passed the menu test
        m_pendingSpace = m_pendingBreak = false;
    }
    if (m_rowCells >= 2)
        joinLines(mark, end);
    else if (m_rowCells == 1) {
        m_joinFrom = mark;
        m_joinTo = end;
    }
}

void Tokenizer::joinLines(qsizetype from, qsizetype to)
{
    bool joined = false;
    for (qsizetype i = std::max<qsizetype>(from, 0); i < std::min(to, m_out.size()); ++i) {
        if (m_out.at(i) == u'\n') {
            m_out[i] = u' ';
            joined = true;
        }
    }
    if (joined) {
        m_lineStart = m_out.lastIndexOf(QLatin1Char('\n')) + 1;
        m_linePlain = true;
    }
}

void Tokenizer::endRow()
{
    endCell();
    m_rowCells = 0;
    m_joinFrom = m_joinTo = -1;
}

void Tokenizer::newline(bool force)
{
    m_pendingSpace = m_pendingBreak = false;
    const bool dropped = dropLinkOnlyLine();
    if ((force && !dropped) || (!m_out.isEmpty() && m_out.back() != u'\n'))
        m_out += QLatin1Char('\n');
    m_lineStart = m_out.size();
}

void Tokenizer::text(qsizetype from, qsizetype to)
{
    if (m_inHead)
        return;
    const QStringView html(m_html);
    for (qsizetype i = from; i < to; ++i) {
        const char16_t c = html[i].unicode();
        if (c == u'&') {
            QString decoded;
            const qsizetype used = HtmlEntities::decodeAt(html.first(to), i, decoded);
            if (used > 0) {
                for (QChar d : std::as_const(decoded))
                    appendChar(d);
                i += used - 1;
                continue;
            }
            appendChar(QLatin1Char('&'));
        } else if (isHtmlSpace(c)) {
            if (m_pre > 0) {
                if (c == u'\n')
                    newline(true);
                else if (c != u'\r')
                    m_out += QLatin1Char(' ');
            } else {
                m_pendingSpace = true;
                m_pendingBreak = m_pendingBreak || c == u'\n' || c == u'\r';
            }
        } else {
            appendChar(QChar(c));
        }
    }
}

QString Tokenizer::collapsed(QStringView s)
{
    QString decoded = HtmlEntities::decoded(s);
    return decoded.simplified();
}

void Tokenizer::meta(qsizetype attrFrom, qsizetype attrTo)
{
    // Attributes: name[=value], value quoted or bare.
    QStringView key, content;
    QString keyValue, contentValue;
    const QStringView html(m_html);
    qsizetype i = attrFrom;
    while (i < attrTo) {
        while (i < attrTo && (isHtmlSpace(html[i].unicode()) || html[i] == u'/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < attrTo && !isHtmlSpace(html[i].unicode()) && html[i] != u'=' && html[i] != u'/')
            ++i;
        const QStringView name = html.mid(nameStart, i - nameStart);
        while (i < attrTo && isHtmlSpace(html[i].unicode()))
            ++i;
        QStringView value;
        if (i < attrTo && html[i] == u'=') {
            ++i;
            while (i < attrTo && isHtmlSpace(html[i].unicode()))
                ++i;
            if (i < attrTo && (html[i] == u'"' || html[i] == u'\'')) {
                const char16_t q = html[i].unicode();
                const qsizetype start = ++i;
                while (i < attrTo && html[i] != q)
                    ++i;
                value = html.mid(start, i - start);
                if (i < attrTo)
                    ++i;
            } else {
                const qsizetype start = i;
                while (i < attrTo && !isHtmlSpace(html[i].unicode()))
                    ++i;
                value = html.mid(start, i - start);
            }
        }
        if (name.isEmpty()) {
            ++i;
            continue;
        }
        if (nameIs(name, "name") || nameIs(name, "property") || nameIs(name, "itemprop"))
            key = value;
        else if (nameIs(name, "content"))
            content = value;
    }
    if (key.isEmpty() || content.isEmpty())
        return;
    const QString k = key.toString().trimmed().toLower();
    for (int rank = 0; rank < int(DateMetaNames.size()) && rank < m_publishedRank; ++rank) {
        if (k == QLatin1String(DateMetaNames[size_t(rank)])) {
            const QString v = collapsed(content);
            if (!v.isEmpty()) {
                m_published = v;
                m_publishedRank = rank;
            }
            break;
        }
    }
    for (int rank = 0; rank < int(TitleMetaNames.size()) && rank < m_metaTitleRank; ++rank) {
        if (k == QLatin1String(TitleMetaNames[size_t(rank)])) {
            const QString v = collapsed(content);
            if (!v.isEmpty()) {
                m_metaTitle = v;
                m_metaTitleRank = rank;
            }
            break;
        }
    }
}

// style="display:none" or the hidden attribute: templates, duplicate print versions, pop-ups.
bool Tokenizer::isHidden(qsizetype attrFrom, qsizetype attrTo) const
{
    if (attrTo - attrFrom < 6)
        return false;
    const QStringView attrs = QStringView(m_html).mid(attrFrom, attrTo - attrFrom);
    qsizetype at = attrs.indexOf(QLatin1String("display"), 0, Qt::CaseInsensitive);
    if (at >= 0) {
        at += 7;
        while (at < attrs.size() && (attrs[at] == u' ' || attrs[at] == u':'))
            ++at;
        if (attrs.mid(at).startsWith(QLatin1String("none"), Qt::CaseInsensitive))
            return true;
    }
    // A bare "hidden" attribute (not type="hidden", not visibility:hidden inside style).
    for (qsizetype h = attrs.indexOf(QLatin1String("hidden"), 0, Qt::CaseInsensitive); h >= 0;
         h = attrs.indexOf(QLatin1String("hidden"), h + 6, Qt::CaseInsensitive)) {
        const bool startsWord = h == 0 || isHtmlSpace(attrs[h - 1].unicode());
        const qsizetype after = h + 6;
        const bool endsWord = after >= attrs.size() || isHtmlSpace(attrs[after].unicode()) || attrs[after] == u'='
            || attrs[after] == u'/';
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

void Tokenizer::startTag(QStringView name, qsizetype attrFrom, qsizetype attrTo, bool selfClosing)
{
    if (nameIs(name, "meta")) {
        meta(attrFrom, attrTo);
        return;
    }
    if (nameIs(name, "head")) {
        m_inHead = true;
        return;
    }
    // Anything that is not head furniture means the body has begun, </head> or not.
    if (m_inHead && !nameIn(name, {"title", "link", "base", "script", "style", "noscript", "template", "html"}))
        m_inHead = false;
    if (m_skipDepth > 0 && nameIs(name, m_skipName.toLatin1().constData()) && !selfClosing)
        ++m_skipDepth;
    else if (m_skipDepth == 0 && !selfClosing && !isVoid(name) && (isFurniture(name) || isHidden(attrFrom, attrTo))) {
        m_skipName = name.toString().toLower();
        m_skipDepth = 1;
        m_skipMark = m_out.size();
    }
    if (nameIs(name, "a")) {
        ++m_linkDepth;
    } else if (nameIs(name, "br")) {
        newline(true);
    } else if (nameIs(name, "td") || nameIs(name, "th")) {
        endCell();
        m_cellStart = true;
        m_cellMark = m_out.size();
    } else if (isBlock(name)) {
        m_linkDepth = 0; // an unclosed <a> ends with its block, so it cannot hide the article
        if (nameIn(name, {"tr", "table", "tbody", "thead", "tfoot", "caption"})) {
            endRow();
            m_cellStart = false;
            newline(false);
        } else if (!m_cellStart) {
            newline(false); // the first block in a cell leaves the separator to the cell
        }
        if (nameIs(name, "pre"))
            ++m_pre;
    }
}

void Tokenizer::endTag(QStringView name)
{
    if (nameIs(name, "head")) {
        m_inHead = false;
        return;
    }
    if (nameIs(name, "a") && m_linkDepth > 0)
        --m_linkDepth;
    if (nameIs(name, "td") || nameIs(name, "th"))
        endCell();
    else if (nameIn(name, {"tr", "table", "tbody", "thead", "tfoot"}))
        endRow();
    if (isBlock(name)) {
        m_cellStart = false;
        m_linkDepth = 0;
        newline(false);
        if (nameIs(name, "pre") && m_pre > 0)
            --m_pre;
    }
    if (m_skipDepth > 0 && nameIs(name, m_skipName.toLatin1().constData()) && --m_skipDepth == 0) {
        m_out.truncate(m_skipMark);
        m_lineStart = m_out.lastIndexOf(QLatin1Char('\n')) + 1;
        // What is left of the line counts as plain text: it must not be dropped as a menu.
        m_lineLink = false;
        m_linePlain = m_out.size() > m_lineStart;
        m_pendingSpace = m_pendingBreak = false;
        m_cellStart = false;
        newline(false);
    }
}

RawDocument Tokenizer::run()
{
    const QStringView html(m_html);
    qsizetype i = 0;
    qsizetype textStart = 0;
    while (i < m_n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0 || lt + 1 >= m_n)
            break;
        const char16_t next = html[lt + 1].unicode();
        if (next == u'!' || next == u'?') {
            text(textStart, lt);
            qsizetype end;
            if (html.mid(lt, 4) == QLatin1String("<!--")) {
                const qsizetype close = html.indexOf(QLatin1String("-->"), lt + 4);
                end = close >= 0 ? close + 3 : find(u'>', lt) + 1;
            } else {
                const qsizetype gt = find(u'>', lt);
                end = gt >= 0 ? gt + 1 : 0;
            }
            if (end <= 0) { // an unclosed declaration: the rest is not text
                textStart = i = m_n;
                break;
            }
            textStart = i = end;
            continue;
        }
        const bool closing = next == u'/';
        const qsizetype nameStart = lt + (closing ? 2 : 1);
        if (nameStart >= m_n || !isAsciiLetter(html[nameStart].unicode())) {
            i = lt + 1; // a literal '<' in the text
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < m_n && !isHtmlSpace(html[nameEnd].unicode()) && html[nameEnd] != u'>'
               && html[nameEnd] != u'/')
            ++nameEnd;
        const QStringView name = html.mid(nameStart, nameEnd - nameStart);
        const qsizetype gt = closing ? find(u'>', nameEnd) : tagEnd(nameEnd);
        text(textStart, lt);
        if (gt < 0) { // a tag cut off by the end of the file
            textStart = i = m_n;
            break;
        }
        i = textStart = gt + 1;
        if (closing) {
            endTag(name);
            continue;
        }
        const bool selfClosing = gt > nameEnd && html[gt - 1] == u'/';
        if (nameIs(name, "title") || isRawTextDropped(name)) {
            // Raw text: up to the matching end tag, whatever it contains.
            if (selfClosing)
                continue;
            const QString closer = QLatin1String("</") + name.toString();
            const qsizetype close = html.indexOf(closer, gt + 1, Qt::CaseInsensitive);
            if (nameIs(name, "title")) {
                const qsizetype end = close >= 0 ? close : html.indexOf(u'<', gt + 1);
                const qsizetype stop = end >= 0 ? end : m_n;
                if (m_title.isEmpty())
                    m_title = collapsed(html.mid(gt + 1, stop - gt - 1));
                i = textStart = stop;
                if (close >= 0) {
                    const qsizetype closeGt = find(u'>', close);
                    i = textStart = closeGt >= 0 ? closeGt + 1 : m_n;
                }
                continue;
            }
            if (close < 0) { // an unclosed <script> hides the rest, as in a browser
                i = textStart = m_n;
                break;
            }
            const qsizetype closeGt = find(u'>', close);
            i = textStart = closeGt >= 0 ? closeGt + 1 : m_n;
            continue;
        }
        startTag(name, nameEnd, selfClosing ? gt - 1 : gt, selfClosing);
    }
    text(textStart, m_n);
    dropLinkOnlyLine();

    RawDocument doc;
    doc.text = std::move(m_out);
    doc.format = QStringLiteral("html");
    doc.titleHint = !m_metaTitle.isEmpty() ? m_metaTitle : m_title;
    doc.publishedHint = m_published;
    return doc;
}

} // namespace

QString HtmlReader::declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(CharsetScanBytes).toLower();
    for (const char *key : {"charset", "encoding"}) {
        qsizetype at = 0;
        while ((at = head.indexOf(key, at)) >= 0) {
            qsizetype i = at + qsizetype(qstrlen(key));
            at = i;
            while (i < head.size() && (head[i] == ' ' || head[i] == '\t'))
                ++i;
            if (i >= head.size() || head[i] != '=')
                continue;
            ++i;
            while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\''))
                ++i;
            const qsizetype start = i;
            while (i < head.size() && (std::isalnum(uchar(head[i])) || head[i] == '-' || head[i] == '_'))
                ++i;
            if (i > start)
                return QString::fromLatin1(head.mid(start, i - start));
        }
    }
    return {};
}

RawDocument HtmlReader::extract(const QString &html)
{
    return Tokenizer(html).run();
}

ReadResult HtmlReader::read(const QByteArray &bytes)
{
    // A BOM wins; then the page's own declaration, verified; then detection.
    ReadResult decoded;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    QString declared = bom ? QString() : TextDecoder::canonicalEncoding(declaredCharset(bytes));
    // Valid UTF-8 with Chinese in it is no accident, while UTF-8 bytes often also "decode"
    // cleanly as GB18030: a page re-saved as UTF-8 keeps its old gb2312 declaration.
    if (!declared.isEmpty() && declared != QLatin1String("UTF-8")) {
        const TextDecoder::Attempt utf8 = TextDecoder::attempt(bytes, QStringLiteral("UTF-8"));
        if (utf8.errors == 0 && utf8.text.size() < bytes.size())
            declared.clear();
    }
    if (!declared.isEmpty())
        decoded = TextDecoder::decodeAs(bytes, declared);
    if (declared.isEmpty() || !decoded.ok())
        decoded = TextDecoder::decode(bytes);
    if (!decoded.ok())
        return decoded;
    ReadResult r;
    r.document = extract(decoded.document.text);
    r.document.encoding = decoded.document.encoding;
    return r;
}

} // namespace rl
