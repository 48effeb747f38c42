// Why: every offset, the outline and every figure read the normalised text; these rules decide
// whether "２０２１ 年" and "2021年" are the same thing and whether web furniture reaches the user.
#include "read/Normaliser.h"

#include <QTest>

using rl::Normaliser;

class TstNormaliser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_data();
    void normalise();
    void idempotent_data() { normalise_data(); }
    void idempotent();
    void trailingFooterOnlyAtEnd();
    void longProseUntouched();
};

void TstNormaliser::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Characters.
    QTest::newRow("full-width digits") << QStringLiteral("共办理案件３２件") << QStringLiteral("共办理案件32件");
    QTest::newRow("full-width letters") << QStringLiteral("ＡＰＰ和ｗｅｂ") << QStringLiteral("APP和web");
    QTest::newRow("full-width percent and point") << QStringLiteral("达到９７．４％") << QStringLiteral("达到97.4%");
    QTest::newRow("full-width parens everywhere") << QStringLiteral("（一）加强领导（试行）") << QStringLiteral("(一)加强领导(试行)");
    QTest::newRow("comma inside number") << QStringLiteral("受理３２，０１４件") << QStringLiteral("受理32,014件");
    QTest::newRow("Chinese comma in prose kept") << QStringLiteral("一是学习，二是落实") << QStringLiteral("一是学习，二是落实");
    QTest::newRow("comma between counts kept") << QStringLiteral("１２，３４件") << QStringLiteral("12，34件");
    QTest::newRow("Chinese punctuation kept") << QStringLiteral("“六稳”、“六保”；完成。") << QStringLiteral("“六稳”、“六保”；完成。");
    QTest::newRow("full-width dash in range") << QStringLiteral("２０２１－２０２５年") << QStringLiteral("2021-2025年");
    QTest::newRow("zero width removed") << QStringLiteral("法\u200B治\uFEFF政府") << QStringLiteral("法治政府");
    QTest::newRow("tab becomes space") << QStringLiteral("a\tb") << QStringLiteral("a b");

    // Spaces around numbers.
    QTest::newRow("year unit") << QStringLiteral("在 2021 年,全局") << QStringLiteral("在 2021年,全局");
    QTest::newRow("full date") << QStringLiteral("2022 年 1 月 30 日") << QStringLiteral("2022年1月30日");
    QTest::newRow("ideographic spaces in date") << QStringLiteral("2022\u3000年\u30001\u3000月") << QStringLiteral("2022年1月");
    QTest::newRow("nbsp before unit") << QStringLiteral("29\u00A0件") << QStringLiteral("29件");
    QTest::newRow("percent") << QStringLiteral("达 100 %") << QStringLiteral("达 100%");
    QTest::newRow("wan yi") << QStringLiteral("3703.5 万元,1.2 亿") << QStringLiteral("3703.5万元,1.2亿");
    QTest::newRow("thousands group") << QStringLiteral("32 014 件") << QStringLiteral("32014件");
    QTest::newRow("two numbers stay apart") << QStringLiteral("2021 2022") << QStringLiteral("2021 2022");
    QTest::newRow("time stays") << QStringLiteral("时间:2021-01-27 11:08 来源:本网") << QStringLiteral("时间:2021-01-27 11:08 来源:本网");
    QTest::newRow("space in marker") << QStringLiteral("( 二)完善制度") << QStringLiteral("(二)完善制度");
    QTest::newRow("space in parens") << QStringLiteral("纲要( 2021-2025 年)") << QStringLiteral("纲要(2021-2025年)");
    QTest::newRow("spaces in quotes") << QStringLiteral("“ 十四五 ” 规划") << QStringLiteral("“十四五”规划");
    QTest::newRow("space after dun") << QStringLiteral("一、 2021 年度情况") << QStringLiteral("一、2021年度情况");
    QTest::newRow("runs collapse") << QStringLiteral("政策法规科   2023-12-29") << QStringLiteral("政策法规科 2023-12-29");
    QTest::newRow("latin words keep space") << QStringLiteral("use the APP now") << QStringLiteral("use the APP now");

    // Lines.
    QTest::newRow("crlf") << QStringLiteral("一\r\n二\r三") << QStringLiteral("一\n二\n三");
    QTest::newRow("indent and trailing") << QStringLiteral("\u3000\u3000正文 \n  第二段\u00A0") << QStringLiteral("正文\n第二段");
    QTest::newRow("blank runs") << QStringLiteral("一\n\n\n\n二\n \n\n三") << QStringLiteral("一\n\n二\n\n三");
    QTest::newRow("leading and trailing blanks") << QStringLiteral("\n\n一\n\n") << QStringLiteral("一");

    // Web furniture.
    QTest::newRow("breadcrumb") << QStringLiteral("您当前的位置: 首页 > 政府信息公开 > 报告\n正文") << QStringLiteral("正文");
    QTest::newRow("breadcrumb 2") << QStringLiteral("当前位置：首页 » 通知\n正文") << QStringLiteral("正文");
    QTest::newRow("home path") << QStringLiteral("首页 > 政务公开 > 规划计划\n正文") << QStringLiteral("正文");
    QTest::newRow("font bar open") << QStringLiteral("标题\n【字体:\n正文") << QStringLiteral("标题\n正文");
    QTest::newRow("font bar") << QStringLiteral("标题\n字体:大 中 小\n正文") << QStringLiteral("标题\n正文");
    QTest::newRow("font print close") << QStringLiteral("【字体:大 中 小】【打印本页】【关闭窗口】\n正文") << QStringLiteral("正文");
    QTest::newRow("date with counter") << QStringLiteral("时间:2021-01-27 11:08 来源:本网 访问量:-\n正文")
                                       << QStringLiteral("时间:2021-01-27 11:08 来源:本网\n正文");
    QTest::newRow("date with count and links") << QStringLiteral("发布时间：2022-01-30 浏览次数： 123 【打印】【关闭】\n正文")
                                               << QStringLiteral("发布时间：2022-01-30\n正文");
    QTest::newRow("date with font bar") << QStringLiteral("发布日期:2023-12-29 [字体:大 中 小]\n正文") << QStringLiteral("发布日期:2023-12-29\n正文");
    QTest::newRow("counter alone") << QStringLiteral("正文\n阅读次数:1024\n下文") << QStringLiteral("正文\n下文");
    QTest::newRow("scan") << QStringLiteral("正文\n扫一扫在手机打开当前页\n下文") << QStringLiteral("正文\n下文");
    QTest::newRow("print close") << QStringLiteral("正文\n打印 关闭\n下文") << QStringLiteral("正文\n下文");
    QTest::newRow("print page bracket") << QStringLiteral("正文\n[打印本页] [关闭窗口]\n下文") << QStringLiteral("正文\n下文");
    QTest::newRow("share") << QStringLiteral("正文\n分享到：微信 微博 QQ空间\n下文") << QStringLiteral("正文\n下文");
    QTest::newRow("prev next") << QStringLiteral("正文\n上一篇：关于某事的通知\n下一篇：没有了\n下文") << QStringLiteral("正文\n下文");
    QTest::newRow("bare counter word") << QStringLiteral("来源：本局 浏览：58\n正文") << QStringLiteral("来源：本局\n正文");
    QTest::newRow("empty counter") << QStringLiteral("发布时间：2023-01-16 浏览次数： 来源：县局\n正文")
                                   << QStringLiteral("发布时间：2023-01-16 来源：县局\n正文");
    QTest::newRow("site footer") << QStringLiteral("正文\n主办：某某县人民政府办公室 版权所有©2018\n网站标识码：0000000000\n下文")
                                 << QStringLiteral("正文\n下文");
    QTest::newRow("font size switch") << QStringLiteral("正文\n字号：T|T\n【 大 中 小 】\n【我要打印】【关闭】\n下文")
                                      << QStringLiteral("正文\n下文");
    QTest::newRow("table cell big kept") << QStringLiteral("企业规模 | 大\n类别 | 中 | 小")
                                         << QStringLiteral("企业规模 | 大\n类别 | 中 | 小");
    QTest::newRow("site header switches") << QStringLiteral("无障碍 | 长者模式 | 繁體 | English\n搜索 请输入关键词\n正文")
                                          << QStringLiteral("正文");
    QTest::newRow("heading with search word kept") << QStringLiteral("(三)健全养老保险登记制度") << QStringLiteral("(三)健全养老保险登记制度");
    QTest::newRow("prose with print kept") << QStringLiteral("打印机采购完成,共打印宣传册5000份") << QStringLiteral("打印机采购完成,共打印宣传册5000份");
    QTest::newRow("prose counter kept") << QStringLiteral("门户网站访问量达120万人次。") << QStringLiteral("门户网站访问量达120万人次。");
    QTest::newRow("table row kept") << QStringLiteral("发布机构 | 人社局\n发布时间 | 2022-01-30") << QStringLiteral("发布机构 | 人社局\n发布时间 | 2022-01-30");
    QTest::newRow("trailing footer")
        << QStringLiteral("正文。\n\n某某市人力资源和社会保障局\n2023年12月26日\n\n相关文件:\n\n扫一扫在手机打开当前页\n\n相关信息")
        << QStringLiteral("正文。\n\n某某市人力资源和社会保障局\n2023年12月26日");
    QTest::newRow("trailing links") << QStringLiteral("正文。\n相关链接\n某区2019年法治政府建设报告\n某区2018年法治政府建设报告")
                                    << QStringLiteral("正文。");
}

void TstNormaliser::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Normaliser::normalise(input), expected);
}

// Normalising normalised text changes nothing: the library may re-run the pipeline on stored text.
void TstNormaliser::idempotent()
{
    QFETCH(QString, expected);
    QCOMPARE(Normaliser::normalise(expected), expected);
}

// A 相关文件 line in the middle of a report is content, not a footer.
void TstNormaliser::trailingFooterOnlyAtEnd()
{
    const QString text = QStringLiteral("一、情况\n相关文件:\n某某办法\n二、问题\n我们做了很多工作,这一段足够长,是一段完整的正文。");
    QCOMPARE(Normaliser::normalise(text), text);
}

// Long lines are prose: no furniture rule applies, even when they start like furniture.
void TstNormaliser::longProseUntouched()
{
    QString line = QStringLiteral("打印");
    for (int i = 0; i < 100; ++i)
        line += QStringLiteral("推进法治建设");
    QCOMPARE(Normaliser::normalise(line), line);
}

QTEST_GUILESS_MAIN(TstNormaliser)
#include "tst_normaliser.moc"
