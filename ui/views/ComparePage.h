#pragma once

#include "charts/ChartRequest.h"
#include "compare/Comparison.h"
#include "library/ObservationRecord.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rl {

class ChartBuilder;
class ComparisonMatrixModel;
class ReportLibrary;

// The compare view: indicators (grouped, localised), agencies (checkable, filter, select by province or
// level, pinyin order) and a year range; a matrix and a chart that follow every change.
class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)
public:
    // `library` may be null (tests and benchmarks give records with setRecords()).
    explicit ComparePage(ReportLibrary *library, QWidget *parent = nullptr);
    ~ComparePage() override;

    // Re-reads the library's values, keeping the current choices where they still exist.
    void reload();
    void setRecords(const QList<ObservationRecord> &records);

    void setIndicators(const QStringList &indicatorIds);   // checked, in this order
    QStringList indicators() const;
    void setAgencies(const QStringList &agencyNames);      // checked; all others unchecked
    QStringList agencies() const;
    void setYearRange(int first, int last);
    void setChartKind(ChartKind kind);
    // Redraws now instead of after the short delay that batches quick changes.
    void refreshNow();

    ChartBuilder *chartBuilder() const { return m_builder.get(); }
    ComparisonMatrixModel *matrixModel() const { return m_matrixModel; }
    const Comparison &comparison() const { return m_comparison; }
    ChartRequest chartRequest() const;

Q_SIGNALS:
    // A value was chosen in the chart or the matrix: open its report with the quote selected.
    void openObservation(qint64 reportId, qint64 offset, qint64 length);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildIndicatorTree();
    void buildAgencyList();
    void scheduleRefresh();
    void refresh();
    void selectAgencies(const std::function<bool(const ComparisonAgency &)> &which, bool checked);
    void fillSelectMenu();
    void exportChart();
    void copyChart();
    void exportTable();
    void activateMatrixCell(const QModelIndex &index);
    OutputLanguage language() const;

    ReportLibrary *m_library = nullptr;
    QList<ObservationRecord> m_records;
    QList<ComparisonAgency> m_allAgencies;   // pinyin order
    Comparison m_comparison;
    bool m_loaded = false;
    bool m_updatingLists = false;

    std::unique_ptr<ChartBuilder> m_builder;
    QTreeWidget *m_indicatorTree = nullptr;
    QStringList m_indicatorOrder;            // checked ids in the order they were checked
    QLineEdit *m_agencyFilter = nullptr;
    QStandardItemModel *m_agencyModel = nullptr;
    QSortFilterProxyModel *m_agencyProxy = nullptr;
    QListView *m_agencyList = nullptr;
    QToolButton *m_selectButton = nullptr;
    QSpinBox *m_firstYear = nullptr;
    QSpinBox *m_lastYear = nullptr;
    QComboBox *m_chartKind = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_matrix = nullptr;
    ComparisonMatrixModel *m_matrixModel = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace rl
