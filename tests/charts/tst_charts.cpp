// Why: charts are what staff paste into briefings; each kind must draw every known value (and no missing
// one), mark flagged values, trace clicks back to the quote, and export to PNG/SVG/PDF that open elsewhere.
#include "ComparisonFixture.h"

#include "charts/ChartExporter.h"
#include "charts/QtChartBuilder.h"

#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <QFile>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace rl;

namespace {

ChartRequest request(ChartKind kind, OutputLanguage language = OutputLanguage::Chinese)
{
    ChartRequest r;
    r.kind = kind;
    r.indicatorId = QStringLiteral("dispute_cases");
    if (kind == ChartKind::Scatter) {
        r.indicatorId = QStringLiteral("mediation_rate");
        r.secondIndicatorId = QStringLiteral("dispute_cases");
    }
    r.language = language;
    return r;
}

Comparison comparisonFor(ChartKind kind)
{
    return kind == ChartKind::Scatter
        ? test::knownComparison({QStringLiteral("mediation_rate"), QStringLiteral("dispute_cases")})
        : test::knownComparison();
}

// Pixels that differ clearly from the white background.
int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += qGray(line[x]) < 235 ? 1 : 0;
    }
    return n;
}

bool hasColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 6 && std::abs(c.green() - colour.green()) < 6
                && std::abs(c.blue() - colour.blue()) < 6)
                return true;
        }
    }
    return false;
}

template<typename T>
QList<T *> seriesOf(QChart *chart)
{
    QList<T *> found;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            found << t;
    }
    return found;
}

QScatterSeries *namedScatter(QChart *chart, const QString &name)
{
    for (QScatterSeries *s : seriesOf<QScatterSeries>(chart)) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersEachKind_data();
    void rendersEachKind();
    void barsKeepMissingAsNoBar();
    void linesBreakAtGaps();
    void rankingIsSortedForLatestYear();
    void scatterPairsBothIndicators();
    void clickOpensObservation();
    void pngHonoursSizeAndDpi();
    void svgParses();
    void pdfHasOnePage();
    void manyAgenciesGrowTheRanking();
};

void TestCharts::rendersEachKind_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<int>("values");
    QTest::newRow("bar") << ChartKind::Bars << 6;
    QTest::newRow("line") << ChartKind::Lines << 6;
    QTest::newRow("rank") << ChartKind::Ranking << 2;      // 2022: 东莞 and 广州
    QTest::newRow("scatter") << ChartKind::Scatter << 3;   // the three agency-years with both indicators
}

// Each kind draws the known values into an image of the requested size that is not blank.
void TestCharts::rendersEachKind()
{
    QFETCH(ChartKind, kind);
    QFETCH(int, values);
    QtChartBuilder builder;
    const Comparison c = comparisonFor(kind);
    builder.show(c, request(kind));
    QCOMPARE(builder.shownValueCount(), values);

    ChartExporter exporter(builder);
    const QImage image = exporter.image(c, request(kind), QSize(900, 600));
    QCOMPARE(image.size(), QSize(900, 600));
    const int ink = inkPixels(image);
    QVERIFY2(ink > 900 * 600 / 50, qPrintable(QStringLiteral("only %1 dark pixels").arg(ink)));
    // The first palette colour (bars of the first year, the first line, the ranking bars) is drawn.
    QVERIFY(hasColour(image, QColor(0x4E, 0x79, 0xA7)));
    const QByteArray shots = qgetenv("RL_SHOTS_DIR");
    if (!shots.isEmpty())
        image.save(QString::fromLocal8Bit(shots) + QStringLiteral("/test-") + chartKindKey(kind) + QStringLiteral(".png"));
}

// Missing is missing: a cell without a value is a zero-height bar that maps to no observation.
void TestCharts::barsKeepMissingAsNoBar()
{
    QtChartBuilder builder;
    const Comparison c = test::knownComparison();
    builder.show(c, request(ChartKind::Bars));
    const QList<QBarSeries *> bars = seriesOf<QBarSeries>(builder.chart());
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first()->count(), 3);   // one set per year
    const QBarSet *y2021 = bars.first()->barSets().at(1);
    QCOMPARE(y2021->label(), QStringLiteral("2021年"));
    QCOMPARE(y2021->count(), 3);          // one bar per agency (pinyin: 东莞, 广州, 深圳)
    QCOMPARE(y2021->at(0), 0.0);          // 东莞 2021 missing
    QCOMPARE(y2021->at(1), 2000.0);
    QCOMPARE(y2021->at(2), 1500.0);
    // Flagged values are drawn differently: selected (paler) bars and outlined markers in the legend.
    QVERIFY(y2021->isBarSelected(2));     // 深圳 2021 is approximate
    QVERIFY(!y2021->isBarSelected(1));
    QScatterSeries *approx = namedScatter(builder.chart(), QStringLiteral("约数"));
    QVERIFY(approx);
    QCOMPARE(approx->count(), 1);
    QCOMPARE(approx->markerShape(), QScatterSeries::MarkerShapeTriangle);
    QScatterSeries *corrected = namedScatter(builder.chart(), QStringLiteral("已更正"));
    QVERIFY(corrected);
    QCOMPARE(corrected->count(), 1);
    QCOMPARE(corrected->at(0).y(), 550.0);   // drawn inside the bar (half its height), clear of the label
}

// One line per agency, broken where a year is missing (东莞 has 2020 and 2022 only).
void TestCharts::linesBreakAtGaps()
{
    QtChartBuilder builder;
    builder.show(test::knownComparison(), request(ChartKind::Lines));
    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(builder.chart());
    QCOMPARE(lines.size(), 4);   // 东莞 ×2 segments, 广州, 深圳
    int points = 0;
    for (QLineSeries *l : lines) {
        points += l->count();
        if (l->name() == QStringLiteral("东莞市")) {
            QCOMPARE(l->count(), 1);   // never a line across 2021
        }
    }
    QCOMPARE(points, 6);
}

void TestCharts::rankingIsSortedForLatestYear()
{
    QtChartBuilder builder;
    builder.show(test::knownComparison(), request(ChartKind::Ranking));
    const QList<QHorizontalBarSeries *> bars = seriesOf<QHorizontalBarSeries>(builder.chart());
    QCOMPARE(bars.size(), 1);
    const QBarSet *set = bars.first()->barSets().first();
    QCOMPARE(set->count(), 2);
    QCOMPARE(set->at(0), 1100.0);   // ascending from the bottom: the largest is drawn on top
    QCOMPARE(set->at(1), 2400.0);
    QVERIFY(builder.chart()->title().contains(QStringLiteral("2022年")));
}

void TestCharts::scatterPairsBothIndicators()
{
    QtChartBuilder builder;
    const Comparison c = comparisonFor(ChartKind::Scatter);
    builder.show(c, request(ChartKind::Scatter));
    QList<QPointF> points;
    for (QScatterSeries *s : seriesOf<QScatterSeries>(builder.chart())) {
        if (s->name().endsWith(QStringLiteral("年")))
            points += s->points();
    }
    QCOMPARE(points.size(), 3);
    QVERIFY(points.contains(QPointF(900, 75)));    // 东莞 2020: x dispute_cases, y mediation_rate
    QVERIFY(points.contains(QPointF(2400, 80)));
    QVERIFY(namedScatter(builder.chart(), QStringLiteral("推算值")));   // 深圳 2021 rate is derived
}

// Traceability: a click on a bar names the report and the quote's place.
void TestCharts::clickOpensObservation()
{
    QtChartBuilder builder;
    const Comparison c = test::knownComparison();
    builder.show(c, request(ChartKind::Bars));
    QSignalSpy spy(&builder, &ChartBuilder::observationActivated);
    QBarSet *y2022 = seriesOf<QBarSeries>(builder.chart()).first()->barSets().at(2);
    Q_EMIT y2022->clicked(1);   // 广州 2022
    QCOMPARE(spy.size(), 1);
    const ComparisonCell cell = *c.cell(QStringLiteral("dispute_cases"), c.agencyIndex(test::guangzhou()), 2022);
    QCOMPARE(spy.first().at(0).toLongLong(), cell.reportId);
    QCOMPARE(spy.first().at(1).toLongLong(), cell.offset);
    QCOMPARE(spy.first().at(2).toLongLong(), cell.length);
    Q_EMIT y2022->clicked(2);   // 深圳 2022 is missing: nothing to open
    QCOMPARE(spy.size(), 1);
}

void TestCharts::pngHonoursSizeAndDpi()
{
    QTemporaryDir dir;
    QtChartBuilder builder;
    ChartExporter exporter(builder);
    const QString path = dir.filePath(QStringLiteral("c.png"));
    QString error;
    QVERIFY2(exporter.save(test::knownComparison(), request(ChartKind::Bars), path, QSize(2400, 1600), 192, &error),
             qPrintable(error));
    QImage image(path);
    QCOMPARE(image.size(), QSize(2400, 1600));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    QVERIFY(inkPixels(image) > 2400 * 1600 / 50);
    QVERIFY(!exporter.save(test::knownComparison(), request(ChartKind::Bars), dir.filePath(QStringLiteral("c.bmp")),
                           QSize(800, 600), 96, &error));
    QVERIFY(error.contains(QStringLiteral("bmp")));
}

void TestCharts::svgParses()
{
    QTemporaryDir dir;
    QtChartBuilder builder;
    ChartExporter exporter(builder);
    const QString path = dir.filePath(QStringLiteral("c.svg"));
    QVERIFY(exporter.save(test::knownComparison(), request(ChartKind::Lines), path, QSize(1000, 700)));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int texts = 0;
    QString all;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text")) {
            ++texts;
            all += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts > 10);   // title, axis labels, legend, footnote are text, not pixels
    QVERIFY2(all.contains(QStringLiteral("数据来源")), qPrintable(all.left(400)));
}

void TestCharts::pdfHasOnePage()
{
    QTemporaryDir dir;
    QtChartBuilder builder;
    ChartExporter exporter(builder);
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    QVERIFY(exporter.save(test::knownComparison(), request(ChartKind::Ranking), path, QSize(1000, 700)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    QVERIFY(pdf.contains("/Type /Pages"));
}

// With 60 agencies the ranking asks for room (the view scrolls) instead of squeezing its labels.
void TestCharts::manyAgenciesGrowTheRanking()
{
    QList<ObservationRecord> records;
    for (int i = 0; i < 60; ++i)
        records << test::record(QStringLiteral("第%1区人力资源和社会保障局").arg(i + 1), 2022,
                                QStringLiteral("dispute_cases"), 100 + i * 7, QStringLiteral("件"));
    const Comparison c = Comparison::fromRecords(records);
    QtChartBuilder builder;
    const QSize natural = builder.naturalSize(c, request(ChartKind::Ranking));
    QVERIFY(natural.height() >= 60 * 30);   // rows tall enough that Qt Charts does not elide CJK labels
    builder.show(c, request(ChartKind::Ranking));
    QCOMPARE(builder.shownValueCount(), 60);
    ChartExporter exporter(builder);
    const QImage image = exporter.image(c, request(ChartKind::Ranking), natural);
    QCOMPARE(image.size(), natural);
    QVERIFY(inkPixels(image) > natural.width() * natural.height() / 40);
    const QByteArray shots = qgetenv("RL_SHOTS_DIR");
    if (!shots.isEmpty())
        image.save(QString::fromLocal8Bit(shots) + QStringLiteral("/test-rank-60.png"));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
