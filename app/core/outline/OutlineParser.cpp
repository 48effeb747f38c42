#include "outline/OutlineParser.h"

#include "outline/HeadingLexer.h"
#include "outline/OutlineTreeBuilder.h"

namespace rl {

namespace {

qsizetype lineEndFrom(QStringView text, qsizetype from)
{
    const qsizetype end = text.indexOf(u'\n', from);
    return end < 0 ? text.size() : end;
}

qsizetype firstNonSpace(QStringView text, qsizetype from, qsizetype end)
{
    while (from < end && HeadingLexer::isSpace(text[from]))
        ++from;
    return from;
}

// Finds 一是/二是 … where a sentence starts inside [from, lineEnd); `from` starts one (a paragraph, or
// the text behind a heading's title). After a full stop a run may start; after a comma only the next
// item of an open run counts.
void scanEnumerations(QStringView text, qsizetype from, qsizetype lineEnd, OutlineTreeBuilder &tree)
{
    enum class Boundary { None, Comma, Sentence };
    Boundary before = Boundary::Sentence;
    for (qsizetype i = from; i < lineEnd; ++i) {
        const QChar c = text[i];
        if (HeadingLexer::isSpace(c))
            continue;
        if (before != Boundary::None && HeadingLexer::isChineseDigit(c)) {
            HeadingCandidate candidate;
            if (HeadingLexer::enumerationAt(text, i, lineEnd, &candidate)) {
                const int node = tree.accept(candidate, text,
                                              before == Boundary::Comma ? OutlineTreeBuilder::Numbering::NextOnly
                                                                        : OutlineTreeBuilder::Numbering::Strict);
                if (node >= 0) {
                    tree.setTitle(node, HeadingLexer::enumerationTitle(text, candidate.titleStart, lineEnd));
                    i = candidate.titleStart - 1;
                    before = Boundary::None;
                    continue;
                }
            }
        }
        if (HeadingLexer::endsSentence(text, i))
            before = Boundary::Sentence;
        else if (c == u'，' || c == u',')
            before = Boundary::Comma;
        else
            before = Boundary::None;
    }
}

// "一、" alone on its line with the title on the next one (common in PDF and Word exports): the next
// non-blank line is the title when it is short and is not itself a heading. Returns its end, or -1.
qsizetype titleOnNextLine(QStringView text, qsizetype lineEnd, QString *title)
{
    qsizetype start = lineEnd + 1;
    while (start < text.size()) {
        const qsizetype end = lineEndFrom(text, start);
        const qsizetype pos = firstNonSpace(text, start, end);
        if (pos == end) {
            start = end + 1;
            continue;
        }
        HeadingCandidate ignored;
        if (end - pos > HeadingLexer::maxTitleLength || HeadingLexer::numberedAt(text, pos, end, &ignored)
            || HeadingLexer::enumerationAt(text, pos, end, &ignored))
            return -1;
        *title = HeadingLexer::headingTitle(text, pos, end);
        return end;
    }
    return -1;
}

// A paragraph continues behind the heading's title ("(一)加强领导。一是…"), as opposed to a line of a
// table of contents ("一、总体情况……3"). Looks at a bounded stretch only.
bool runsOnAfterTitle(QStringView text, qsizetype from, qsizetype lineEnd)
{
    constexpr int enoughWords = 4;
    constexpr qsizetype maxLook = 40;
    int ideographs = 0;
    for (qsizetype i = from; i < lineEnd && i < from + maxLook; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x4E00 && c <= 0x9FFF && ++ideographs >= enoughWords)
            return true;
    }
    return false;
}

// "附件:" introducing a list of attachment names ("1.执法统计表" on the same or the next lines): the
// numbered lines are a list, not headings. Looks at the rest of the line and the next non-blank line;
// `kind` receives the kind of marker the list uses.
bool introducesAttachmentList(QStringView text, qsizetype pos, qsizetype lineEnd, MarkerKind *kind)
{
    qsizetype afterLabel = 0;
    if (!HeadingLexer::attachmentLabelAt(text, pos, lineEnd, &afterLabel))
        return false;
    HeadingCandidate first;
    bool found = false;
    if (afterLabel < lineEnd) {
        found = HeadingLexer::numberedAt(text, afterLabel, lineEnd, &first);
    } else {
        for (qsizetype start = lineEnd + 1; start < text.size();) {
            const qsizetype end = lineEndFrom(text, start);
            const qsizetype next = firstNonSpace(text, start, end);
            if (next < end) {
                found = HeadingLexer::numberedAt(text, next, end, &first);
                break;
            }
            start = end + 1;
        }
    }
    *kind = first.kind;
    return found;
}

} // namespace

// One pass over the lines. Headings are looked for at the start of a line; 一是 also after a full stop.
//
// Front matter: nothing becomes a node before the first heading numbered 1 (一、, or (一) in a report
// without 一、). Cover letters, metadata tables ("索引号 | …"), title lines and a preface headed 引言 or
// 前言 all introduce the report rather than divide its body, and the 一、 sections are what readers list
// as the report's parts; so an unnumbered heading counts only once the numbered body has begun
// (结束语, 附件 at the end), where it closes the open sections and becomes a top-level node.
Outline OutlineParser::parse(const QString &string) const
{
    const QStringView text(string);
    OutlineTreeBuilder tree(text.size());
    qsizetype titleLineEnd = -1;   // a line already used as the title of the heading above it
    bool inAttachmentList = false;  // reading the numbered names listed after "附件:"
    MarkerKind attachmentMarker = MarkerKind::ArabicDot;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        const qsizetype lineEnd = lineEndFrom(text, lineStart);
        const qsizetype pos = firstNonSpace(text, lineStart, lineEnd);
        qsizetype scanFrom = pos;
        HeadingCandidate candidate;
        if (inAttachmentList && pos < lineEnd)
            inAttachmentList = HeadingLexer::numberedAt(text, pos, lineEnd, &candidate)
                && candidate.kind == attachmentMarker && lineEnd - pos <= HeadingLexer::maxTitleLength;
        if (pos < lineEnd && lineEnd != titleLineEnd && !inAttachmentList) {
            QString title;
            if (introducesAttachmentList(text, pos, lineEnd, &attachmentMarker)) {
                inAttachmentList = true;
            } else if (HeadingLexer::numberedAt(text, pos, lineEnd, &candidate)) {
                const int node = tree.accept(candidate, text,
                                             HeadingLexer::standsAlone(text, candidate.titleStart, lineEnd)
                                                 ? OutlineTreeBuilder::Numbering::ToleratesSlip
                                                 : OutlineTreeBuilder::Numbering::Strict);
                if (node >= 0) {
                    title = HeadingLexer::headingTitle(text, candidate.titleStart, lineEnd);
                    // the title is text[titleStart, titleEnd); the paragraph, if any, starts behind it
                    const qsizetype titleEnd = candidate.titleStart + title.size();
                    if (title.isEmpty())
                        titleLineEnd = titleOnNextLine(text, lineEnd, &title);
                    tree.setTitle(node, title);
                    scanFrom = titleEnd;
                    if (runsOnAfterTitle(text, titleEnd, lineEnd))
                        tree.noteBodyText();
                } else {
                    tree.noteBodyText();
                }
            } else if (tree.started() && HeadingLexer::unnumberedLine(text, pos, lineEnd, &candidate, &title)) {
                tree.acceptUnnumbered(candidate, title);
                scanFrom = lineEnd;
            } else {
                tree.noteBodyText();
            }
        }
        if (tree.started())
            scanEnumerations(text, scanFrom, lineEnd, tree);
        lineStart = lineEnd + 1;
    }
    return tree.finish();
}

} // namespace rl
