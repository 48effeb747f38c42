#pragma once

#include "compare/Comparison.h"
#include "compare/OutputLanguage.h"

#include <QAbstractTableModel>

namespace rl {

// The comparison as a table: one row per indicator × agency, one column per year, then the unit.
// A missing value shows "—" (its ValueRole is invalid), never 0; flagged values are shaded and italic.
class ComparisonMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonMatrixModel)
public:
    enum Role {
        ValueRole = Qt::UserRole + 1,   // double, or invalid when missing
        ReportIdRole,                   // qint64, -1 when missing
        OffsetRole,
        LengthRole,
    };

    explicit ComparisonMatrixModel(QObject *parent = nullptr);

    void setComparison(const Comparison &comparison, OutputLanguage language);
    const Comparison &comparison() const { return m_comparison; }
    // The indicator and agency of a row.
    QString indicatorAt(int row) const;
    int agencyAt(int row) const;
    int yearAt(int column) const;   // 0 for the unit column

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ComparisonCell *cellAt(const QModelIndex &index) const;

    Comparison m_comparison;
    OutputLanguage m_language = OutputLanguage::Chinese;
    QList<QPair<QString, int>> m_rows;   // indicator id, agency index
    QList<int> m_years;
};

} // namespace rl
