// Why: staff take the comparison to Excel; the CSV must open with Chinese intact (BOM) and keep missing
// values empty, and the XLSX must be a real workbook with the matrix, units, flags and a native chart.
#include "ComparisonFixture.h"

#include "export/ComparisonCsvWriter.h"
#include "export/XlsxComparisonWriter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rl;

namespace {

QByteArray unzipPart(const QString &xlsx, const QString &part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, part});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QStringList zipEntries(const QString &xlsx)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), xlsx});
    unzip.waitForFinished(30000);
    return QString::fromUtf8(unzip.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestMatrixExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvHasBomHeaderAndGaps();
    void csvEnglishHeader();
    void xlsxHasMatrixUnitsFlagsAndChart();
    void unwritablePathNamesTheReason();
};

void TestMatrixExport::csvHasBomHeaderAndGaps()
{
    const QByteArray csv = ComparisonCsvWriter::toCsv(test::knownComparison(), OutputLanguage::Chinese);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);   // header + three agencies
    QCOMPARE(lines.at(0), QStringLiteral("指标,指标代码,单位,省份,层级,2020年,2021年,2022年,计量单位,说明"));
    // 东莞 (pinyin first): 2021 missing stays empty, never 0; the corrected 2022 value is noted.
    QVERIFY2(lines.at(1).contains(QStringLiteral(",dispute_cases,东莞市人力资源和社会保障局,广东省,市级,900,,1100,件,2022年:已更正")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("深圳市人力资源和社会保障局,广东省,市级,1200,1500,,件,2021年:约数")),
             qPrintable(lines.at(3)));
}

void TestMatrixExport::csvEnglishHeader()
{
    const QByteArray csv = ComparisonCsvWriter::toCsv(test::knownComparison(), OutputLanguage::English);
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.startsWith(QStringLiteral("Indicator,Indicator id,Agency,Province,Level,2020,2021,2022,Unit,Notes\n")));
    QVERIFY(text.contains(QStringLiteral(",cases,2021: approximate")));
}

void TestMatrixExport::xlsxHasMatrixUnitsFlagsAndChart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.xlsx"));
    QString error;
    const Comparison c = test::knownComparison({QStringLiteral("dispute_cases"), QStringLiteral("mediation_rate")});
    QVERIFY2(XlsxComparisonWriter::write(c, path, OutputLanguage::Chinese, &error), qPrintable(error));

    const QStringList entries = zipEntries(path);
    QVERIFY2(entries.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(entries.join(u' ')));
    QVERIFY(entries.contains(QStringLiteral("xl/charts/chart1.xml")));
    QVERIFY(entries.contains(QStringLiteral("xl/charts/chart2.xml")));   // one chart per indicator
    QVERIFY(entries.contains(QStringLiteral("xl/chartsheets/sheet1.xml")));

    const QString strings = QString::fromUtf8(unzipPart(path, QStringLiteral("xl/sharedStrings.xml")));
    for (const QString &s : {QStringLiteral("东莞市人力资源和社会保障局"), QStringLiteral("计量单位"), QStringLiteral("件"),
                             QStringLiteral("2022年:已更正"), QStringLiteral("2021年:约数"), QStringLiteral("2021年:推算"),
                             QStringLiteral("数据来源:各单位法治政府建设年度报告。")})
        QVERIFY2(strings.contains(s), qPrintable(s));

    const QString sheet = QString::fromUtf8(unzipPart(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    // Row 3 is 东莞 dispute_cases: F3 = 900, G3 blank (missing), H3 = 1100.
    QVERIFY2(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"F3\"[^>]*><v>900</v></c>"))), qPrintable(sheet.left(3000)));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"H3\"[^>]*><v>1100</v></c>"))));
    QVERIFY(!sheet.contains(QRegularExpression(QStringLiteral("<c r=\"G3\"[^>]*><v>"))));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"G5\"[^>]*><v>1500</v></c>"))));

    const QString chart = QString::fromUtf8(unzipPart(path, QStringLiteral("xl/charts/chart1.xml")));
    QVERIFY(chart.contains(QStringLiteral("<c:barChart>")));
    QVERIFY2(chart.contains(QStringLiteral("对比矩阵")), "the chart reads the matrix sheet");
    QCOMPARE(chart.count(QStringLiteral("<c:ser>")), 3);   // one series per year
    // Blanks show as gaps (Excel's default, so not written); never as zeros.
    QVERIFY(!chart.contains(QStringLiteral("dispBlanksAs val=\"zero\"")));
    QVERIFY(chart.contains(QStringLiteral("对比矩阵'!$C$3:$C$5")));   // categories: the agencies of the first block
}

void TestMatrixExport::unwritablePathNamesTheReason()
{
    QString error;
    QVERIFY(!XlsxComparisonWriter::write(test::knownComparison(), QStringLiteral("/nonexistent-dir/x.xlsx"),
                                         OutputLanguage::Chinese, &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
    QVERIFY(!ComparisonCsvWriter::write(test::knownComparison(), QStringLiteral("/nonexistent-dir/x.csv"),
                                        OutputLanguage::Chinese, &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
}

QTEST_GUILESS_MAIN(TestMatrixExport)
#include "tst_matrixexport.moc"
