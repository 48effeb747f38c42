#pragma once

#include "charts/ChartRequest.h"
#include "compare/Comparison.h"

#include <QObject>
#include <QRectF>
#include <QSize>

#include <memory>

class QPainter;
class QWidget;

namespace rl {

// The one interface the rest of ReportLens draws charts through. Qt Charts is deprecated from Qt 6.10,
// so only the implementation behind createChartBuilder() may know it; views, exporters and the CLI see this.
class ChartBuilder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartBuilder)
public:
    explicit ChartBuilder(QObject *parent = nullptr) : QObject(parent) {}
    ~ChartBuilder() override = default;

    // The live view (created on first call; the caller puts it in a layout, which takes ownership).
    virtual QWidget *view() = 0;
    // Redraws the live view; tooltips on every value, a click emits observationActivated().
    virtual void show(const Comparison &comparison, const ChartRequest &request) = 0;
    // Draws the chart with its title, axes, legend, marker note and source footnote into `target`
    // (export, clipboard, tests). Independent of the live view.
    virtual void render(const Comparison &comparison, const ChartRequest &request, QPainter *painter,
                        const QRectF &target) = 0;
    // A size at which every label is readable: a ranking of many agencies grows tall, bars grow wide.
    virtual QSize naturalSize(const Comparison &comparison, const ChartRequest &request) const = 0;
    // Values drawn in the live view (missing ones are not drawn).
    virtual int shownValueCount() const = 0;

Q_SIGNALS:
    // A value was clicked: open its report with the quote selected.
    void observationActivated(qint64 reportId, qint64 offset, qint64 length);
};

// The Qt Charts implementation.
std::unique_ptr<ChartBuilder> createChartBuilder(QObject *parent = nullptr);

} // namespace rl
