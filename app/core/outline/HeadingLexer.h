#pragma once

#include "outline/HeadingCandidate.h"

#include <QString>
#include <QStringView>

namespace rl {

// Recognises heading markers and heading titles by hand-written scanning (no regular expressions, so
// every call is linear in the characters it looks at and bounded for titles).
// Positions are UTF-16 offsets into the whole text; `lineEnd` is the offset of the line's '\n' (or the end).
class HeadingLexer final
{
public:
    // A numbered marker (一、 (一) 1. (1) ①) at `pos`, the first non-space character of a line.
    static bool numberedAt(QStringView text, qsizetype pos, qsizetype lineEnd, HeadingCandidate *out);
    // 一是/二是 … at `pos`; the caller checks that `pos` starts a sentence.
    static bool enumerationAt(QStringView text, qsizetype pos, qsizetype lineEnd, HeadingCandidate *out);
    // The line [pos, lineEnd) is an unnumbered heading standing alone (引言, 结束语, 附件1 …).
    static bool unnumberedLine(QStringView text, qsizetype pos, qsizetype lineEnd, HeadingCandidate *out,
                               QString *title);

    // The line starts with an attachment label (附件, 附件2, 附表:); `afterLabel` receives the offset
    // behind the label and its colon.
    static bool attachmentLabelAt(QStringView text, qsizetype pos, qsizetype lineEnd, qsizetype *afterLabel);

    // Title of a numbered heading: its first sentence, without closing punctuation; a run-on first
    // sentence (no punctuation for a long stretch) is cut where the body evidently begins.
    static QString headingTitle(QStringView text, qsizetype titleStart, qsizetype lineEnd);
    // The heading has its line to itself: a short title, no sentence ending before the line's end.
    static bool standsAlone(QStringView text, qsizetype titleStart, qsizetype lineEnd);
    // Title of a 一是 item: up to the first clause punctuation, at most a short phrase.
    static QString enumerationTitle(QStringView text, qsizetype titleStart, qsizetype lineEnd);

    // Inline on purpose: QChar::isSpace() calls out of line for every non-ASCII character and the
    // outline scans every character of mostly-CJK text. Same set: Unicode White_Space, BOM, ZWSP.
    static bool isSpace(QChar qc)
    {
        const char16_t c = qc.unicode();
        if (c < 0x80)
            return c == u' ' || (c >= u'\t' && c <= u'\r');
        if (c < 0x2000)
            return c == 0x85 || c == 0xa0 || c == 0x1680;
        return c <= 0x200b || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000
            || c == 0xfeff;
    }
    static bool isChineseDigit(QChar c);
    // Ends a sentence (。；！？ and colons): what may precede a sentence-leading 一是.
    static bool endsSentence(QStringView text, qsizetype pos);
    // Parses 一 … 九十九 (and 一百 …); -1 when the characters are not a well-formed numeral.
    static int chineseNumber(QStringView digits);

    // Longest first sentence kept as the title when the paragraph runs on behind it on the same line.
    static constexpr qsizetype maxTitleLength = 60;
    // Longest title of a heading that has its line to itself.
    static constexpr qsizetype maxLineTitleLength = 100;
    // Length a run-on title is cut to when no better place is found.
    static constexpr qsizetype runOnCutLength = 40;
    // Longest line that standsAlone().
    static constexpr qsizetype maxStandaloneLength = 40;
    // Longest 一是 title.
    static constexpr qsizetype maxEnumerationTitleLength = 40;
};

} // namespace rl
