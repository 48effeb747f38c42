#include "models/SectionTreeModel.h"

namespace rl {

SectionTreeModel::SectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

SectionTreeModel::~SectionTreeModel() = default;

void SectionTreeModel::setOutline(const Outline &outline)
{
    beginResetModel();
    m_outline = outline;
    m_nodes.clear();
    m_topLevel.clear();
    addNodes(std::as_const(m_outline), -1);
    endResetModel();
}

void SectionTreeModel::addNodes(const Outline &sections, int parentNode)
{
    for (int row = 0; row < sections.size(); ++row) {
        const int position = int(m_nodes.size());
        Node node;
        node.section = &sections.at(row);
        node.parent = parentNode;
        node.row = row;
        m_nodes.append(node);
        if (parentNode < 0)
            m_topLevel.append(position);
        else
            m_nodes[parentNode].children.append(position);
        addNodes(sections.at(row).children, position);
    }
}

const SectionTreeModel::Node *SectionTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    if (id == 0 || id > quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(int(id - 1));
}

QModelIndex SectionTreeModel::indexForOffset(qsizetype offset) const
{
    QModelIndex found;
    const QVector<int> *level = &m_topLevel;
    bool descended = true;
    while (descended) {
        descended = false;
        for (int position : *level) {
            const Node &node = m_nodes.at(position);
            if (offset >= node.section->start && offset < node.section->end) {
                found = createIndex(node.row, 0, quintptr(position + 1));
                level = &node.children;
                descended = true;
                break;
            }
        }
    }
    return found;
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QVector<int> *children = &m_topLevel;
    if (parent.isValid()) {
        const Node *p = nodeOf(parent);
        if (!p || parent.column() != 0)
            return {};
        children = &p->children;
    }
    if (row >= children->size())
        return {};
    return createIndex(row, 0, quintptr(children->at(row) + 1));
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent + 1));
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const Section &s = *node->section;
    switch (role) {
    case Qt::DisplayRole: return s.label();
    case Qt::ToolTipRole: return s.label();
    case StartRole: return qlonglong(s.start);
    case EndRole: return qlonglong(s.end);
    case LevelRole: return s.level;
    case MarkerRole: return s.marker;
    case TitleRole: return s.title;
    default: return {};
    }
}

QVariant SectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Section");
    return {};
}

} // namespace rl
