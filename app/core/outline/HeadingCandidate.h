#pragma once

#include <QString>

namespace rl {

// The kinds of heading marker, in the usual order of nesting (a smaller value sits higher in the tree).
// The order is fixed rather than learned from the document: a stray "1." in a cover letter must not
// make "1." the top kind of the whole report.
enum class MarkerKind {
    Unnumbered,     // 引言, 结束语, 附件 … on a line of their own
    ChineseComma,   // 一、  (also 一. 一．)
    ChineseParen,   // (一)  （一）  ( 二)
    ArabicDot,      // 1.  1、  1．
    ArabicParen,    // (1)  （1）
    ArabicHalfParen, // 1)  1）
    Circled,        // ①
    Enumeration,    // 一是 二是 … leading a paragraph or a sentence
};

constexpr int markerKindCount = 8;

inline int markerRank(MarkerKind kind)
{
    return static_cast<int>(kind);
}

// A possible heading found by HeadingLexer; OutlineParser decides whether it continues the numbering.
struct HeadingCandidate
{
    MarkerKind kind = MarkerKind::Unnumbered;
    int number = 0;                 // 1 for 一、 (1) ①; 0 for unnumbered headings
    qsizetype markerStart = 0;      // offset of the marker (of the title for unnumbered headings)
    qsizetype markerLength = 0;     // marker as written, including spaces inside it ("( 二)")
    qsizetype titleStart = 0;       // first character after the marker and the spaces behind it
};

} // namespace rl
