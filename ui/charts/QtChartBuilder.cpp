#include "charts/QtChartBuilder.h"

#include "compare/AgencyOrder.h"
#include "compare/ComparisonText.h"
#include "compare/ValueFormat.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLayout>
#include <QFontDatabase>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rl {

namespace {

using ValueRef = QtChartBuilder::ValueRef;

bool zh(const ChartRequest &r)
{
    return r.language == OutputLanguage::Chinese;
}

// A CJK face when one is installed, so Chinese never turns into boxes on a bare offscreen platform.
QFont chartFont(qreal pointSize, bool bold = false)
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &f : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                 QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans SC")}) {
            if (families.contains(f))
                return f;
        }
        return QString();
    }();
    QFont font;
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// A qualitative palette that stays apart in print and for most colour-blind readers, then evenly spread hues.
QColor paletteColor(int i)
{
    static const QList<QColor> base = {
        QColor(0x4E, 0x79, 0xA7), QColor(0xF2, 0x8E, 0x2B), QColor(0x59, 0xA1, 0x4F), QColor(0xE1, 0x57, 0x59),
        QColor(0x76, 0xB7, 0xB2), QColor(0xB0, 0x7A, 0xA1), QColor(0xED, 0xC9, 0x48), QColor(0x9C, 0x75, 0x5F),
        QColor(0xFF, 0x9D, 0xA7), QColor(0x79, 0x70, 0x6E)};
    if (i < base.size())
        return base.at(i);
    return QColor::fromHsv((i * 47) % 360, 150, 190);
}

// Short agency names for axes; a short name shared by two agencies falls back to something longer.
QStringList axisLabels(const QList<ComparisonAgency> &agencies)
{
    QStringList labels;
    QHash<QString, int> count;
    for (const ComparisonAgency &a : agencies)
        ++count[shortAgencyName(a.name)];
    QSet<QString> used;
    for (const ComparisonAgency &a : agencies) {
        QString label = shortAgencyName(a.name);
        if (count.value(label) > 1) {
            const QString place = a.city.isEmpty() ? a.province : a.city;
            label = label.startsWith(place) ? a.name : place + label;
        }
        QString unique = label;
        for (int n = 2; used.contains(unique); ++n)
            unique = label + QStringLiteral(" (%1)").arg(n);
        used.insert(unique);
        labels << unique;
    }
    return labels;
}

double scaled(double value, const AxisScale &scale)
{
    if (scale.divisor == 1)
        return value;
    return std::round(value / scale.divisor * 100) / 100;
}

double maxAbsOf(const Comparison &c, const QString &indicatorId, const std::optional<int> &onlyYear = {})
{
    double m = 0;
    for (int a = 0; a < c.agencies().size(); ++a) {
        for (int year : c.years()) {
            if (onlyYear && year != *onlyYear)
                continue;
            if (const ComparisonCell *cell = c.cellPtr(indicatorId, a, year))
                m = std::max(m, std::fabs(cell->value));
        }
    }
    return m;
}

// A value axis with readable, grouped labels ("12,000" rather than "12000"): QValueAxis only knows printf
// formats, so the ticks are ours and a QCategoryAxis shows them on the values.
QCategoryAxis *valueAxis(const QString &title, double maxValue)
{
    const double top = maxValue > 0 ? maxValue * 1.1 : 1;
    const double raw = top / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = f * magnitude;
        if (step >= raw)
            break;
    }
    const int ticks = int(std::ceil(top / step - 1e-9));
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(10));
    axis->setLabelsFont(chartFont(9));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // The origin is labelled too: a category that ends exactly at 0.
    axis->setStartValue(-step * 1e-6);
    axis->append(QStringLiteral("0"), 0);
    for (int i = 1; i <= ticks; ++i)
        axis->append(ValueFormat::plain(i * step, 2), i * step);
    axis->setRange(0, ticks * step);
    return axis;
}

// Outlined markers over flagged values: ▲ approximate, ◆ derived, ★ corrected or hand-entered.
class FlagMarkers final
{
public:
    explicit FlagMarkers(const ChartRequest &request) : m_request(request) {}

    void add(const ComparisonCell &cell, const QPointF &at, const ValueRef &ref)
    {
        if (cell.corrected || cell.manual)
            append(m_corrected, QScatterSeries::MarkerShapeStar, correctedName(), at, ref);
        else if (cell.derived)
            append(m_derived, QScatterSeries::MarkerShapeRotatedRectangle, derivedName(), at, ref);
        else if (cell.approx)
            append(m_approx, QScatterSeries::MarkerShapeTriangle, approxName(), at, ref);
    }
    QList<QScatterSeries *> series() const
    {
        QList<QScatterSeries *> s;
        for (QScatterSeries *x : {m_approx, m_derived, m_corrected}) {
            if (x)
                s << x;
        }
        return s;
    }
    QHash<const QAbstractSeries *, QList<ValueRef>> refs;

private:
    QString approxName() const { return zh(m_request) ? QStringLiteral("约数") : QStringLiteral("approximate"); }
    QString derivedName() const { return zh(m_request) ? QStringLiteral("推算值") : QStringLiteral("derived"); }
    QString correctedName() const { return zh(m_request) ? QStringLiteral("已更正") : QStringLiteral("corrected"); }

    void append(QScatterSeries *&series, QScatterSeries::MarkerShape shape, const QString &name, const QPointF &at,
                const ValueRef &ref)
    {
        if (!series) {
            series = new QScatterSeries;
            series->setName(name);
            series->setMarkerShape(shape);
            series->setMarkerSize(shape == QScatterSeries::MarkerShapeStar ? 18 : 15);
            series->setColor(QColor(255, 255, 255, 0));
            series->setBorderColor(QColor(0x22, 0x22, 0x22));
            QPen pen(QColor(0x22, 0x22, 0x22));
            pen.setWidthF(1.6);
            series->setPen(pen);
            series->setBrush(Qt::NoBrush);
        }
        series->append(at);
        refs[series].append(ref);
    }

    const ChartRequest &m_request;
    QScatterSeries *m_approx = nullptr;
    QScatterSeries *m_derived = nullptr;
    QScatterSeries *m_corrected = nullptr;
};

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Flag markers appear in the legend with their own shape (△ ◇ ☆), which is what explains them.
void attachFlags(QChart *chart, const QList<QScatterSeries *> &flags, QAbstractAxis *x, QAbstractAxis *y)
{
    for (QScatterSeries *s : flags) {
        attach(chart, s, x, y);
        for (QLegendMarker *m : chart->legend()->markers(s))
            m->setShape(QLegend::MarkerShapeFromSeries);
    }
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker *m : markers)
        m->setVisible(false);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    chart->setTitleFont(chartFont(14, true));
    chart->legend()->setFont(chartFont(9));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(8, 8, 28, 4));   // room for the last axis label on the right
    return chart;
}

enum class LabelPlacement { Above, Right };

// Text items that follow data points when the plot area moves: value labels with grouped digits and
// scatter labels with agency names (Qt Charts' own labels cannot do either).
void addPointLabels(QChart *chart, QAbstractSeries *anchor, const QList<QPointF> &points, const QStringList &texts,
                    LabelPlacement placement)
{
    QList<QGraphicsSimpleTextItem *> items;
    for (const QString &text : texts) {
        auto *item = new QGraphicsSimpleTextItem(text, chart);
        item->setFont(chartFont(8));
        item->setBrush(QColor(0x33, 0x33, 0x33));
        item->setZValue(20);
        items << item;
    }
    const auto place = [chart, anchor, points, items, placement](const QRectF &) {
        // A label that would cover one already placed is hidden: a crowd of points keeps its tooltips.
        QList<QRectF> placed;
        for (int i = 0; i < items.size(); ++i) {
            const QPointF at = chart->mapToPosition(points.at(i), anchor);
            const QRectF box = items.at(i)->boundingRect();
            items.at(i)->setPos(placement == LabelPlacement::Above
                                    ? at + QPointF(-box.width() / 2, -box.height() - 1)
                                    : at + QPointF(6, -box.height() / 2));
            const QRectF where = items.at(i)->mapRectToParent(box).adjusted(1, 2, -1, -2);
            const bool crowded = std::any_of(placed.cbegin(), placed.cend(),
                                             [&where](const QRectF &r) { return r.intersects(where); });
            items.at(i)->setVisible(!crowded);
            if (!crowded)
                placed << where;
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
}

void buildBars(QtChartBuilder::Built &b, const Comparison &c, const ChartRequest &r)
{
    const QString &id = r.indicatorId;
    const QList<int> years = c.years();
    const QStringList labels = axisLabels(c.agencies());
    const AxisScale scale = ValueFormat::axisScale(maxAbsOf(c, id), c.unit(id), r.language);
    const int agencies = int(c.agencies().size());
    const int sets = int(years.size());

    auto *series = new QBarSeries;
    const qreal groupWidth = std::min(0.8, 0.3 * sets);   // few years: slimmer bars, not slabs
    series->setBarWidth(groupWidth);
    QList<QPointF> labelPoints;
    QStringList labelTexts;
    FlagMarkers flags(r);
    double top = 0;
    for (int j = 0; j < sets; ++j) {
        auto *set = new QBarSet(ComparisonText::yearLabel(years.at(j), r.language));
        set->setColor(paletteColor(j));
        set->setBorderColor(paletteColor(j).darker(115));
        set->setSelectedColor(paletteColor(j).lighter(150));
        QList<ValueRef> refs;
        QList<int> flagged;
        for (int i = 0; i < agencies; ++i) {
            const ComparisonCell *cell = c.cellPtr(id, i, years.at(j));
            if (!cell) {
                set->append(0);   // no bar: the height 0 is never labelled and never hovered
                refs << ValueRef{id, -1, years.at(j)};
                continue;
            }
            const double v = scaled(cell->value, scale);
            top = std::max(top, v);
            set->append(v);
            const ValueRef ref{id, i, years.at(j)};
            refs << ref;
            ++b.valueCount;
            // Centre of bar j in group i, as QBarSeries lays groups out.
            const qreal x = i - groupWidth / 2 + (j + 0.5) * groupWidth / sets;
            labelPoints << QPointF(x, v);
            labelTexts << ValueFormat::plain(v, 2);
            if (cell->flagged()) {
                flagged << i;
                flags.add(*cell, QPointF(x, v / 2), ref);   // inside the bar, clear of its label
            }
        }
        series->append(set);
        for (int i : flagged)
            set->selectBar(i);
        b.bars.insert(set, refs);
    }

    QChart *chart = b.chart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsFont(chartFont(agencies > 12 ? 8 : 9));
    if (agencies > 8)
        x->setLabelsAngle(-60);
    x->setTitleText(ComparisonText::agencyWord(r.language));
    x->setTitleFont(chartFont(10));
    QCategoryAxis *y = valueAxis(ComparisonText::axisTitle(id, scale, r.language), top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    // Value labels only where they fit: a label per bar is readable up to a few dozen bars.
    if (b.valueCount <= 48)
        addPointLabels(chart, series, labelPoints, labelTexts, LabelPlacement::Above);
    attachFlags(chart, flags.series(), x, y);
    b.points.insert(flags.refs);
}

void buildLines(QtChartBuilder::Built &b, const Comparison &c, const ChartRequest &r)
{
    const QString &id = r.indicatorId;
    const QList<int> years = c.years();
    const QStringList labels = axisLabels(c.agencies());
    const AxisScale scale = ValueFormat::axisScale(maxAbsOf(c, id), c.unit(id), r.language);
    QChart *chart = b.chart;
    FlagMarkers flags(r);
    const int agencies = int(c.agencies().size());
    const bool pointLabels = agencies <= 6 && years.size() <= 8;
    QList<QLineSeries *> lines;
    QList<bool> inLegend;
    QList<QPointF> labelPoints;
    QStringList labelTexts;
    double top = 0;
    for (int i = 0; i < agencies; ++i) {
        QLineSeries *segment = nullptr;
        int previousYear = 0;
        bool first = true;
        for (int year : years) {
            const ComparisonCell *cell = c.cellPtr(id, i, year);
            if (!cell)
                continue;
            // A missing year breaks the line: nothing is drawn across a gap.
            if (!segment || year != previousYear + 1) {
                segment = new QLineSeries;
                segment->setName(labels.at(i));
                QPen pen(paletteColor(i));
                pen.setWidthF(2.2);
                segment->setPen(pen);
                segment->setPointsVisible(true);
                segment->setMarkerSize(7);
                lines << segment;
                inLegend << first;
                first = false;
            }
            const double v = scaled(cell->value, scale);
            top = std::max(top, v);
            segment->append(year, v);
            labelPoints << QPointF(year, v);
            labelTexts << ValueFormat::plain(v, 2);
            b.points[segment].append(ValueRef{id, i, year});
            ++b.valueCount;
            if (cell->flagged())
                flags.add(*cell, QPointF(year, v), ValueRef{id, i, year});
            previousYear = year;
        }
    }
    auto *x = new QValueAxis;
    x->setTitleText(ComparisonText::yearWord(r.language));
    x->setTitleFont(chartFont(10));
    x->setLabelsFont(chartFont(9));
    x->setLabelFormat(QStringLiteral("%.0f"));
    const int firstYear = years.isEmpty() ? 2020 : years.first();
    const int lastYear = years.isEmpty() ? 2020 : years.last();
    x->setRange(firstYear - 0.4, lastYear + 0.4);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(firstYear);
    x->setTickInterval(1);
    x->setMinorTickCount(0);
    QCategoryAxis *y = valueAxis(ComparisonText::axisTitle(id, scale, r.language), top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // Beyond a couple of dozen agencies a legend is a wall of names: tooltips name each line instead.
    const bool legendForAgencies = agencies <= 24;
    for (int k = 0; k < lines.size(); ++k) {
        attach(chart, lines.at(k), x, y);
        if (!inLegend.at(k) || !legendForAgencies)
            hideFromLegend(chart, lines.at(k));
        else
            for (QLegendMarker *m : chart->legend()->markers(lines.at(k)))
                m->setShape(QLegend::MarkerShapeFromSeries);   // a line sample, not a square
    }
    attachFlags(chart, flags.series(), x, y);
    b.points.insert(flags.refs);
}

std::optional<int> rankingYear(const Comparison &c, const ChartRequest &r)
{
    if (r.rankYear)
        return r.rankYear;
    const QList<int> years = c.years();
    for (auto it = years.crbegin(); it != years.crend(); ++it) {
        for (int a = 0; a < c.agencies().size(); ++a) {
            if (c.cellPtr(r.indicatorId, a, *it))
                return *it;
        }
    }
    return std::nullopt;
}

void buildRanking(QtChartBuilder::Built &b, const Comparison &c, const ChartRequest &r)
{
    const QString &id = r.indicatorId;
    const std::optional<int> year = rankingYear(c, r);
    const QStringList labels = axisLabels(c.agencies());
    const AxisScale scale = ValueFormat::axisScale(maxAbsOf(c, id, year), c.unit(id), r.language);
    struct Entry
    {
        int agency;
        const ComparisonCell *cell;
    };
    QList<Entry> entries;
    for (int a = 0; year && a < c.agencies().size(); ++a) {
        if (const ComparisonCell *cell = c.cellPtr(id, a, *year))
            entries << Entry{a, cell};
    }
    // Ascending: a horizontal bar chart draws its first category at the bottom, so the largest is on top.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &x, const Entry &y) { return x.cell->value < y.cell->value; });

    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    auto *set = new QBarSet(year ? ComparisonText::yearLabel(*year, r.language) : QString());
    set->setColor(paletteColor(0));
    set->setBorderColor(paletteColor(0).darker(115));
    set->setSelectedColor(paletteColor(0).lighter(150));
    FlagMarkers flags(r);
    QStringList categories;
    QList<ValueRef> refs;
    double top = 0;
    for (int k = 0; k < entries.size(); ++k) {
        const Entry &e = entries.at(k);
        const double v = scaled(e.cell->value, scale);
        top = std::max(top, v);
        set->append(v);
        categories << labels.at(e.agency);
        const ValueRef ref{id, e.agency, *year};
        refs << ref;
        if (e.cell->flagged())
            flags.add(*e.cell, QPointF(v / 2, k), ref);
        ++b.valueCount;
    }
    series->append(set);
    for (int k = 0; k < entries.size(); ++k) {
        if (entries.at(k).cell->flagged())
            set->selectBar(k);
    }
    b.bars.insert(set, refs);

    QChart *chart = b.chart;
    chart->addSeries(series);
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    yAxis->setLabelsFont(chartFont(9));
    QCategoryAxis *xAxis = valueAxis(ComparisonText::axisTitle(id, scale, r.language), top);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    hideFromLegend(chart, series);
    attachFlags(chart, flags.series(), xAxis, yAxis);
    QList<QPointF> labelPoints;
    QStringList labelTexts;
    for (int k = 0; k < entries.size(); ++k) {
        labelPoints << QPointF(set->at(k), k);
        labelTexts << ValueFormat::plain(set->at(k), 2);
    }
    addPointLabels(chart, series, labelPoints, labelTexts, LabelPlacement::Right);
    b.points.insert(flags.refs);
    chart->legend()->setVisible(!flags.series().isEmpty());
}

void buildScatter(QtChartBuilder::Built &b, const Comparison &c, const ChartRequest &r)
{
    const QString &yId = r.indicatorId;
    const QString &xId = r.secondIndicatorId;
    const QList<int> years = c.years();
    const QStringList labels = axisLabels(c.agencies());
    const AxisScale xScale = ValueFormat::axisScale(maxAbsOf(c, xId), c.unit(xId), r.language);
    const AxisScale yScale = ValueFormat::axisScale(maxAbsOf(c, yId), c.unit(yId), r.language);
    QChart *chart = b.chart;
    FlagMarkers flags(r);
    QList<QScatterSeries *> perYear;
    QList<QPointF> allPoints;
    QStringList allTexts;
    QList<QAbstractSeries *> pointSeries;
    double xTop = 0, yTop = 0;
    for (int j = 0; j < years.size(); ++j) {
        QScatterSeries *series = nullptr;
        for (int a = 0; a < c.agencies().size(); ++a) {
            const ComparisonCell *yc = c.cellPtr(yId, a, years.at(j));
            const ComparisonCell *xc = xId.isEmpty() ? nullptr : c.cellPtr(xId, a, years.at(j));
            if (!yc || !xc)
                continue;   // a point needs both values
            if (!series) {
                series = new QScatterSeries;
                series->setName(ComparisonText::yearLabel(years.at(j), r.language));
                series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                series->setMarkerSize(10);
                series->setColor(paletteColor(j));
                series->setBorderColor(paletteColor(j).darker(130));
                perYear << series;
            }
            const QPointF p(scaled(xc->value, xScale), scaled(yc->value, yScale));
            xTop = std::max(xTop, p.x());
            yTop = std::max(yTop, p.y());
            series->append(p);
            const ValueRef ref{yId, a, years.at(j)};
            b.points[series].append(ref);
            ++b.valueCount;
            ComparisonCell both = *yc;
            both.approx = yc->approx || xc->approx;
            both.derived = yc->derived || xc->derived;
            both.corrected = yc->corrected || xc->corrected;
            both.manual = yc->manual || xc->manual;
            if (both.flagged())
                flags.add(both, p, ref);
            allPoints << p;
            allTexts << labels.at(a) + (years.size() > 1 ? QLatin1Char(' ') + QString::number(years.at(j)) : QString());
            pointSeries << series;
        }
    }
    QCategoryAxis *x = valueAxis(ComparisonText::axisTitle(xId, xScale, r.language), xTop);
    QCategoryAxis *y = valueAxis(ComparisonText::axisTitle(yId, yScale, r.language), yTop);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : perYear)
        attach(chart, s, x, y);
    attachFlags(chart, flags.series(), x, y);
    b.points.insert(flags.refs);
    if (!allPoints.isEmpty() && allPoints.size() <= 40)
        addPointLabels(chart, perYear.first(), allPoints, allTexts, LabelPlacement::Right);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

std::unique_ptr<ChartBuilder> createChartBuilder(QObject *parent)
{
    return std::make_unique<QtChartBuilder>(parent);
}

QtChartBuilder::QtChartBuilder(QObject *parent)
    : ChartBuilder(parent)
{
}

QtChartBuilder::~QtChartBuilder()
{
    // The view (and its chart) belongs to whatever layout holds it; only an unplaced view is ours.
    if (m_view && !m_view->parent())
        delete m_view;
}

QString QtChartBuilder::title(const Comparison &c, const ChartRequest &r)
{
    const QString name = ComparisonText::indicatorName(r.indicatorId, r.language);
    const QString range = ComparisonText::yearRange(c.years(), r.language);
    QString t;
    switch (r.kind) {
    case ChartKind::Bars:
        t = zh(r) ? QString(name + QStringLiteral(":各单位对比(") + range + QStringLiteral(")"))
                  : QString(name + QStringLiteral(" by agency, ") + range);
        break;
    case ChartKind::Lines:
        t = zh(r) ? QString(name + QStringLiteral(":") + range + QStringLiteral("变化"))
                  : QString(name + QStringLiteral(" over the years, ") + range);
        break;
    case ChartKind::Ranking: {
        const std::optional<int> year = rankingYear(c, r);
        const QString y = year ? ComparisonText::yearLabel(*year, r.language) : QString();
        t = zh(r) ? QString(name + QStringLiteral(":") + y + QStringLiteral("各单位排名"))
                  : QString(name + QStringLiteral(": agencies ranked, ") + y);
        break;
    }
    case ChartKind::Scatter: {
        const QString second = ComparisonText::indicatorName(r.secondIndicatorId, r.language);
        t = zh(r) ? QString(name + QStringLiteral("与") + second + QStringLiteral("(") + range + QStringLiteral(")"))
                  : QString(name + QStringLiteral(" against ") + second + QStringLiteral(", ") + range);
        break;
    }
    }
    return t;
}

QtChartBuilder::Built QtChartBuilder::build(const Comparison &comparison, const ChartRequest &request)
{
    Built b;
    b.chart = newChart(title(comparison, request));
    switch (request.kind) {
    case ChartKind::Bars:
        buildBars(b, comparison, request);
        break;
    case ChartKind::Lines:
        buildLines(b, comparison, request);
        break;
    case ChartKind::Ranking:
        buildRanking(b, comparison, request);
        break;
    case ChartKind::Scatter:
        buildScatter(b, comparison, request);
        break;
    }
    if (b.valueCount == 0)
        b.chart->setTitle(b.chart->title()
                          + (zh(request) ? QStringLiteral(" — 无数据") : QStringLiteral(" — no data")));
    b.note = ComparisonText::flagsNote(drawnPart(comparison, request), request.language);
    return b;
}

Comparison QtChartBuilder::drawnPart(const Comparison &comparison, const ChartRequest &request)
{
    if (request.kind != ChartKind::Ranking)
        return comparison;
    // A ranking shows one year: its notes speak of that year only.
    const std::optional<int> year = rankingYear(comparison, request);
    QStringList names;
    for (const ComparisonAgency &a : comparison.agencies())
        names << a.name;
    Comparison part = year ? comparison.subset(names, year, year) : comparison;
    return part;
}

QSize QtChartBuilder::naturalSize(const Comparison &c, const ChartRequest &r) const
{
    const int agencies = int(c.agencies().size());
    const int years = std::max(1, int(c.years().size()));
    switch (r.kind) {
    case ChartKind::Bars:
        return {std::max(900, 140 + agencies * (years * 12 + 14)), 640};
    case ChartKind::Ranking:
        // Qt Charts gives each category label the row's height less padding and elides what is taller,
        // so a CJK line (about 1.45 em) needs rows of 30 px and more.
        return {1000, std::max(520, 200 + agencies * 34)};
    case ChartKind::Lines:
    case ChartKind::Scatter:
        break;
    }
    return {1000, 640};
}

QWidget *QtChartBuilder::view()
{
    if (m_view)
        return m_view;
    m_view = new QWidget;
    auto *layout = new QVBoxLayout(m_view);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_chartView = new QChartView(m_scroll);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_scroll->setWidget(m_chartView);
    m_note = new QLabel(m_view);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_note);
    return m_view;
}

void QtChartBuilder::show(const Comparison &comparison, const ChartRequest &request)
{
    view();
    m_comparison = comparison;
    m_request = request;
    QChart *old = m_chartView->chart();
    m_built = build(comparison, request);
    m_chartView->setChart(m_built.chart);
    // Freeing a big chart takes tens of milliseconds: let the new one appear first.
    if (old)
        old->deleteLater();
    // Large comparisons grow beyond the viewport and scroll rather than squeeze labels.
    const QSize natural = naturalSize(comparison, request);
    const bool grows = request.kind == ChartKind::Ranking || request.kind == ChartKind::Bars;
    m_chartView->setMinimumSize(grows ? QSize(request.kind == ChartKind::Bars ? natural.width() : 400,
                                              request.kind == ChartKind::Ranking ? natural.height() : 360)
                                      : QSize(400, 360));
    m_note->setText(m_built.note);
    m_note->setVisible(!m_built.note.isEmpty());
    connectHits();
}

int QtChartBuilder::shownValueCount() const
{
    return m_built.valueCount;
}

QChart *QtChartBuilder::chart() const
{
    return m_chartView ? m_chartView->chart() : nullptr;
}

void QtChartBuilder::connectHits()
{
    for (auto it = m_built.bars.cbegin(); it != m_built.bars.cend(); ++it) {
        auto *set = const_cast<QBarSet *>(it.key());
        const QList<ValueRef> refs = it.value();
        connect(set, &QBarSet::hovered, this, [this, refs](bool status, int index) {
            if (status && index >= 0 && index < refs.size() && refs.at(index).agencyIndex >= 0)
                showTip(refs.at(index));
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [this, refs](int index) {
            if (index >= 0 && index < refs.size() && refs.at(index).agencyIndex >= 0)
                activate(refs.at(index));
        });
    }
    for (auto it = m_built.points.cbegin(); it != m_built.points.cend(); ++it) {
        auto *series = qobject_cast<QXYSeries *>(const_cast<QAbstractSeries *>(it.key()));
        if (!series)
            continue;
        const QList<ValueRef> refs = it.value();
        const auto nearest = [series, refs](const QPointF &p) -> const ValueRef * {
            const QList<QPointF> points = series->points();
            int best = -1;
            qreal bestDistance = 0;
            for (int i = 0; i < points.size() && i < refs.size(); ++i) {
                const qreal d = std::hypot(points.at(i).x() - p.x(), points.at(i).y() - p.y());
                if (best < 0 || d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
            return best < 0 ? nullptr : &refs.at(best);
        };
        connect(series, &QXYSeries::hovered, this, [this, nearest](const QPointF &p, bool state) {
            const ValueRef *ref = state ? nearest(p) : nullptr;
            if (ref)
                showTip(*ref);
            else
                QToolTip::hideText();
        });
        connect(series, &QXYSeries::clicked, this, [this, nearest](const QPointF &p) {
            if (const ValueRef *ref = nearest(p))
                activate(*ref);
        });
    }
}

void QtChartBuilder::showTip(const ValueRef &ref)
{
    QString text = ComparisonText::tooltip(m_comparison, ref.indicatorId, ref.agencyIndex, ref.year,
                                           m_request.language);
    if (m_request.kind == ChartKind::Scatter && !m_request.secondIndicatorId.isEmpty()) {
        const QString second = ComparisonText::tooltip(m_comparison, m_request.secondIndicatorId, ref.agencyIndex,
                                                       ref.year, m_request.language);
        text += QLatin1Char('\n') + second.section(QLatin1Char('\n'), 1);
    }
    QToolTip::showText(QCursor::pos(), text, m_chartView);
}

void QtChartBuilder::activate(const ValueRef &ref)
{
    if (const ComparisonCell *cell = m_comparison.cellPtr(ref.indicatorId, ref.agencyIndex, ref.year))
        Q_EMIT observationActivated(cell->reportId, cell->offset, cell->length);
}

void QtChartBuilder::render(const Comparison &comparison, const ChartRequest &request, QPainter *painter,
                            const QRectF &target)
{
    Built b = build(comparison, request);
    QStringList notes;
    if (!b.note.isEmpty())
        notes << b.note;
    notes << ComparisonText::sourceNote(drawnPart(comparison, request), request.language);
    const QString noteText = notes.join(QLatin1Char('\n'));
    const QFont noteFont = chartFont(8.5);
    const qreal margin = 16;
    const QFontMetricsF metrics(noteFont);
    const QRectF noteBounds = metrics.boundingRect(QRectF(0, 0, target.width() - 2 * margin, 100000),
                                                   Qt::TextWordWrap, noteText);
    const qreal noteHeight = std::min(noteBounds.height() + margin, target.height() / 3);
    const QRectF chartRect(0, 0, target.width(), target.height() - noteHeight);

    // Sized before it joins the scene: axes lay out their labels for the final size, not a default one.
    b.chart->setGeometry(chartRect);
    QGraphicsScene scene;   // owns the chart from here on
    scene.addItem(b.chart);
    // The chart lays itself out on the layout request event; do it now, since no event loop runs here.
    if (b.chart->layout())
        b.chart->layout()->activate();
    QCoreApplication::sendPostedEvents(&scene);
    QCoreApplication::sendPostedEvents(b.chart);

    painter->save();
    painter->translate(target.topLeft());
    painter->fillRect(QRectF(QPointF(0, 0), target.size()), Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, chartRect, chartRect);
    painter->setFont(noteFont);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawLine(QPointF(margin, chartRect.bottom() + 2), QPointF(target.width() - margin, chartRect.bottom() + 2));
    painter->drawText(QRectF(margin, chartRect.bottom() + 6, target.width() - 2 * margin, noteHeight - 8),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, noteText);
    painter->restore();
}

} // namespace rl
