#include "models/LibraryTreeModel.h"

#include <QCollator>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace rl {

namespace {

const QCollator &pinyinCollator()
{
    // ICU's default collation for zh_CN is pinyin; QCollator uses ICU on this Qt build.
    static const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}

QString reportLabel(const ReportSummary &s)
{
    if (!s.title.isEmpty())
        return s.title;
    return QFileInfo(s.file).fileName();
}

} // namespace

LibraryTreeModel::LibraryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

LibraryTreeModel::~LibraryTreeModel() = default;

bool LibraryTreeModel::pinyinLess(const QString &a, const QString &b)
{
    return pinyinCollator().compare(a, b) < 0;
}

int LibraryTreeModel::addNode(Node node, int parent)
{
    const int position = int(m_nodes.size());
    node.parent = parent;
    QVector<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
    node.row = int(siblings.size());
    siblings.append(position);
    m_nodes.append(node);
    return position;
}

void LibraryTreeModel::setReports(const QList<ReportSummary> &reports)
{
    beginResetModel();
    m_reports = reports;
    m_nodes.clear();
    m_topLevel.clear();

    // agency → year → summaries; unknown agency/year sort last.
    QMap<QString, QMap<int, QVector<int>>> grouped;
    for (int i = 0; i < m_reports.size(); ++i) {
        const ReportSummary &s = m_reports.at(i);
        grouped[s.agency][s.year.value_or(0)].append(i);
    }
    QStringList agencies = grouped.keys();
    std::sort(agencies.begin(), agencies.end(), [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return pinyinLess(a, b);
    });
    for (const QString &agency : std::as_const(agencies)) {
        const QMap<int, QVector<int>> &years = grouped.value(agency);
        Node agencyNode;
        agencyNode.kind = AgencyNode;
        agencyNode.label = agency.isEmpty() ? tr("Unknown agency") : agency;
        int total = 0;
        for (const QVector<int> &list : years)
            total += int(list.size());
        agencyNode.count = total;
        const int a = addNode(agencyNode, -1);
        QList<int> yearKeys = years.keys();
        std::sort(yearKeys.begin(), yearKeys.end(), [](int x, int y) {
            if ((x == 0) != (y == 0))
                return y == 0;
            return x > y;
        });
        for (int year : std::as_const(yearKeys)) {
            QVector<int> list = years.value(year);
            std::sort(list.begin(), list.end(), [this](int x, int y) {
                return pinyinLess(reportLabel(m_reports.at(x)), reportLabel(m_reports.at(y)));
            });
            Node yearNode;
            yearNode.kind = YearNode;
            yearNode.label = year == 0 ? tr("Unknown year") : tr("%1").arg(year);
            yearNode.count = int(list.size());
            const int y = addNode(yearNode, a);
            for (int i : std::as_const(list)) {
                const ReportSummary &s = m_reports.at(i);
                Node reportNode;
                reportNode.kind = ReportNode;
                reportNode.label = reportLabel(s);
                reportNode.summary = i;
                reportNode.count = s.observationCount;
                reportNode.filterText = QStringList{s.agency, s.province, s.city, s.district, s.title,
                                                    QFileInfo(s.file).fileName(),
                                                    s.year ? QString::number(*s.year) : QString()}
                                            .join(QLatin1Char(' '));
                addNode(reportNode, y);
            }
        }
    }
    endResetModel();
}

const ReportSummary *LibraryTreeModel::summary(qint64 reportId) const
{
    for (const ReportSummary &s : m_reports) {
        if (s.id == reportId)
            return &s;
    }
    return nullptr;
}

QModelIndex LibraryTreeModel::indexOfNode(int node) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    return createIndex(m_nodes.at(node).row, 0, quintptr(node + 1));
}

QModelIndex LibraryTreeModel::indexOfReport(qint64 reportId) const
{
    for (int n = 0; n < m_nodes.size(); ++n) {
        const Node &node = m_nodes.at(n);
        if (node.kind == ReportNode && m_reports.at(node.summary).id == reportId)
            return indexOfNode(n);
    }
    return {};
}

const LibraryTreeModel::Node *LibraryTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    if (id == 0 || id > quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(int(id - 1));
}

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex &parent) const
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
    return createIndex(row, column, quintptr(children->at(row) + 1));
}

QModelIndex LibraryTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return indexOfNode(node->parent);
}

int LibraryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int LibraryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (node->kind == ReportNode)
            return node->label;
        return tr("%1 (%2)").arg(node->label).arg(node->count);
    case Qt::ToolTipRole:
        if (node->kind == ReportNode) {
            const ReportSummary &s = m_reports.at(node->summary);
            QString tip = s.title.isEmpty() ? node->label : s.title;
            tip += QLatin1Char('\n') + s.file;
            tip += QLatin1Char('\n') + tr("%n figure(s)", nullptr, s.observationCount);
            if (s.metaCorrected)
                tip += QLatin1Char('\n') + tr("Details corrected by hand");
            return tip;
        }
        return QString(node->label + QLatin1Char('\n') + tr("%n report(s)", nullptr, node->count));
    case KindRole: return int(node->kind);
    case ReportIdRole:
        return node->kind == ReportNode ? m_reports.at(node->summary).id : qint64(-1);
    case CountRole: return node->count;
    case FilterRole: return node->kind == ReportNode ? node->filterText : node->label;
    default: return {};
    }
}

QVariant LibraryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Report");
    return {};
}

} // namespace rl
