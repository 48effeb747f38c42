// Why: every indicator value starts as a figure found by NumberScanner; a missed form loses a
// figure, and a year, date, document number, rank, ratio or change read as a value invents one.
#include "extract/ChineseNumeral.h"
#include "extract/NumberScanner.h"

#include <QTest>

using rl::NumberScanner;
using rl::NumberToken;
using Kind = NumberToken::Kind;

Q_DECLARE_METATYPE(NumberToken::Kind)

class TestNumberScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void nonValues_data();
    void nonValues();
    void chineseNumerals_data();
    void chineseNumerals();
    void offsets();
};

void TestNumberScanner::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("approx");
    QTest::addColumn<bool>("percent");

    QTest::newRow("plain") << QStringLiteral("全年受理案件41235件。") << 41235.0 << QStringLiteral("件") << false << false;
    QTest::newRow("thousands") << QStringLiteral("全年受理案件41,235件。") << 41235.0 << QStringLiteral("件") << false << false;
    QTest::newRow("thousands full-width comma") << QStringLiteral("受理1，234，567件") << 1234567.0 << QStringLiteral("件") << false << false;
    QTest::newRow("full-width digits") << QStringLiteral("受理４１２３５件") << 41235.0 << QStringLiteral("件") << false << false;
    QTest::newRow("space before unit") << QStringLiteral("受理 512 宗,") << 512.0 << QStringLiteral("宗") << false << false;
    QTest::newRow("decimal") << QStringLiteral("结案率为98.65%") << 98.65 << QStringLiteral("%") << false << true;
    QTest::newRow("full-width percent") << QStringLiteral("结案率为98.6％") << 98.6 << QStringLiteral("%") << false << true;
    QTest::newRow("wan yuan") << QStringLiteral("追回工资1204.5万元") << 12045000.0 << QStringLiteral("元") << false << false;
    QTest::newRow("yi yuan") << QStringLiteral("减负52.31亿元") << 5231000000.0 << QStringLiteral("元") << false << false;
    QTest::newRow("yi yuan exact") << QStringLiteral("追发待遇2.3亿元") << 230000000.0 << QStringLiteral("元") << false << false;
    QTest::newRow("many decimals") << QStringLiteral("办结率96.255%") << 96.255 << QStringLiteral("%") << false << true;
    QTest::newRow("wan renci") << QStringLiteral("共培训12.7万人次") << 127000.0 << QStringLiteral("人次") << false << false;
    QTest::newRow("renci not ren") << QStringLiteral("培训860人次") << 860.0 << QStringLiteral("人次") << false << false;
    QTest::newRow("changci") << QStringLiteral("开展培训45场次") << 45.0 << QStringLiteral("场次") << false << false;
    QTest::newRow("hedge yu") << QStringLiteral("培训执法人员80余人次") << 80.0 << QStringLiteral("人次") << true << false;
    QTest::newRow("hedge duo") << QStringLiteral("发放资料3100多份") << 3100.0 << QStringLiteral("份") << true << false;
    QTest::newRow("hedge yue") << QStringLiteral("约4万名员工") << 40000.0 << QStringLiteral("名") << true << false;
    QTest::newRow("hedge jin") << QStringLiteral("惠及近900户") << 900.0 << QStringLiteral("户") << true << false;
    QTest::newRow("hedge chaoguo") << QStringLiteral("超过6万人次参与") << 60000.0 << QStringLiteral("人次") << true << false;
    QTest::newRow("hedge yu before") << QStringLiteral("逾300家企业") << 300.0 << QStringLiteral("家") << true << false;
    QTest::newRow("hedge yishang") << QStringLiteral("满意率达95%以上") << 95.0 << QStringLiteral("%") << true << true;
    QTest::newRow("wan yu yuan") << QStringLiteral("挽回损失2500万余元") << 25000000.0 << QStringLiteral("元") << true << false;
    QTest::newRow("yu wan yuan") << QStringLiteral("挽回损失25余万元") << 250000.0 << QStringLiteral("元") << true << false;
    QTest::newRow("chinese hundreds") << QStringLiteral("办理一百二十件") << 120.0 << QStringLiteral("件") << false << false;
    QTest::newRow("chinese liang qian") << QStringLiteral("培训两千人次") << 2000.0 << QStringLiteral("人次") << false << false;
    QTest::newRow("chinese shi yu") << QStringLiteral("开展活动十余次") << 10.0 << QStringLiteral("次") << true << false;
    QTest::newRow("chinese ershi duo") << QStringLiteral("举办讲座二十多场") << 20.0 << QStringLiteral("场") << true << false;
    QTest::newRow("baifenzhi chinese") << QStringLiteral("覆盖率达百分之九十") << 90.0 << QStringLiteral("%") << false << true;
    QTest::newRow("baifenzhi digits") << QStringLiteral("覆盖率达百分之97.5") << 97.5 << QStringLiteral("%") << false << true;
    QTest::newRow("baifenbai") << QStringLiteral("做到百分百公开") << 100.0 << QStringLiteral("%") << false << true;
    QTest::newRow("baifenzhibai") << QStringLiteral("出庭率达百分之百") << 100.0 << QStringLiteral("%") << false << true;
    QTest::newRow("zero") << QStringLiteral("降为0件") << 0.0 << QStringLiteral("件") << false << false;
    QTest::newRow("level after jiang zhi") << QStringLiteral("案件降至7件") << 7.0 << QStringLiteral("件") << false << false;
    QTest::newRow("level after tigao dao") << QStringLiteral("结案率提高到99%") << 99.0 << QStringLiteral("%") << false << true;
}

void TestNumberScanner::values()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(bool, approx);
    QFETCH(bool, percent);
    const QList<NumberToken> tokens = NumberScanner().values(text);
    QCOMPARE(tokens.size(), 1);
    const NumberToken &t = tokens.first();
    QCOMPARE(t.value, value);
    QCOMPARE(t.unit, unit);
    QCOMPARE(t.approx, approx);
    QCOMPARE(t.kind, percent ? Kind::Percent : Kind::Quantity);
}

void TestNumberScanner::nonValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("year") << QStringLiteral("2021年,我局") << Kind::Year;
    QTest::newRow("year with space") << QStringLiteral("2021 年度报告") << Kind::Year;
    QTest::newRow("date") << QStringLiteral("截至12月31日") << Kind::Date;
    QTest::newRow("iso date") << QStringLiteral("发布时间:2022-01-30") << Kind::Date;
    QTest::newRow("year range") << QStringLiteral("规划(2021-2025年)") << Kind::Year;
    QTest::newRow("dot date") << QStringLiteral("12·4宪法日") << Kind::Date;
    QTest::newRow("document year") << QStringLiteral("(京政发〔2020〕") << Kind::Year;
    QTest::newRow("document number") << QStringLiteral("按照36号文件") << Kind::DocumentNumber;
    QTest::newRow("rank digits") << QStringLiteral("排名第3位") << Kind::Rank;
    QTest::newRow("rank chinese") << QStringLiteral("居全省第一名") << Kind::Rank;
    QTest::newRow("ratio") << QStringLiteral("结案比达到2.4比1") << Kind::Ratio;
    QTest::newRow("ratio colon") << QStringLiteral("比例为3:1") << Kind::Ratio;
    QTest::newRow("fraction") << QStringLiteral("缩短约1/4") << Kind::Fraction;
    QTest::newRow("yoy growth") << QStringLiteral("同比增长15%") << Kind::Change;
    QTest::newRow("drop rate") << QStringLiteral("降幅达80%") << Kind::Change;
    QTest::newRow("decrease count") << QStringLiteral("较上年减少60余件") << Kind::Change;
    QTest::newRow("increase le") << QStringLiteral("增加了12件") << Kind::Change;
    QTest::newRow("percent points") << QStringLiteral("下降3.5个百分点") << Kind::PercentPoints;
    QTest::newRow("enumeration") << QStringLiteral("1.加强领导") << Kind::Enumeration;
    QTest::newRow("paren enumeration") << QStringLiteral("(2)完善制度") << Kind::Enumeration;
    QTest::newRow("quoted") << QStringLiteral("落实“1+5”机制") << Kind::Quoted;
    QTest::newRow("code") << QStringLiteral("索引号SY00245782") << Kind::Identifier;
}

void TestNumberScanner::nonValues()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    const std::vector<NumberToken> tokens = NumberScanner().scan(text);
    QVERIFY(!tokens.empty());
    QCOMPARE(tokens.front().kind, kind);
    QVERIFY(!tokens.front().isValue());
    QVERIFY(NumberScanner().values(text).isEmpty());
}

void TestNumberScanner::chineseNumerals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("shi") << QStringLiteral("十") << 10.0 << true;
    QTest::newRow("shiwu") << QStringLiteral("十五") << 15.0 << true;
    QTest::newRow("yibaiershi") << QStringLiteral("一百二十") << 120.0 << true;
    QTest::newRow("yibailingwu") << QStringLiteral("一百零五") << 105.0 << true;
    QTest::newRow("liangqian") << QStringLiteral("两千") << 2000.0 << true;
    QTest::newRow("sanwanwuqian") << QStringLiteral("三万五千") << 35000.0 << true;
    QTest::newRow("yiyi") << QStringLiteral("一亿") << 1e8 << true;
    QTest::newRow("sequence is not a numeral") << QStringLiteral("三八") << 0.0 << false;
    QTest::newRow("shisiwu is a name") << QStringLiteral("十四五") << 0.0 << false;
    QTest::newRow("bare qian") << QStringLiteral("千") << 0.0 << false;
    QTest::newRow("bare wan") << QStringLiteral("万") << 0.0 << false;
}

void TestNumberScanner::chineseNumerals()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(bool, valid);
    const auto v = rl::ChineseNumeral::parse(text);
    QCOMPARE(v.has_value(), valid);
    if (valid)
        QCOMPARE(*v, value);
}

// Offsets are what the main window selects: the figure, its hedge and its unit must be exact.
void TestNumberScanner::offsets()
{
    const QString text = QStringLiteral("共培训约3.5万人次以上,其中");
    const QList<NumberToken> tokens = NumberScanner().values(text);
    QCOMPARE(tokens.size(), 1);
    const NumberToken &t = tokens.first();
    QCOMPARE(text.mid(t.hedgeStart, t.start - t.hedgeStart), QStringLiteral("约"));
    QCOMPARE(text.mid(t.start, t.numberEnd - t.start), QStringLiteral("3.5万"));
    QCOMPARE(text.mid(t.start, t.end - t.start), QStringLiteral("3.5万人次以上"));
    QVERIFY(t.approx);
    QCOMPARE(t.value, 35000.0);
    // Words that look like numerals but are not figures: 一起 (together), 一审, 统一.
    QVERIFY(NumberScanner().values(QStringLiteral("一起学习,统一标准,一审判决")).isEmpty());
}

QTEST_APPLESS_MAIN(TestNumberScanner)
#include "tst_numberscanner.moc"
