#pragma once

#include "charts/ChartBuilder.h"
#include "compare/ComparisonCell.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

class QAbstractSeries;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QScrollArea;

namespace rl {

// ChartBuilder on Qt Charts: the only class that includes QtCharts.
class QtChartBuilder final : public ChartBuilder
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtChartBuilder)
public:
    explicit QtChartBuilder(QObject *parent = nullptr);
    ~QtChartBuilder() override;

    QWidget *view() override;
    void show(const Comparison &comparison, const ChartRequest &request) override;
    void render(const Comparison &comparison, const ChartRequest &request, QPainter *painter,
                const QRectF &target) override;
    QSize naturalSize(const Comparison &comparison, const ChartRequest &request) const override;
    int shownValueCount() const override;

    // The chart in the live view (tests inspect its series).
    QChart *chart() const;

    // Which comparison value a bar or point stands for.
    struct ValueRef
    {
        QString indicatorId;
        int agencyIndex = -1;
        int year = 0;
    };
    // A chart and what its bars and points stand for; the chart is owned by the caller.
    struct Built
    {
        QChart *chart = nullptr;
        QHash<const QBarSet *, QList<ValueRef>> bars;           // by bar index (missing: agencyIndex -1)
        QHash<const QAbstractSeries *, QList<ValueRef>> points; // by point index
        int valueCount = 0;
        QString note;                                           // marker legend (may be empty)
    };
    static Built build(const Comparison &comparison, const ChartRequest &request);
    static QString title(const Comparison &comparison, const ChartRequest &request);
    // The part of the comparison a chart shows (a ranking: its one year), for its notes.
    static Comparison drawnPart(const Comparison &comparison, const ChartRequest &request);

private:
    void connectHits();
    void showTip(const ValueRef &ref);
    void activate(const ValueRef &ref);

    QPointer<QWidget> m_view;
    QScrollArea *m_scroll = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_note = nullptr;
    Built m_built;
    Comparison m_comparison;
    ChartRequest m_request;
};

} // namespace rl
