// Why: the comparison is the data behind every chart and export; missing must stay missing (never 0),
// duplicates must resolve to the most trustworthy value, agencies must come in pinyin order.
#include "ComparisonFixture.h"

#include "compare/AgencyOrder.h"
#include "compare/Comparison.h"
#include "compare/ComparisonText.h"
#include "compare/ValueFormat.h"

#include <QtTest>

using namespace rl;

class TestComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsCellsAndKeepsMissingMissing();
    void agenciesInPinyinOrder();
    void duplicateCellPrefersTotalAndCorrection();
    void queryFiltersAgenciesAndYears();
    void subsetRenumbersAgencies();
    void compactNumbers_data();
    void compactNumbers();
    void axisScaleUsesWan();
    void footnoteNamesSourceAndFlags();
    void shortNames();
};

void TestComparison::buildsCellsAndKeepsMissingMissing()
{
    const Comparison c = test::knownComparison();
    QCOMPARE(c.years(), (QList<int>{2020, 2021, 2022}));
    QCOMPARE(c.agencies().size(), 3);
    QCOMPARE(c.valueCount(), 6);
    const int dg = c.agencyIndex(test::dongguan());
    QVERIFY(dg >= 0);
    QVERIFY(!c.cell(QStringLiteral("dispute_cases"), dg, 2021).has_value());   // missing, not 0
    const auto v = c.cell(QStringLiteral("dispute_cases"), dg, 2022);
    QVERIFY(v.has_value());
    QCOMPARE(v->value, 1100.0);
    QVERIFY(v->corrected);
    QCOMPARE(c.unit(QStringLiteral("dispute_cases")), QStringLiteral("件"));
    QVERIFY(c.hasApprox());
    QVERIFY(c.hasCorrected());
    QVERIFY(!c.hasDerived());   // the derived value belongs to mediation_rate, not queried
}

void TestComparison::agenciesInPinyinOrder()
{
    const Comparison c = test::knownComparison();
    // dong < guang < shen
    QCOMPARE(c.agencies().at(0).name, test::dongguan());
    QCOMPARE(c.agencies().at(1).name, test::guangzhou());
    QCOMPARE(c.agencies().at(2).name, test::shenzhen());
    QStringList names = {QStringLiteral("上海市"), QStringLiteral("北京市"), QStringLiteral("重庆市"),
                         QStringLiteral("安徽省")};
    sortAgencyNames(names);
    // an ICU pinyin collation reads 重庆 as chongqing, before shanghai
    QCOMPARE(names, (QStringList{QStringLiteral("安徽省"), QStringLiteral("北京市"), QStringLiteral("重庆市"),
                                 QStringLiteral("上海市")}));
}

void TestComparison::duplicateCellPrefersTotalAndCorrection()
{
    QList<ObservationRecord> records = test::knownRecords();
    ObservationRecord part = test::record(test::shenzhen(), 2020, QStringLiteral("dispute_cases"), 300,
                                          QStringLiteral("件"));
    part.isPart = true;
    part.offset = 1;   // earlier in the text, still loses to the total
    records.prepend(part);
    ObservationRecord fixed = test::record(test::guangzhou(), 2021, QStringLiteral("dispute_cases"), 2100,
                                           QStringLiteral("件"));
    fixed.corrected = true;
    records << fixed;
    ComparisonQuery q;
    q.indicatorIds = {QStringLiteral("dispute_cases")};
    const Comparison c = Comparison::fromRecords(records, q);
    QCOMPARE(c.cell(QStringLiteral("dispute_cases"), c.agencyIndex(test::shenzhen()), 2020)->value, 1200.0);
    QCOMPARE(c.cell(QStringLiteral("dispute_cases"), c.agencyIndex(test::guangzhou()), 2021)->value, 2100.0);
}

void TestComparison::queryFiltersAgenciesAndYears()
{
    ComparisonQuery q;
    q.indicatorIds = {QStringLiteral("dispute_cases")};
    q.agencies = {test::shenzhen(), test::guangzhou()};
    q.firstYear = 2021;
    const Comparison c = Comparison::fromRecords(test::knownRecords(), q);
    QCOMPARE(c.agencies().size(), 2);
    QCOMPARE(c.years(), (QList<int>{2021, 2022}));
    QCOMPARE(c.valueCount(), 3);
    QCOMPARE(c.agencyIndex(test::dongguan()), -1);
}

void TestComparison::subsetRenumbersAgencies()
{
    const Comparison all = test::knownComparison();
    const Comparison s = all.subset({test::shenzhen()}, 2020, 2020);
    QCOMPARE(s.agencies().size(), 1);
    QCOMPARE(s.years(), QList<int>{2020});
    QCOMPARE(s.cell(QStringLiteral("dispute_cases"), 0, 2020)->value, 1200.0);
    QVERIFY(!s.cell(QStringLiteral("dispute_cases"), 0, 2021));
}

void TestComparison::compactNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("expected");
    QTest::newRow("small zh") << 950.0 << true << QStringLiteral("950");
    QTest::newRow("wan") << 12345.0 << true << QStringLiteral("1.23万");
    QTest::newRow("yi") << 370000000.0 << true << QStringLiteral("3.7亿");
    QTest::newRow("k") << 12345.0 << false << QStringLiteral("12.3k");
    QTest::newRow("m") << 3700000.0 << false << QStringLiteral("3.7m");
    QTest::newRow("decimal") << 97.40 << true << QStringLiteral("97.4");
}

void TestComparison::compactNumbers()
{
    QFETCH(double, value);
    QFETCH(bool, chinese);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat::compact(value, chinese ? OutputLanguage::Chinese : OutputLanguage::English), expected);
}

void TestComparison::axisScaleUsesWan()
{
    const AxisScale s = ValueFormat::axisScale(250000, QStringLiteral("件"), OutputLanguage::Chinese);
    QCOMPARE(s.divisor, 1e4);
    QCOMPARE(s.unitLabel, QStringLiteral("万件"));
    const AxisScale small = ValueFormat::axisScale(2500, QStringLiteral("件"), OutputLanguage::Chinese);
    QCOMPARE(small.divisor, 1.0);
    QCOMPARE(ValueFormat::axisScale(250000, QStringLiteral("件"), OutputLanguage::English).unitLabel,
             QStringLiteral("thousand cases"));
    QCOMPARE(ValueFormat::withUnit(12345, QStringLiteral("件"), OutputLanguage::Chinese),
             QStringLiteral("12,345件(1.23万件)"));
}

void TestComparison::footnoteNamesSourceAndFlags()
{
    const Comparison c = test::knownComparison({QStringLiteral("dispute_cases"), QStringLiteral("mediation_rate")});
    const QString zh = ComparisonText::sourceNote(c, OutputLanguage::Chinese);
    QVERIFY2(zh.contains(QStringLiteral("数据来源:各单位法治政府建设年度报告")), qPrintable(zh));
    QVERIFY2(zh.contains(QStringLiteral("2020—2022年")), qPrintable(zh));
    QVERIFY2(zh.contains(QStringLiteral("推算值:深圳市2021年")), qPrintable(zh));
    QVERIFY2(zh.contains(QStringLiteral("已更正值:东莞市2022年")), qPrintable(zh));
    const QString note = ComparisonText::flagsNote(c, OutputLanguage::Chinese);
    QVERIFY(note.contains(ComparisonText::approxMarker()));
    QVERIFY(note.contains(ComparisonText::derivedMarker()));
    QVERIFY(note.contains(ComparisonText::correctedMarker()));
    const QString tip = ComparisonText::tooltip(c, QStringLiteral("dispute_cases"), c.agencyIndex(test::shenzhen()),
                                                2021, OutputLanguage::Chinese);
    QVERIFY2(tip.contains(QStringLiteral("1,500件")) && tip.contains(QStringLiteral("约数"))
                 && tip.contains(QStringLiteral("受理案件1500件")),
             qPrintable(tip));
}

void TestComparison::shortNames()
{
    QCOMPARE(shortAgencyName(test::dongguan()), QStringLiteral("东莞市"));
    QCOMPARE(shortAgencyName(QStringLiteral("某某区人力资源社会保障局")), QStringLiteral("某某区"));
    QCOMPARE(shortAgencyName(QStringLiteral("某某局")), QStringLiteral("某某局"));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
