#pragma once

#include "model/Section.h"
#include "outline/HeadingCandidate.h"

#include <array>
#include <vector>

namespace rl {

// Grows the section tree one accepted heading at a time. Nesting follows the usual order of marker
// kinds (MarkerKind), a node's level is its depth, and a candidate only counts when it continues the
// numbering of its kind: that is what rejects "2." inside prose, dates and stray list items.
class OutlineTreeBuilder final
{
public:
    explicit OutlineTreeBuilder(qsizetype textLength);

    // True once the numbered body has begun (the first heading numbered 1 was accepted).
    bool started() const { return !m_stack.empty(); }

    enum class Numbering {
        Strict,         // the next number, or 1 for a new list
        NextOnly,       // only the next number of a list already open (一是 after a comma)
        ToleratesSlip,  // a heading alone on its line may also repeat or skip one number (typos)
    };
    // Takes a numbered or 一是 candidate when it continues the numbering; returns its node id, or -1.
    int accept(const HeadingCandidate &candidate, QStringView text, Numbering numbering);
    // An unnumbered heading (结束语, 附件) closes everything open and becomes a top-level node.
    int acceptUnnumbered(const HeadingCandidate &candidate, const QString &title);
    void setTitle(int node, const QString &title);
    // Some body text (not just headings) has been read since the tree began.
    void noteBodyText() { m_bodySeen = m_bodySeen || started(); }

    // Closes the open sections at the end of the text and returns the tree.
    Outline finish();

private:
    struct Node
    {
        Section section;        // children are filled in by finish()
        MarkerKind kind = MarkerKind::Unnumbered;
        int number = 0;
        int parent = -1;
        std::vector<int> children;
    };

    int push(const HeadingCandidate &candidate, QString marker);
    void closeFrom(qsizetype depth, qsizetype offset);
    Section build(int node, int level);

    qsizetype m_textLength;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    std::vector<int> m_stack;                              // open sections, top-level first
    std::array<int, markerKindCount> m_lastNode;           // last accepted node of each kind, -1 if none
    bool m_bodySeen = false;
};

} // namespace rl
