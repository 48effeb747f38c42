#include "office/PdfParagraphAssembler.h"

#include "office/TextCues.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rl {

namespace {

double median(QList<double> values, double fallback)
{
    if (values.isEmpty())
        return fallback;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p, double fallback)
{
    if (values.isEmpty())
        return fallback;
    std::sort(values.begin(), values.end());
    const qsizetype i = qBound<qsizetype>(0, qsizetype(std::floor(p * double(values.size() - 1))), values.size() - 1);
    return values.at(i);
}

// Left edge of the text column: the leftmost line start shared by at least two lines (bucketed to
// 2 pt). Not the most common start: a page of one-line paragraphs has most lines indented.
double columnLeft(const QList<double> &lefts, double fallback)
{
    QMap<int, QList<double>> buckets;
    for (double v : lefts)
        buckets[int(std::lround(v / 2.0))].append(v);
    for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it) {
        // Neighbouring buckets count together: 71.9 and 72.1 may round apart.
        QList<double> members = it.value();
        const auto next = std::next(it);
        if (next != buckets.constEnd() && next.key() == it.key() + 1)
            members += next.value();
        if (members.size() >= 2)
            return *std::min_element(members.cbegin(), members.cend());
    }
    return fallback;
}

// Text of a running line with its varying parts (page numbers, dates) blurred, for repetition counting.
QString runningKey(const QString &text)
{
    QString k;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        k.append(c.isDigit() ? QLatin1Char('#') : c);
    }
    return k;
}

bool endsFullSentence(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("[。！？!?][”’\"')）]*\\s*$"));
    return re.match(line).hasMatch();
}

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 128 && (c.isLetterOrNumber());
}

} // namespace

void PdfParagraphAssembler::dropRunningLines(QList<PdfTextPage> &pages)
{
    struct Candidate
    {
        int page;
        int line;
        double top;
    };
    const int pageCount = int(pages.size());
    QHash<QString, QList<Candidate>> byKey;
    QList<QSet<int>> drop(pageCount);

    for (int p = 0; p < pageCount; ++p) {
        const PdfTextPage &page = pages.at(p);
        QList<int> order;
        for (int i = 0; i < page.lines.size(); ++i)
            order << i;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return page.lines.at(a).top < page.lines.at(b).top; });
        const int n = int(order.size());
        for (int k = 0; k < n; ++k) {
            const bool nearTop = k < 3;
            const bool nearBottom = k >= n - 3;
            if (!nearTop && !nearBottom)
                continue;
            const int i = order.at(k);
            const PdfTextLine &line = page.lines.at(i);
            // A bare page number is dropped wherever it is among the first/last two lines of a page.
            if ((k < 2 || k >= n - 2) && TextCues::isPageNumber(line.text)) {
                drop[p].insert(i);
                continue;
            }
            // Headers and footers live in the page margins (a 公文 page keeps ~37 mm free at the top).
            const bool inMargin = line.top < 0.12 * page.height || line.bottom > 0.88 * page.height;
            // Running lines are short (a title, a date, a number); a full-width line is body text even
            // when a similar one sits at the same place on other pages.
            const bool shortLine = line.right - line.left < 0.6 * page.width;
            const QString key = runningKey(line.text);
            if (inMargin && shortLine && !key.isEmpty())
                byKey[key].append({p, i, line.top});
        }
    }

    if (pageCount >= 2) {
        const int needed = std::max(2, int(std::ceil(0.5 * pageCount)));
        for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
            const QList<Candidate> &cands = it.value();
            // The height shared by the most pages (a running line sits at the same place on each).
            QSet<int> bestPages;
            double bestTop = 0;
            for (const Candidate &c : cands) {
                QSet<int> pagesHere;
                for (const Candidate &o : cands)
                    if (std::abs(o.top - c.top) <= 4.0)
                        pagesHere.insert(o.page);
                if (pagesHere.size() > bestPages.size()) {
                    bestPages = pagesHere;
                    bestTop = c.top;
                }
            }
            if (bestPages.size() < needed)
                continue;
            for (const Candidate &c : cands)
                if (std::abs(c.top - bestTop) <= 4.0)
                    drop[c.page].insert(c.line);
        }
    }

    // Watermarks: the same large text at the same place on most pages, anywhere on the page (a
    // slanted watermark comes out as a column of one-character lines amid the body text).
    QList<double> ems;
    for (const PdfTextPage &page : std::as_const(pages))
        for (const PdfTextLine &line : page.lines)
            ems << line.em;
    const double bodyEm = median(ems, 10.0);
    if (pageCount >= 2) {
        struct Placed
        {
            int page;
            int line;
            double top;
            double left;
        };
        QHash<QString, QList<Placed>> byText;
        for (int p = 0; p < pageCount; ++p) {
            const PdfTextPage &page = pages.at(p);
            for (int i = 0; i < page.lines.size(); ++i) {
                const PdfTextLine &line = page.lines.at(i);
                if (line.right - line.left >= 0.6 * page.width || line.em < 1.6 * bodyEm)
                    continue;
                QString key = line.text;
                key.remove(QLatin1Char(' '));
                if (!key.isEmpty())
                    byText[key].append({p, i, line.top, line.left});
            }
        }
        const int needed = pageCount == 2 ? 2 : std::max(3, int(std::ceil(0.6 * pageCount)));
        auto samePlace = [](const Placed &a, const Placed &b) {
            return std::abs(a.top - b.top) <= 4.0 && std::abs(a.left - b.left) <= 4.0;
        };
        for (auto it = byText.constBegin(); it != byText.constEnd(); ++it) {
            const QList<Placed> &places = it.value();
            if (places.size() < needed)
                continue;
            for (const Placed &c : places) {
                QSet<int> pagesHere;
                for (const Placed &o : places)
                    if (samePlace(o, c))
                        pagesHere.insert(o.page);
                if (pagesHere.size() < needed)
                    continue;
                for (const Placed &o : places)
                    if (samePlace(o, c))
                        drop[o.page].insert(o.line);
            }
        }
    }

    for (int p = 0; p < pageCount; ++p) {
        if (drop.at(p).isEmpty())
            continue;
        QList<PdfTextLine> kept;
        const QList<PdfTextLine> &lines = pages.at(p).lines;
        for (int i = 0; i < lines.size(); ++i)
            if (!drop.at(p).contains(i))
                kept.append(lines.at(i));
        pages[p].lines = kept;
    }
}

QStringList PdfParagraphAssembler::assemble(QList<PdfTextPage> pages)
{
    dropRunningLines(pages);

    // Page geometry the lines are measured against: the text column's left edge (the most common
    // line start) and width (reached by the full lines), and the usual line pitch.
    QList<double> ems;
    QList<double> allLefts;
    for (const PdfTextPage &page : std::as_const(pages))
        for (const PdfTextLine &l : page.lines) {
            ems << l.em;
            allLefts << l.left;
        }
    const double docEm = median(ems, 10.0);
    // Few lines say little about the column: then the extreme lines are taken as its edges.
    const bool fewLines = allLefts.size() < 20;
    const double minLeft = allLefts.isEmpty() ? 72.0 : *std::min_element(allLefts.cbegin(), allLefts.cend());
    const double docLeft = fewLines ? minLeft : columnLeft(allLefts, minLeft);

    QList<double> pageLeft;
    QList<double> widths;
    QList<double> pitches;
    for (const PdfTextPage &page : std::as_const(pages)) {
        QList<double> lefts;
        for (const PdfTextLine &l : page.lines)
            lefts << l.left;
        const double left = lefts.size() >= 8 ? columnLeft(lefts, docLeft) : docLeft;
        pageLeft << left;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            const PdfTextLine &l = page.lines.at(i);
            widths << l.right - left;
            if (i > 0) {
                const double pitch = l.top - page.lines.at(i - 1).top;
                if (pitch > 0.3 * docEm && pitch < 3.0 * docEm)
                    pitches << pitch;
            }
        }
    }
    // Width of the column: reached by the full lines of the paragraphs (one in ten lines at least).
    double columnWidth = percentile(widths, 0.9, 400.0);
    if (fewLines && !widths.isEmpty())
        columnWidth = *std::max_element(widths.cbegin(), widths.cend());
    const double docPitch = median(pitches, 1.5 * docEm);

    auto centered = [&](const PdfTextLine &l, int p) {
        const double leftGap = l.left - pageLeft.at(p);
        const double rightGap = pageLeft.at(p) + columnWidth - l.right;
        return leftGap > 2 * docEm && rightGap > 2 * docEm && std::abs(leftGap - rightGap) < 2 * docEm;
    };

    auto startsParagraph = [&](const PdfTextLine &a, int pa, const PdfTextLine &b, int pb) {
        const double em = std::max(a.em, b.em);
        const bool samePage = pa == pb;
        if (samePage && b.top < a.top - 0.5 * em)
            return true; // went back up: another column or block
        if (samePage && b.top - a.top > 1.45 * std::max(docPitch, 1.15 * em))
            return true; // extra space between paragraphs
        // A centred title broken over two lines (by the layout or by hand) is one title; a smaller
        // centred line under it (the agency, the date) is not part of it.
        if (samePage && centered(a, pa) && centered(b, pb) && !TextCues::endsSentence(a.text)
            && std::abs(a.em - b.em) < 0.1 * em)
            return false;
        const double rightGap = pageLeft.at(pa) + columnWidth - a.right;
        const double token = b.firstTokenWidth > 0 ? b.firstTokenWidth : em;
        if (rightGap > token + 0.6 * em && rightGap > 1.2 * em)
            return true; // the next line's first word would have fitted: the line ended on purpose
        if (b.left - pageLeft.at(pb) > 0.8 * em)
            return true; // first-line indent (or a centred / right-aligned line)
        const TextCues::Marker marker = TextCues::leadingMarker(b.text);
        if (marker == TextCues::Marker::Strong && endsFullSentence(a.text))
            return true;
        // Across a page break the spacing is lost; trust a marker after a finished sentence.
        if (!samePage && marker != TextCues::Marker::None && TextCues::endsSentence(a.text))
            return true;
        return false;
    };

    QStringList paragraphs;
    QString current;
    const PdfTextLine *previous = nullptr;
    int previousPage = -1;
    for (int p = 0; p < pages.size(); ++p) {
        for (const PdfTextLine &line : std::as_const(pages.at(p).lines)) {
            const QString text = line.text.trimmed();
            if (text.isEmpty())
                continue;
            if (previous && !startsParagraph(*previous, previousPage, line, p)) {
                if (!current.isEmpty() && isAsciiWordChar(current.back()) && isAsciiWordChar(text.front()))
                    current.append(QLatin1Char(' '));
                current.append(text);
            } else {
                if (!current.isEmpty())
                    paragraphs.append(current);
                current = text;
            }
            previous = &line;
            previousPage = p;
        }
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

} // namespace rl
