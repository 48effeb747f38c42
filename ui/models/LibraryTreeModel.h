#pragma once

#include "library/ReportSummary.h"

#include <QAbstractItemModel>
#include <QList>
#include <QVector>

namespace rl {

// The library as agency → year → report, agencies in pinyin order (ICU collation), newest year first.
// Built from the light ReportSummary rows; a report's text is loaded only when it is opened.
class LibraryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryTreeModel)
public:
    enum Kind { AgencyNode, YearNode, ReportNode };
    enum Role { KindRole = Qt::UserRole + 1, ReportIdRole, CountRole, FilterRole };

    explicit LibraryTreeModel(QObject *parent = nullptr);
    ~LibraryTreeModel() override;

    void setReports(const QList<ReportSummary> &reports);
    int reportCount() const { return int(m_reports.size()); }
    const ReportSummary *summary(qint64 reportId) const;
    QModelIndex indexOfReport(qint64 reportId) const;

    // Sorts names the way a Chinese reader expects (pinyin); exposed for tests.
    static bool pinyinLess(const QString &a, const QString &b);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind = AgencyNode;
        QString label;
        int summary = -1;     // into m_reports, for report nodes
        int count = 0;        // reports below
        int parent = -1;
        int row = 0;
        QVector<int> children;
        QString filterText;
    };
    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node) const;
    int addNode(Node node, int parent);

    QList<ReportSummary> m_reports;
    QVector<Node> m_nodes;
    QVector<int> m_topLevel;
};

} // namespace rl
