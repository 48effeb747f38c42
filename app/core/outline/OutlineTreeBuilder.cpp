#include "outline/OutlineTreeBuilder.h"

namespace rl {

OutlineTreeBuilder::OutlineTreeBuilder(qsizetype textLength)
    : m_textLength(textLength)
{
    m_lastNode.fill(-1);
}

int OutlineTreeBuilder::accept(const HeadingCandidate &candidate, QStringView text, Numbering numbering)
{
    const bool continuationOnly = numbering == Numbering::NextOnly;
    const MarkerKind kind = candidate.kind;
    const int rank = markerRank(kind);
    const int n = candidate.number;

    qsizetype open = -1;   // depth of the open section of the same kind, if any
    for (qsizetype i = qsizetype(m_stack.size()) - 1; i >= 0; --i) {
        if (m_nodes[size_t(m_stack[size_t(i)])].kind == kind) {
            open = i;
            break;
        }
    }

    if (open == 0 && n == 1 && kind != MarkerKind::Enumeration && !m_bodySeen) {
        // Headings with no text between them, then the top list starting over: the first list was a
        // table of contents or a cover letter's list of items, so it is front matter after all.
        m_nodes.clear();
        m_roots.clear();
        m_stack.clear();
        m_lastNode.fill(-1);
        open = -1;
    }
    if (open >= 0) {
        // A sibling: the next number. 一是 may also start a new run in a new paragraph of the same
        // section; any other kind restarting at 1 under the same parent is not a heading.
        const int last = m_nodes[size_t(m_stack[size_t(open)])].number;
        const bool next = n == last + 1;
        const bool newRun = kind == MarkerKind::Enumeration && n == 1 && !continuationOnly;
        const bool slip = numbering == Numbering::ToleratesSlip && n > 1 && (n == last || n == last + 2);
        if (!next && !newRun && !slip)
            return -1;
        closeFrom(open, candidate.markerStart);
    } else {
        if (continuationOnly)
            return -1;
        // A new, deeper list starts at 1. A kind numbered on across parents ((一)(二) under 一、, (三)
        // under 二、) continues its last number; 一是 runs never continue across sections.
        const int lastNode = m_lastNode[size_t(rank)];
        const bool continues = kind != MarkerKind::Enumeration && lastNode >= 0 && n > 1
            && n == m_nodes[size_t(lastNode)].number + 1;
        if (n != 1 && !continues)
            return -1;
        qsizetype keep = qsizetype(m_stack.size());
        while (keep > 0 && markerRank(m_nodes[size_t(m_stack[size_t(keep - 1)])].kind) >= rank)
            --keep;
        // "五、" after 结束语 continues the top-level list rather than nesting under 结束语.
        if (continues && m_nodes[size_t(lastNode)].parent < 0)
            keep = 0;
        closeFrom(keep, candidate.markerStart);
    }
    return push(candidate, text.mid(candidate.markerStart, candidate.markerLength).toString());
}

int OutlineTreeBuilder::acceptUnnumbered(const HeadingCandidate &candidate, const QString &title)
{
    closeFrom(0, candidate.markerStart);
    const int id = push(candidate, QString());
    setTitle(id, title);
    return id;
}

void OutlineTreeBuilder::setTitle(int node, const QString &title)
{
    m_nodes[size_t(node)].section.title = title;
}

int OutlineTreeBuilder::push(const HeadingCandidate &candidate, QString marker)
{
    const int id = int(m_nodes.size());
    Node node;
    node.kind = candidate.kind;
    node.number = candidate.number;
    node.parent = m_stack.empty() ? -1 : m_stack.back();
    node.section.level = int(m_stack.size()) + 1;
    node.section.marker = std::move(marker);
    node.section.start = candidate.markerStart;
    node.section.end = m_textLength;
    m_nodes.push_back(std::move(node));
    if (m_nodes[size_t(id)].parent < 0)
        m_roots.push_back(id);
    else
        m_nodes[size_t(m_nodes[size_t(id)].parent)].children.push_back(id);
    m_stack.push_back(id);
    m_lastNode[size_t(markerRank(candidate.kind))] = id;
    return id;
}

void OutlineTreeBuilder::closeFrom(qsizetype depth, qsizetype offset)
{
    for (size_t i = size_t(depth); i < m_stack.size(); ++i)
        m_nodes[size_t(m_stack[i])].section.end = offset;
    m_stack.resize(size_t(depth));
}

Section OutlineTreeBuilder::build(int node, int level)
{
    // Recursion depth is bounded by the number of marker kinds. Each node is built once, so its
    // section is moved out rather than copied.
    Node &n = m_nodes[size_t(node)];
    Section s = std::move(n.section);
    s.level = level;
    s.children.reserve(qsizetype(n.children.size()));
    for (int child : n.children)
        s.children.append(build(child, level + 1));
    return s;
}

Outline OutlineTreeBuilder::finish()
{
    closeFrom(0, m_textLength);
    Outline outline;
    outline.reserve(qsizetype(m_roots.size()));
    for (int root : m_roots)
        outline.append(build(root, 1));
    return outline;
}

} // namespace rl
