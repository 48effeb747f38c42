#include "models/ComparisonMatrixModel.h"

#include "compare/AgencyOrder.h"
#include "compare/ComparisonText.h"
#include "compare/ValueFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace rl {

ComparisonMatrixModel::ComparisonMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonMatrixModel::setComparison(const Comparison &comparison, OutputLanguage language)
{
    beginResetModel();
    m_comparison = comparison;
    m_language = language;
    m_years = comparison.years();
    m_rows.clear();
    for (const QString &id : comparison.indicatorIds()) {
        for (int a = 0; a < comparison.agencies().size(); ++a) {
            for (int year : std::as_const(m_years)) {
                if (comparison.cellPtr(id, a, year)) {
                    m_rows.append({id, a});
                    break;
                }
            }
        }
    }
    endResetModel();
}

QString ComparisonMatrixModel::indicatorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).first : QString();
}

int ComparisonMatrixModel::agencyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).second : -1;
}

int ComparisonMatrixModel::yearAt(int column) const
{
    return column >= 0 && column < m_years.size() ? m_years.at(column) : 0;
}

int ComparisonMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size()) + 1;
}

const ComparisonCell *ComparisonMatrixModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_years.size())
        return nullptr;
    const auto &row = m_rows.at(index.row());
    return m_comparison.cellPtr(row.first, row.second, m_years.at(index.column()));
}

QVariant ComparisonMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const bool unitColumn = index.column() == m_years.size();
    if (unitColumn) {
        if (role == Qt::DisplayRole)
            return ValueFormat::unitName(m_comparison.unit(m_rows.at(index.row()).first), m_language);
        return {};
    }
    const ComparisonCell *cell = cellAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return cell ? ValueFormat::plain(cell->value, 2) : QStringLiteral("—");
    case Qt::ToolTipRole:
        if (!cell)
            return m_language == OutputLanguage::Chinese ? QStringLiteral("报告中没有该数据")
                                                         : QStringLiteral("The report gives no figure");
        return ComparisonText::tooltip(m_comparison, m_rows.at(index.row()).first, m_rows.at(index.row()).second,
                                       m_years.at(index.column()), m_language);
    case Qt::TextAlignmentRole:
        return int(cell ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter);
    case Qt::ForegroundRole:
        return cell ? QVariant() : QVariant(QBrush(QColor(0x99, 0x99, 0x99)));
    case Qt::BackgroundRole:
        return cell && cell->flagged() ? QVariant(QBrush(QColor(0xFF, 0xF2, 0xCC))) : QVariant();
    case Qt::FontRole:
        if (cell && cell->flagged()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case ValueRole:
        return cell ? QVariant(cell->value) : QVariant();
    case ReportIdRole:
        return cell ? cell->reportId : qint64(-1);
    case OffsetRole:
        return cell ? cell->offset : qint64(-1);
    case LengthRole:
        return cell ? cell->length : qint64(0);
    default:
        return {};
    }
}

QVariant ComparisonMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole)
            return {};
        if (section == m_years.size())
            return m_language == OutputLanguage::Chinese ? QStringLiteral("计量单位") : QStringLiteral("Unit");
        return section >= 0 && section < m_years.size() ? ComparisonText::yearLabel(m_years.at(section), m_language)
                                                        : QVariant();
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const auto &row = m_rows.at(section);
    const QString agency = m_comparison.agencies().at(row.second).name;
    if (role == Qt::ToolTipRole)
        return agency;
    if (role != Qt::DisplayRole)
        return {};
    QString label = shortAgencyName(agency);
    if (m_comparison.indicatorIds().size() > 1)
        label += QStringLiteral(" · ") + ComparisonText::indicatorName(row.first, m_language);
    return label;
}

} // namespace rl
