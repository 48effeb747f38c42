#pragma once

#include <QString>

namespace rl {

// Makes the text the user reads and every offset refers to: half-width digits/letters/punctuation
// in numbers, no spaces inside numbers or before units, unified line endings, web boilerplate dropped.
//
// The normalised text is the single source of truth downstream: metadata, the outline and every
// indicator's offset/length refer to it, the main window shows exactly it, and nothing maps back
// to the file's bytes. Rules (one linear pass, then a line filter):
// - line endings → "\n"; lines trimmed, leading indentation (spaces, U+3000, NBSP) removed; a run
//   of blank lines becomes one blank line; zero-width characters, BOMs and controls removed;
//   every other Unicode space becomes ' ' and runs of spaces collapse to one;
// - full-width digits, Latin letters, ％ and ． become ASCII everywhere, （） become (); a ，
//   inside a number (３２，０１４) becomes ',' and a － between digits '-'; Chinese punctuation
//   (，。、；：“”) otherwise stays;
// - spaces go between a number and a unit (2021 年 → 2021年, 32 件, 5 %), between 年/月 and the
//   next number, inside digit groups ("32 014"), after an opening and before a closing bracket
//   or quote ("( 二)" → "(二)", "“ 十四五 ”" → "“十四五”") and next to Chinese punctuation;
// - web furniture lines are dropped or trimmed (see BoilerplateFilter), a trailing
//   相关文件/相关信息 block removed.
class Normaliser final
{
public:
    static QString normalise(const QString &raw);
};

} // namespace rl
