#include "office/PdfReader.h"

#include "office/DocumentInfo.h"
#include "office/PdfParagraphAssembler.h"
#include "office/TextCues.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::PdfReader", text);
}

// Poppler reports every damaged object on stderr; the reader turns damage into one message instead.
void silencePoppler()
{
    static const bool once = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(once);
}

// A complete PDF ends with its trailer (startxref … %%EOF) after its last object; a download cut
// short does not. (Some writers forget the %%EOF line: a trailer after the last object will do.)
bool looksTruncated(const QByteArray &bytes)
{
    const qsizetype lastObject = bytes.lastIndexOf("endobj");
    return bytes.lastIndexOf("%%EOF") < lastObject && bytes.lastIndexOf("startxref") < lastObject;
}

bool isClosingPunctuation(QChar c)
{
    static const QString s = QStringLiteral("，。、；：？！）》」』”’,.;:?!)]%％…");
    return s.contains(c);
}

// CJK fonts share one glyph between a Kangxi radical and its ideograph, and their Unicode maps often
// name the radical (U+2F08 ⼈ for 人): fold radicals and compatibility ideographs to the ideographs
// (their NFKC form) or the text would not match a word the user searches for.
QString foldRadicals(const QString &text)
{
    // Radicals-supplement forms that stand for a whole simplified character; NFKC does not fold them.
    static const QHash<char16_t, char16_t> supplement = [] {
        const char16_t pairs[][2] = {
            {0x2E81, u'厂'}, {0x2E8A, u'卜'}, {0x2E8C, u'小'}, {0x2E97, u'心'}, {0x2E9D, u'月'},
            {0x2E9F, u'母'}, {0x2EA0, u'民'}, {0x2EA9, u'王'}, {0x2EAE, u'竹'}, {0x2EB7, u'羊'},
            {0x2EBB, u'聿'}, {0x2EC4, u'西'}, {0x2EC5, u'见'}, {0x2EC6, u'角'}, {0x2EC9, u'贝'},
            {0x2ECB, u'车'}, {0x2ED3, u'长'}, {0x2ED4, u'门'}, {0x2ED7, u'雨'}, {0x2ED8, u'青'},
            {0x2ED9, u'韦'}, {0x2EDA, u'页'}, {0x2EDB, u'风'}, {0x2EDC, u'飞'}, {0x2EDD, u'食'},
            {0x2EDF, u'食'}, {0x2EE2, u'马'}, {0x2EE3, u'骨'}, {0x2EE4, u'鬼'}, {0x2EE5, u'鱼'},
            {0x2EE6, u'鸟'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'}, {0x2EEA, u'黾'}, {0x2EEC, u'齐'},
            {0x2EEE, u'齿'}, {0x2EF0, u'龙'}, {0x2EF3, u'龟'},
        };
        QHash<char16_t, char16_t> map;
        for (const auto &p : pairs)
            map.insert(p[0], p[1]);
        return map;
    }();
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x2E80 && u <= 0x2EFF) {
            out += QChar(supplement.value(u, u));
        } else if ((u >= 0x2F00 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF)) {
            const QString folded = QString(c).normalized(QString::NormalizationForm_KC);
            out += folded.size() == 1 ? folded : QString(c);
        } else {
            out += c;
        }
    }
    return out;
}

struct Word
{
    const Poppler::TextBox *box;
    QRectF rect;
};

double medianOf(std::vector<double> v, double fallback)
{
    if (v.empty())
        return fallback;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// One printed line from poppler's words (already in reading order): text with the spaces a reader
// would see, the line box, its glyph size, and the width of its unbreakable first token.
PdfTextLine makeLine(const std::vector<Word> &words)
{
    PdfTextLine line;
    std::vector<double> cjkWidths;
    std::vector<double> heights;
    for (const Word &w : words) {
        heights.push_back(w.rect.height());
        const QString t = w.box->text();
        for (int i = 0; i < t.size(); ++i)
            if (TextCues::isCjk(t.at(i).unicode()) && !isClosingPunctuation(t.at(i)))
                cjkWidths.push_back(w.box->charBoundingBox(i).width());
    }
    line.em = medianOf(cjkWidths, 0.0);
    if (line.em <= 0)
        line.em = medianOf(heights, 10.0) * 0.9;

    // Gaps wider than this are a real separation (a tab stop, a column), kept unless both sides are CJK.
    const double wideGap = 1.5 * line.em;
    QString text;
    for (size_t k = 0; k < words.size(); ++k) {
        const Word &w = words[k];
        if (k > 0) {
            const Word &prev = words[k - 1];
            const double gap = w.rect.left() - prev.rect.right();
            const QString t = w.box->text();
            const QString pt = prev.box->text();
            if (gap > wideGap && !t.isEmpty() && !pt.isEmpty()
                && !(TextCues::isCjk(pt.back().unicode()) && TextCues::isCjk(t.front().unicode())))
                text.append(QChar(0x2003)); // survives removeCjkSpaces, becomes a plain space below
            else if (prev.box->hasSpaceAfter() || gap > 0.25 * line.em)
                text.append(QLatin1Char(' '));
        }
        text.append(w.box->text());
    }
    text = TextCues::removeCjkSpaces(foldRadicals(text));
    text.replace(QChar(0x2003), QLatin1Char(' '));
    line.text = text.simplified();

    line.left = words.front().rect.left();
    line.right = words.front().rect.right();
    line.top = words.front().rect.top();
    line.bottom = words.front().rect.bottom();
    for (const Word &w : words) {
        line.left = std::min(line.left, w.rect.left());
        line.right = std::max(line.right, w.rect.right());
        line.top = std::min(line.top, w.rect.top());
        line.bottom = std::max(line.bottom, w.rect.bottom());
    }

    // What could not have moved up to the previous line: a Latin word / number, or one ideograph
    // together with the punctuation that may not start a line.
    const Poppler::TextBox *first = words.front().box;
    const QString ft = first->text();
    if (!ft.isEmpty()) {
        int end = 0;
        if (TextCues::isCjk(ft.at(0).unicode())) {
            end = 1;
            while (end < ft.size() && isClosingPunctuation(ft.at(end)))
                ++end;
        } else {
            while (end < ft.size() && !TextCues::isCjk(ft.at(end).unicode()))
                ++end;
        }
        line.firstTokenWidth = first->charBoundingBox(end - 1).right() - first->charBoundingBox(0).left();
    }
    return line;
}

PdfTextPage readPage(const Poppler::Page &page)
{
    PdfTextPage out;
    const QSizeF size = page.pageSizeF();
    out.width = size.width();
    out.height = size.height();
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    std::vector<Word> current;
    for (const auto &box : boxes) {
        const QRectF r = box->boundingBox();
        if (box->text().trimmed().isEmpty())
            continue;
        if (!current.empty()) {
            const QRectF &last = current.back().rect;
            const double overlap = std::min(last.bottom(), r.bottom()) - std::max(last.top(), r.top());
            const double h = std::min(last.height(), r.height());
            // Much larger or smaller glyphs are not part of this line (a watermark across the text).
            const double ratio = std::max(last.height(), r.height()) / std::max(h, 0.1);
            const bool sameLine = overlap > 0.5 * h && r.left() >= last.left() - 0.5 * h && ratio < 2.2;
            if (!sameLine) {
                out.lines.append(makeLine(current));
                current.clear();
            }
        }
        current.push_back({box.get(), r});
    }
    if (!current.empty())
        out.lines.append(makeLine(current));
    return out;
}

// Share of characters that are no text at all (private-use glyph codes, U+FFFD): fonts without a
// Unicode map give such text, which is as useless as no text.
double undecodableShare(const QString &text)
{
    qsizetype bad = 0;
    qsizetype total = 0;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        ++total;
        const char16_t u = c.unicode();
        if ((u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD || u < 0x20)
            ++bad;
    }
    return total == 0 ? 0.0 : double(bad) / double(total);
}

qsizetype letterCount(const QString &text)
{
    qsizetype n = 0;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            ++n;
    return n;
}

} // namespace

ReadResult PdfReader::read(const QByteArray &bytes)
{
    silencePoppler();
    const bool truncated = looksTruncated(bytes);
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        return ReadResult::failure(truncated
                ? tr("the PDF is truncated (it stops before its end marker); download it again")
                : tr("the PDF is damaged and cannot be opened"));
    }
    if (doc->isLocked())
        return ReadResult::failure(tr("the PDF is encrypted and needs a password to open; "
                                      "save an unprotected copy and import that"));
    if (truncated)
        return ReadResult::failure(tr("the PDF is truncated (it stops before its end marker); download it again"));
    const int pageCount = doc->numPages();
    if (pageCount <= 0)
        return ReadResult::failure(tr("the PDF is damaged: it has no pages"));

    QList<PdfTextPage> pages;
    pages.reserve(pageCount);
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (page)
            pages.append(readPage(*page));
    }
    // Pages with a text layer: a typed cover page in front of scanned pages would otherwise make a
    // report of one page that looks complete.
    int typedPages = 0;
    for (const PdfTextPage &page : std::as_const(pages)) {
        qsizetype letters = 0;
        for (const PdfTextLine &line : page.lines)
            letters += letterCount(line.text);
        if (letters >= 20)
            ++typedPages;
    }
    const QString text = PdfParagraphAssembler::assemble(pages).join(QLatin1Char('\n'));

    // A scan carries images only; a few stray characters (a typed page number) do not make a text layer.
    if (letterCount(text) < 20)
        return ReadResult::failure(tr("this PDF has no text layer; it was probably scanned. "
                                      "Run it through OCR (text recognition) and import the result"));
    if (pageCount >= 3 && typedPages * 2 < pageCount)
        return ReadResult::failure(tr("this PDF has no text layer on most pages (%1 of %2 pages have none); "
                                      "it was probably scanned. Run it through OCR (text recognition) and import the result")
                                       .arg(pageCount - typedPages)
                                       .arg(pageCount));
    if (undecodableShare(text) > 0.3)
        return ReadResult::failure(tr("the text of this PDF cannot be decoded (its fonts have no Unicode map); "
                                      "treat it like a scan and run it through OCR"));

    ReadResult result;
    result.document.text = text;
    result.document.format = QStringLiteral("pdf");
    result.document.titleHint = DocumentInfo::cleanTitle(doc->info(QStringLiteral("Title")));
    result.document.publishedHint = DocumentInfo::isoDateFromPdf(doc->info(QStringLiteral("CreationDate")));
    return result;
}

} // namespace rl
