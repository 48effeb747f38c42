#pragma once

#include <QString>

namespace rl {

// What the shape of a line says about Chinese report text, shared by the PDF and Word readers:
// where a sentence ends, whether a line opens with an outline marker, whether it is a page number.
class TextCues final
{
public:
    enum class Marker {
        None,
        Weak,   // 1. 1、 (1) （1） ① 一是 — also used for enumerations inside a paragraph
        Strong, // 一、 (一) （一） 第一章/第一部分 — almost always a heading
    };

    // Han ideographs, CJK punctuation and full-width forms: text where a space is not a word gap.
    static bool isCjk(char32_t c);
    // Drops spaces that have a CJK character on either side (PDF extraction and justification put
    // them between ideographs); spaces between Latin words stay.
    static QString removeCjkSpaces(const QString &text);
    // The line ends a sentence: 。！？；： (and their ASCII forms) possibly followed by closing quotes
    // or brackets, or an ellipsis.
    static bool endsSentence(const QString &line);
    // The outline marker the line starts with, if any.
    static Marker leadingMarker(const QString &line);
    // Length of the leading marker (0 when none), e.g. 2 for "一、", 3 for "(一)".
    static qsizetype leadingMarkerLength(const QString &line);
    // A running page number: "3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 10 页", "3/10", "Page 3 of 10".
    static bool isPageNumber(const QString &line);
};

} // namespace rl
