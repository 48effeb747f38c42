// Why: reports are often saved web pages; only the article text may reach the normaliser, with
// table rows, line structure, entities and the page's title/date hints intact, whatever the markup.
#include "TestPaths.h"
#include "read/HtmlReader.h"
#include "read/Normaliser.h"

#include <QFile>

#include <QTest>

#include "TestEncoding.h"

using rl::HtmlReader;

namespace {

QString textOf(const QString &html)
{
    return HtmlReader::extract(html).text.trimmed();
}

using rl::test::gb18030;

} // namespace

class TstHtmlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data();
    void text();
    void hints_data();
    void hints();
    void charsetFromMeta();
    void declaredCharsetWrongFallsBack();
    void savedPage_data();
    void savedPage();
    void deeplyNested();
    void largePage();
};

void TstHtmlReader::text_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraphs") << "<p>第一段</p><p>第二段</p>" << "第一段\n第二段";
    QTest::newRow("br") << "一行<br>二行<br/>三行" << "一行\n二行\n三行";
    QTest::newRow("headings and divs") << "<h1>标题</h1><div>正文<div>内层</div>尾</div>" << "标题\n正文\n内层\n尾";
    QTest::newRow("inline stays on line") << "<p>共<b>205</b>宗<span>案件</span></p>" << "共205宗案件";
    QTest::newRow("list") << "<ul><li>一是</li><li>二是</li></ul>" << "一是\n二是";
    QTest::newRow("script dropped") << "<p>前</p><script>var a = '<p>不</p>';</script><p>后</p>" << "前\n后";
    QTest::newRow("script upper case") << "前<SCRIPT type=x>alert(1)</SCRIPT>后" << "前后";
    QTest::newRow("style dropped") << "<style>p{color:red}</style><p>正文</p>" << "正文";
    QTest::newRow("noscript dropped") << "<noscript>请启用脚本</noscript>正文" << "正文";
    QTest::newRow("head dropped") << "<html><head><meta charset=utf-8><link rel=x>头部文字</head><body>正文</body></html>"
                                  << "正文";
    QTest::newRow("head without end") << "<head><title>题</title><div>正文</div>" << "正文";
    QTest::newRow("comment dropped") << "前<!-- <p>注释</p> -->后" << "前后";
    QTest::newRow("unclosed comment") << "前<!-- 注释>后" << "前后";
    QTest::newRow("doctype dropped") << "<!DOCTYPE html><p>正文</p>" << "正文";
    QTest::newRow("named entities") << "&ldquo;六稳&rdquo;&mdash;&hellip;&amp;&lt;&gt;&quot;"
                                    << QStringLiteral("“六稳”—…&<>\"");
    QTest::newRow("nbsp kept as nbsp") << "A&nbsp;B" << QStringLiteral("A\u00A0B");
    QTest::newRow("numeric entities") << "&#20013;&#x6587;&#X4E2D;&#39;" << QStringLiteral("中文中'");
    QTest::newRow("cp1252 numeric") << "&#151;" << QStringLiteral("—");
    QTest::newRow("legacy entity without semicolon") << "x&nbsp2021&amp" << QStringLiteral("x\u00A02021&");
    QTest::newRow("unknown entity stays") << "&foo; & x" << "&foo; & x";
    QTest::newRow("table cells") << "<table><tr><td>发布机构</td><td>人社局</td></tr><tr><th>发布时间</th><td>2022-01-30</td></tr></table>"
                                 << "发布机构 | 人社局\n发布时间 | 2022-01-30";
    QTest::newRow("empty cells skipped") << "<table><tr><td></td><td>a</td><td> </td><td>b</td></tr></table>"
                                         << "a | b";
    QTest::newRow("word table cells with paragraphs")
        << "<table><tr><td><p>发布机构</p></td><td><p><span>人社局</span></p></td></tr>"
           "<tr><td><p>地址</p></td><td><p>某路1号</p><p>二楼</p></td></tr></table>"
        << "发布机构 | 人社局\n地址 | 某路1号 二楼";
    QTest::newRow("cell with linked value") << "<table><tr><td>发布机构</td><td><p><a href=x>人社局</a></p></td></tr></table>"
                                            << "发布机构 | 人社局";
    QTest::newRow("menu row dropped") << "<table><tr><td><a>首页</a></td><td><p><a>政务公开</a></p></td></tr></table>正文"
                                      << "正文";
    QTest::newRow("layout cells keep paragraphs")
        << QStringLiteral("<table><tr><td>目录</td><td><p>%1</p><p>第二段</p></td></tr></table>").arg(QStringLiteral("长段落").repeated(40))
        << QStringLiteral("目录 | %1\n第二段").arg(QStringLiteral("长段落").repeated(40));
    QTest::newRow("signature cell keeps lines")
        << "<table><tr><td><p>某某市人力资源和社会保障局</p><p>2023年12月26日</p></td></tr></table>"
        << "某某市人力资源和社会保障局\n2023年12月26日";
    QTest::newRow("layout table cell with paragraphs") << "<table><tr><td><p>第一段</p><p>第二段</p></td></tr></table>"
                                                       << "第一段\n第二段";
    QTest::newRow("whitespace collapses") << "<p>  共  \n  205\t宗 </p>" << "共 205 宗";
    QTest::newRow("source line break between Chinese") << "<p>一、加强\n    组织领导，全年共办理\r\n205宗</p>"
                                                       << "一、加强组织领导，全年共办理 205宗";
    QTest::newRow("space between Chinese kept") << "<p>政策法规科 2023-12-29 来源 本局</p>" << "政策法规科 2023-12-29 来源 本局";
    QTest::newRow("break between latin words") << "<p>annual\nreport</p>" << "annual report";
    QTest::newRow("pre keeps lines") << "<pre>一  行\n二行</pre>" << "一  行\n二行";
    QTest::newRow("nav dropped") << "<nav><a>首页</a><nav>内</nav></nav><p>正文</p>" << "正文";
    QTest::newRow("footer dropped") << "<p>正文</p><footer>版权所有</footer>" << "正文";
    QTest::newRow("unclosed nav kept") << "<nav>菜单<p>正文" << "菜单\n正文";
    QTest::newRow("display none dropped") << "<div style=\"DISPLAY: none\"><div>模板</div>内</div><p>正文</p>" << "正文";
    QTest::newRow("hidden attribute dropped") << "<span hidden>隐</span>正文<input type=hidden value=x>" << "正文";
    QTest::newRow("hidden image does not stop skipping") << "<img style=\"display:none\" src=x>正文<nav>菜单</nav>" << "正文";
    QTest::newRow("visible kept") << "<div style=\"display:block\" class=\"hidden-xs\">正文</div>" << "正文";
    QTest::newRow("select dropped") << "<select><option>市政府</option></select>正文" << "正文";
    QTest::newRow("unclosed tags") << "<p>一<p>二<div>三<b>四" << "一\n二\n三四";
    QTest::newRow("misnested") << "<b><p>一</b>二</p>三" << "一二\n三";
    QTest::newRow("literal less-than") << "a < b 1<2" << "a < b 1<2";
    QTest::newRow("attributes with >") << "见<a title=\"x>y\" href='z'>链接</a>" << "见链接";
    QTest::newRow("unclosed quote") << "<a href=\"x>链接</a>后" << "链接后";
    QTest::newRow("tag cut at end") << "正文<p class=" << "正文";
    QTest::newRow("unclosed script hides rest") << "正文<script>var x" << "正文";
    QTest::newRow("self-closing script") << "前<script src=a.js/>后" << "前后";
    QTest::newRow("menu list dropped") << "<ul><li><a href=/>首页</a></li><li><a>政务公开</a></li></ul><p>正文</p>" << "正文";
    QTest::newRow("link line dropped") << "<div><a>更多&gt;&gt;</a></div><div><a>2019年工作报告</a> | <a>2018年</a></div>正文"
                                       << "正文";
    QTest::newRow("link in prose kept") << "<p>详见<a>《实施办法》</a>。</p>" << "详见《实施办法》。";
    QTest::newRow("breadcrumb kept for the filter") << "<div>您当前的位置：<a>首页</a> &gt; <a>公开</a></div>"
                                                    << "您当前的位置：首页 > 公开";
    QTest::newRow("document title links dropped")
        << "<ul><li><a>某某市人力资源和社会保障局关于印发某某市人力资源和社会保障领域法治政府建设实施方案的通知(2019年)</a></li></ul>正文"
        << "正文";
    QTest::newRow("paragraph link kept") << QStringLiteral("<p><a>%1</a></p>").arg(QStringLiteral("推进法治建设").repeated(40))
                                         << QStringLiteral("推进法治建设").repeated(40);
    QTest::newRow("unclosed link ends with block") << "<p><a>链接</p><p>一、加强领导</p>" << "一、加强领导";
    QTest::newRow("entity in cell") << "<tr><td>A&amp;B</td><td>&#x4E2D;</td></tr>" << QStringLiteral("A&B | 中");
}

void TstHtmlReader::text()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(textOf(html), expected);
}

void TstHtmlReader::hints_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published");

    QTest::newRow("title") << "<title> 某局2021年 &amp; 报告 </title><p>x</p>" << "某局2021年 & 报告" << "";
    QTest::newRow("article title wins") << "<title>报告_某市政府网</title><meta name=\"ArticleTitle\" content=\"报告\">"
                                        << "报告" << "";
    QTest::newRow("pubdate") << "<meta name=\"PubDate\" content=\"2022-01-30 09:00\">" << "" << "2022-01-30 09:00";
    QTest::newRow("publishdate") << "<META NAME=publishdate CONTENT=2021-01-27>" << "" << "2021-01-27";
    QTest::newRow("og published") << "<meta property='article:published_time' content='2023-12-29T10:00:00+08:00'/>"
                                  << "" << "2023-12-29T10:00:00+08:00";
    QTest::newRow("best date wins") << "<meta name=date content=2020-01-01><meta name=PubDate content=2021-02-02>"
                                    << "" << "2021-02-02";
    QTest::newRow("unclosed title") << "<title>题<p>正文</p>" << "题" << "";
}

void TstHtmlReader::hints()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, published);
    const rl::RawDocument doc = HtmlReader::extract(html);
    QCOMPARE(doc.titleHint, title);
    QCOMPARE(doc.publishedHint, published);
}

void TstHtmlReader::charsetFromMeta()
{
    const QString page = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                        "<title>年度报告</title></head><body><p>一、加强领导</p></body></html>");
    const QByteArray bytes = gb18030(page);
    QCOMPARE(HtmlReader::declaredCharset(bytes), QStringLiteral("gb2312"));
    const rl::ReadResult r = HtmlReader::read(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, QStringLiteral("GB18030"));
    QCOMPARE(r.document.format, QStringLiteral("html"));
    QCOMPARE(r.document.titleHint, QStringLiteral("年度报告"));
    QCOMPARE(r.document.text.trimmed(), QStringLiteral("一、加强领导"));
    QCOMPARE(HtmlReader::declaredCharset("<meta charset='UTF-8'>"), QStringLiteral("utf-8"));
}

// Pages re-saved by an editor keep their old declaration; the bytes decide.
void TstHtmlReader::declaredCharsetWrongFallsBack()
{
    const QString page = QStringLiteral("<meta charset=\"gbk\"><p>人力资源和社会保障局年度报告</p>");
    const rl::ReadResult r = HtmlReader::read(page.toUtf8());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.document.text.trimmed(), QStringLiteral("人力资源和社会保障局年度报告"));
}

void TstHtmlReader::savedPage_data()
{
    QTest::addColumn<QString>("charset");
    QTest::newRow("utf-8") << "utf-8";
    QTest::newRow("gb2312") << "gb2312";
}

// A page as a county site serves it (tests/data/read/saved_page.html, written for this test):
// after reading and normalising, only the report and its metadata lines are left.
void TstHtmlReader::savedPage()
{
    QFETCH(QString, charset);
    QFile f(rl::test::fixture(QStringLiteral("read/saved_page.html")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString page = QString::fromUtf8(f.readAll());
    page.replace(QLatin1String("charset=utf-8"), QLatin1String("charset=") + charset);
    const QByteArray bytes = charset == QLatin1String("utf-8") ? page.toUtf8() : gb18030(page);

    const rl::ReadResult r = HtmlReader::read(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, charset == QLatin1String("utf-8") ? QStringLiteral("UTF-8") : QStringLiteral("GB18030"));
    QCOMPARE(r.document.titleHint, QStringLiteral("示例县人力资源和社会保障局2022年度法治政府建设工作报告"));
    QCOMPARE(r.document.publishedHint, QStringLiteral("2023-01-16 09:30"));
    const QString expected = QStringLiteral(
        "索引号 | 000000000/2023-00001 | 发布机构 | 示例县人力资源和社会保障局\n"
        "发布日期 | 2023-01-16 | 文号\n"
        "示例县人力资源和社会保障局2022年度法治政府建设工作报告\n"
        "发布时间：2023-01-16 09:30 来源：县人社局\n"
        "2022年，我局深入学习贯彻习近平法治思想，现将有关情况报告如下：\n"
        "一、主要工作成效\n"
        "(一)健全工作机制。全年共办理行政复议案件 12件，劳动人事争议仲裁案件3,210件，结案率达98.5%。\n"
        "(二)推进“放管服”改革。\n"
        "一是精简材料——取消证明事项15项；二是“一网通办”。\n"
        "二、存在的问题\n"
        "法治宣传形式较为单一……\n"
        "示例县人力资源和社会保障局\n"
        "2023年1月16日");
    const QString text = rl::Normaliser::normalise(r.document.text);
    if (text != expected) {
        const QStringList got = text.split(QLatin1Char('\n'));
        const QStringList want = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i)
            QCOMPARE(got.value(i), want.value(i));
    }
    QCOMPARE(text, expected);
}

// 100 000 levels of nesting: no recursion, so no stack overflow.
void TstHtmlReader::deeplyNested()
{
    QString html;
    for (int i = 0; i < 100000; ++i)
        html += QLatin1String("<div><span>");
    html += QStringLiteral("深处");
    const QString text = textOf(html);
    QCOMPARE(text, QStringLiteral("深处"));
}

// A 1-MB page of tables, entities, scripts and comments reads completely.
void TstHtmlReader::largePage()
{
    QString html = QStringLiteral("<html><head><title>大页面</title></head><body>");
    int rows = 0;
    while (html.size() < 1024 * 1024) {
        html += QStringLiteral("<table><tr><td class=\"c\">第%1行</td><td>&ldquo;共205宗&rdquo;</td></tr></table>"
                               "<script>var s='<p>';</script><!-- c --><a href=\"x\">链接</a>\n").arg(rows);
        ++rows;
    }
    const rl::RawDocument doc = HtmlReader::extract(html);
    QCOMPARE(doc.titleHint, QStringLiteral("大页面"));
    const QStringList lines = doc.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows); // the link after each table is a menu-like line of its own: dropped
    QCOMPARE(lines.at(0), QStringLiteral("第0行 | “共205宗”"));
    QCOMPARE(lines.at(lines.size() - 1), QStringLiteral("第%1行 | “共205宗”").arg(rows - 1));
}

QTEST_GUILESS_MAIN(TstHtmlReader)
#include "tst_htmlreader.moc"
