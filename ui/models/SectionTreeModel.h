#pragma once

#include "model/Section.h"

#include <QAbstractItemModel>
#include <QVector>

namespace rl {

// The outline of one report as a tree; each index knows the text range of its section.
class SectionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTreeModel)
public:
    enum Role { StartRole = Qt::UserRole + 1, EndRole, LevelRole, MarkerRole, TitleRole };

    explicit SectionTreeModel(QObject *parent = nullptr);
    ~SectionTreeModel() override;

    void setOutline(const Outline &outline);
    const Outline &outline() const { return m_outline; }

    // The deepest section whose range contains `offset`; invalid when the offset is in front matter.
    QModelIndex indexForOffset(qsizetype offset) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A flat table of nodes so parent() is a lookup; internalId is the node's position + 1 (0 = root).
    struct Node
    {
        const Section *section = nullptr;
        int parent = -1;   // node position, -1 for top level
        int row = 0;       // row under its parent
        QVector<int> children;
    };
    void addNodes(const Outline &sections, int parentNode);
    const Node *nodeOf(const QModelIndex &index) const;

    Outline m_outline;
    QVector<Node> m_nodes;
    QVector<int> m_topLevel;
};

} // namespace rl
