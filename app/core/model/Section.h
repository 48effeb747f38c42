#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rl {

// One heading of a report's outline. `level` is the depth in the tree (1 = top),
// whatever kind of marker the heading carries.
struct Section
{
    int level = 1;
    QString marker;          // as written: "一、", "(一)", "1.", "（1）", "一是", or empty for 引言/附件
    QString title;           // heading text without the marker
    qsizetype start = 0;     // offset of the marker (or title) in the normalised text
    qsizetype end = 0;       // end of the section's body (exclusive)
    QList<Section> children;

    QString label() const { return marker + title; }
    bool operator==(const Section &other) const;
    bool operator!=(const Section &other) const { return !(*this == other); }
};

using Outline = QList<Section>;

// Path of labels (marker + title) from the top to the deepest section containing `offset`.
QStringList sectionPathAt(const Outline &outline, qsizetype offset);
// The deepest section containing `offset`, or nullptr in front matter / after the last section.
const Section *innermostSectionAt(const Outline &outline, qsizetype offset);
// Number of sections in the whole tree.
int sectionCount(const Outline &outline);

} // namespace rl
