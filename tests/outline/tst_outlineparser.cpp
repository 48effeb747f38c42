// Why: the section tree drives the UI tree, the section path of every figure and the outline score;
// each shape of heading met in real reports gets an invented snippet here, plus the seeds vs. the gold.
#include "outline/HeadingLexer.h"
#include "outline/OutlineParser.h"
#include "read/Normaliser.h"

#include "TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace rl;

namespace {

// Expected tree in a compact form: nodes "marker|title" separated by ';', children in braces:
//   "一、|总体{(一)|组织;(二)|制度};二、|问题"     ("|结束语" is an unnumbered heading)
struct ExpectedNode
{
    QString marker;
    QString title;
    QList<ExpectedNode> children;
};

QList<ExpectedNode> parseExpected(QStringView s, qsizetype &i)
{
    QList<ExpectedNode> nodes;
    while (i < s.size() && s[i] != u'}') {
        ExpectedNode node;
        const qsizetype bar = s.indexOf(u'|', i);
        Q_ASSERT(bar >= 0);
        node.marker = s.mid(i, bar - i).toString();
        i = bar + 1;
        const qsizetype titleStart = i;
        while (i < s.size() && s[i] != u';' && s[i] != u'{' && s[i] != u'}')
            ++i;
        node.title = s.mid(titleStart, i - titleStart).toString();
        if (i < s.size() && s[i] == u'{') {
            ++i;
            node.children = parseExpected(s, i);
            Q_ASSERT(i < s.size() && s[i] == u'}');
            ++i;
        }
        nodes << node;
        if (i < s.size() && s[i] == u';')
            ++i;
    }
    return nodes;
}

QList<ExpectedNode> parseExpected(const QString &s)
{
    qsizetype i = 0;
    return parseExpected(s, i);
}

QString describe(const Outline &outline)
{
    QStringList parts;
    for (const Section &s : outline) {
        QString part = s.marker + u'|' + s.title;
        if (!s.children.isEmpty())
            part += u'{' + describe(s.children) + u'}';
        parts << part;
    }
    return parts.join(u';');
}

// Compares node by node: count, marker, title, and level = depth. Returns the first difference.
QString compareTree(const Outline &actual, const QList<ExpectedNode> &expected, int depth, const QString &path)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1: %2 nodes, expected %3").arg(path).arg(actual.size()).arg(expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Section &a = actual[i];
        const ExpectedNode &e = expected[i];
        const QString here = path + u'/' + e.marker + e.title;
        if (a.marker != e.marker || a.title != e.title)
            return QStringLiteral("%1: got «%2|%3»").arg(here, a.marker, a.title);
        if (a.level != depth)
            return QStringLiteral("%1: level %2, expected %3").arg(here).arg(a.level).arg(depth);
        if (a.start > a.end)
            return QStringLiteral("%1: start %2 after end %3").arg(here).arg(a.start).arg(a.end);
        const QString sub = compareTree(a.children, e.children, depth + 1, here);
        if (!sub.isEmpty())
            return sub;
    }
    return {};
}

// The scorer's marker families (../shared/tools/outline_families.py): a heading counts by its marker.
QString family(const QString &marker)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression chineseComma(QStringLiteral("^[一二三四五六七八九十百零〇两]+[、.]$"));
    static const QRegularExpression chineseParen(QStringLiteral("^\\([一二三四五六七八九十百零〇两]+\\)$"));
    static const QRegularExpression arabicDot(QStringLiteral("^\\d+[.、]$"));
    QString m = marker.normalized(QString::NormalizationForm_KC);
    m.remove(space);
    m.replace(u'．', u'.');
    if (chineseComma.match(m).hasMatch())
        return QStringLiteral("一、");
    if (chineseParen.match(m).hasMatch())
        return QStringLiteral("(一)");
    if (arabicDot.match(m).hasMatch())
        return QStringLiteral("1.");
    return {};
}

void countFamilies(const Outline &outline, QHash<QString, int> &counts)
{
    for (const Section &s : outline) {
        const QString f = family(s.marker);
        if (!f.isEmpty())
            ++counts[f];
        countFamilies(s.children, counts);
    }
}

} // namespace

class TstOutlineParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tree_data();
    void tree();
    void offsets();
    void titleCut_data();
    void titleCut();
    void chineseNumbers_data();
    void chineseNumbers();
    void pathologicalInput();
    void corpusMatchesGold();
};

void TstOutlineParser::tree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("two levels")
        << QStringLiteral("一、总体情况\n(一)组织领导\n全年召开会议。\n(二)制度建设\n修订制度。\n二、存在问题\n人手不足。")
        << QStringLiteral("一、|总体情况{(一)|组织领导;(二)|制度建设};二、|存在问题");
    // level is depth: "1." directly under 一、 is level 2 (compareTree checks level = depth)
    QTest::newRow("1. directly under 一、")
        << QStringLiteral("一、主要做法\n1.完善制度\n正文。\n2.强化执法\n正文。\n二、下一步打算\n正文。")
        << QStringLiteral("一、|主要做法{1.|完善制度;2.|强化执法};二、|下一步打算");
    QTest::newRow("starts with (一): level 1")
        << QStringLiteral("今年工作如下。\n(一)健全机制\n正文。\n(二)规范执法\n正文。")
        << QStringLiteral("(一)|健全机制;(二)|规范执法");
    QTest::newRow("four numbered levels")
        << QStringLiteral("一、甲\n(一)乙\n1.丙\n(1)丁\n(2)戊\n2.己\n(二)庚\n二、辛")
        << QStringLiteral("一、|甲{(一)|乙{1.|丙{(1)|丁;(2)|戊};2.|己};(二)|庚};二、|辛");
    QTest::newRow("1、 and 1． and full-width parentheses")
        << QStringLiteral("一、甲\n（一）乙\n1、丙\n2．丁\n（二）戊\n（1）己\n（2）庚")
        << QStringLiteral("一、|甲{（一）|乙{1、|丙;2．|丁};（二）|戊{（1）|己;（2）|庚}}");
    QTest::newRow("full-width digits and 一. marker")
        << QStringLiteral("一.总体\n１．制度\n２．执法\n二.问题")
        << QStringLiteral("一.|总体{１．|制度;２．|执法};二.|问题");
    QTest::newRow("1) under (1)")
        << QStringLiteral("一、甲\n(1)乙\n1)丙\n2）丁\n(2)戊")
        << QStringLiteral("一、|甲{(1)|乙{1)|丙;2）|丁};(2)|戊}");
    QTest::newRow("circled numbers under (1)")
        << QStringLiteral("一、甲\n(1)乙\n①丙\n②丁\n(2)戊")
        << QStringLiteral("一、|甲{(1)|乙{①|丙;②|丁};(2)|戊}");

    // sequence checks reject what only looks like a marker
    QTest::newRow("3. inside prose is not a heading")
        << QStringLiteral("一、甲\n正文。\n3.此处接上文继续说明。\n二、乙")
        << QStringLiteral("一、|甲;二、|乙");
    QTest::newRow("skipped number in a paragraph is not a heading")
        << QStringLiteral("一、甲\n三、这一段并不是第二节。后面还有正文。\n二、乙")
        << QStringLiteral("一、|甲;二、|乙");
    QTest::newRow("typo: a heading line repeating its number")
        << QStringLiteral("一、甲\n(一)子一\n(二)子二\n正文。\n(二)子三\n(三)子四\n二、乙")
        << QStringLiteral("一、|甲{(一)|子一;(二)|子二;(二)|子三;(三)|子四};二、|乙");
    QTest::newRow("typo: a heading line skipping a number")
        << QStringLiteral("一、甲\n正文。\n三、乙\n正文。\n四、丙")
        << QStringLiteral("一、|甲;三、|乙;四、|丙");
    QTest::newRow("a repeated 1 is no typo but a new list")
        << QStringLiteral("一、甲\n(一)子一\n正文。\n(一)子二\n二、乙")
        << QStringLiteral("一、|甲{(一)|子一};二、|乙");
    QTest::newRow("(一) restarting under the same parent is not a heading")
        << QStringLiteral("一、甲\n(一)子一\n(二)子二\n(一)又一次\n二、乙")
        << QStringLiteral("一、|甲{(一)|子一;(二)|子二};二、|乙");
    QTest::newRow("(一) restarts under a new parent")
        << QStringLiteral("一、甲\n(一)子一\n(二)子二\n二、乙\n(一)子三\n三、丙")
        << QStringLiteral("一、|甲{(一)|子一;(二)|子二};二、|乙{(一)|子三};三、|丙");
    QTest::newRow("(三) numbered on across parents")
        << QStringLiteral("一、甲\n(一)子一\n(二)子二\n二、乙\n(三)子三")
        << QStringLiteral("一、|甲{(一)|子一;(二)|子二};二、|乙{(三)|子三}");
    QTest::newRow("dates, years and decimals at line start")
        << QStringLiteral("一、甲\n2021年,全年办结案件。\n2021.12.31前完成。\n1.5万人参加培训。\n1、2月份完成。\n二、乙")
        << QStringLiteral("一、|甲;二、|乙");
    QTest::newRow("一、二季度 is a list of numbers")
        << QStringLiteral("一、甲\n二、三季度完成招聘。\n二、乙")
        << QStringLiteral("一、|甲;二、|乙");
    QTest::newRow("table of contents is front matter")
        << QStringLiteral("目录\n一、总体情况\n二、存在问题\n三、下一步打算\n一、总体情况\n正文。\n(一)组织\n正文。\n"
                          "二、存在问题\n正文。\n三、下一步打算\n正文。")
        << QStringLiteral("一、|总体情况{(一)|组织};二、|存在问题;三、|下一步打算");
    QTest::newRow("一、 starting over after body text is not a heading")
        << QStringLiteral("一、总体情况\n正文。\n二、存在问题\n一、这一行接着列举\n三、打算")
        << QStringLiteral("一、|总体情况;二、|存在问题;三、|打算");
    QTest::newRow("一、 starting over after paragraph headings is not a heading")
        << QStringLiteral("一、总体情况\n(一)加强领导。全年召开会议四次。\n二、存在问题\n一、这一行接着列举\n三、打算")
        << QStringLiteral("一、|总体情况{(一)|加强领导};二、|存在问题;三、|打算");
    QTest::newRow("a stray 三、 before the body is front matter")
        << QStringLiteral("三、号文件已收悉。\n一、甲\n二、乙")
        << QStringLiteral("一、|甲;二、|乙");

    // titles
    QTest::newRow("heading is the first sentence of its paragraph")
        << QStringLiteral("一、工作开展情况\n(一)加强组织领导,筑牢法治保障。一是开展学习。二是组织培训,提升能力。")
        << QStringLiteral("一、|工作开展情况{(一)|加强组织领导,筑牢法治保障{一是|开展学习;二是|组织培训}}");
    QTest::newRow("heading run into its 一是 items")
        << QStringLiteral("一、甲\n(一)加强组织领导一是开展学习,二是组织培训。")
        << QStringLiteral("一、|甲{(一)|加强组织领导{一是|开展学习;二是|组织培训}}");
    QTest::newRow("heading ending in 。 and ；")
        << QStringLiteral("一、加强统筹,健全机制。\n正文。\n二、深化改革；\n正文。")
        << QStringLiteral("一、|加强统筹,健全机制;二、|深化改革");
    QTest::newRow("spaces after and inside markers")
        << QStringLiteral("一、 2021 年度主要举措\n( 一)统筹推进\n(二 )落实任务\n( 三 ) 转变职能\n二 、存在问题")
        << QStringLiteral("一、|2021 年度主要举措{( 一)|统筹推进;(二 )|落实任务;( 三 )|转变职能};二 、|存在问题");
    QTest::newRow("leading indentation and CRLF")
        << QStringLiteral("\u3000\u3000一、甲\r\n\u3000\u3000(一)乙\r\n  正文。\r\n")
        << QStringLiteral("一、|甲{(一)|乙}");
    QTest::newRow("parentheses that are not markers")
        << QStringLiteral("一、贯彻《劳动保障监察办法(试行)》情况\n(试行)期间运行平稳。\n(以下简称《办法》)\n二、乙")
        << QStringLiteral("一、|贯彻《劳动保障监察办法(试行)》情况;二、|乙");
    QTest::newRow("title on the next line")
        << QStringLiteral("一、\n总体情况\n正文。\n二、\n\n存在问题\n正文。")
        << QStringLiteral("一、|总体情况;二、|存在问题");
    QTest::newRow("time colon does not end a title")
        << QStringLiteral("一、8:30前完成集中学习的情况\n正文。")
        << QStringLiteral("一、|8:30前完成集中学习的情况");

    // front matter and unnumbered headings
    QTest::newRow("cover letter and metadata table stay out")
        << QStringLiteral("关于报送某局年度报告的报告\n索引号 | AB-2022-01 |\n发布时间 | 2022-01-30 |\n"
                          "区领导小组办公室:\n现将报告报送,请审阅。\n附件:某局年度法治政府建设情况报告\n某局\n"
                          "2022年1月30日\n附件:\n某局年度法治政府建设情况报告\n引言\n本报告依据纲要编制。\n"
                          "一、主要举措\n正文。\n二、存在问题\n正文。")
        << QStringLiteral("一、|主要举措;二、|存在问题");
    QTest::newRow("closing unnumbered headings are level 1")
        << QStringLiteral("前言\n说明。\n一、甲\n(一)乙\n正文。\n结束语\n总结全年工作。\n附件1\n表格。")
        << QStringLiteral("一、|甲{(一)|乙};|结束语;|附件1");
    QTest::newRow("unnumbered heading with spaces and colon")
        << QStringLiteral("一、甲\n正文。\n结 束 语:\n全文完。")
        << QStringLiteral("一、|甲;|结 束 语");
    QTest::newRow("附件 with text is not a heading")
        << QStringLiteral("一、甲\n附件:年度执法统计表\n二、乙")
        << QStringLiteral("一、|甲;二、|乙");
    QTest::newRow("附件: with a list of attachment names")
        << QStringLiteral("一、甲\n(一)乙\n正文。\n附件:\n1.执法统计表\n2.复议诉讼统计表\n附件1\n执法统计表")
        << QStringLiteral("一、|甲{(一)|乙};|附件1");
    QTest::newRow("附件: with the first name on its line")
        << QStringLiteral("一、甲\n正文。\n附件：1.统计表一\n2.统计表二\n二、乙")
        << QStringLiteral("一、|甲;二、|乙");
    QTest::newRow("附件: list in a cover letter")
        << QStringLiteral("某局关于报送年度报告的函\n附件:1.年度报告\n2.统计表\n某局\n一、甲\n1.做法一\n二、乙")
        << QStringLiteral("一、|甲{1.|做法一};二、|乙");
    QTest::newRow("numbering continues after 结束语")
        << QStringLiteral("一、甲\n结语\n正文。\n二、乙")
        << QStringLiteral("一、|甲;|结语;二、|乙");

    // 一是 enumerations
    QTest::newRow("一是 inside one paragraph")
        << QStringLiteral("一、甲\n主要措施:一是加强领导;二是完善制度,明确责任;三是强化考核。")
        << QStringLiteral("一、|甲{一是|加强领导;二是|完善制度;三是|强化考核}");
    QTest::newRow("一是 at paragraph starts and a new run")
        << QStringLiteral("一、甲\n(一)乙\n一是学习。\n二是培训。\n推进改革。一是简化流程。二是压缩时限。\n(二)丙")
        << QStringLiteral("一、|甲{(一)|乙{一是|学习;二是|培训;一是|简化流程;二是|压缩时限};(二)|丙}");
    QTest::newRow("二是 after a comma continues, 统一是 is no item")
        << QStringLiteral("一、甲\n一是规范流程,二是统一标准,标准统一是关键。")
        << QStringLiteral("一、|甲{一是|规范流程;二是|统一标准}");
    QTest::newRow("long 一是 title stops after a whole 、 item")
        << QStringLiteral("一、甲\n一是继续组织开展劳动保障书面审查工作、违法使用童工专项整治活动、农民工工资支付情况大检查。")
        << QStringLiteral("一、|甲{一是|继续组织开展劳动保障书面审查工作、违法使用童工专项整治活动}");
    QTest::newRow("一是 in front matter is ignored")
        << QStringLiteral("今年我局做了两件事:一是立规矩;二是抓落实。\n一、甲")
        << QStringLiteral("一、|甲");
    QTest::newRow("1. list after 一是 items")
        << QStringLiteral("一、甲\n一是学习。\n1.第一项\n2.第二项")
        << QStringLiteral("一、|甲{一是|学习;1.|第一项;2.|第二项}");

    QTest::newRow("empty text") << QString() << QString();
    QTest::newRow("no headings") << QStringLiteral("只有一段正文,没有标题。\n第二段。") << QString();
}

void TstOutlineParser::tree()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Outline outline = OutlineParser().parse(text);
    const QString diff = compareTree(outline, parseExpected(expected), 1, QString());
    QVERIFY2(diff.isEmpty(), qPrintable(diff + QStringLiteral("\n   actual: ") + describe(outline)));
}

// Offsets select text in the viewer and place figures in sections, so they must be exact.
void TstOutlineParser::offsets()
{
    const QString text = QStringLiteral("某局年度报告\n\u3000\u3000一、甲\n正文。\n(一)乙\n内容。一是学习。\n二、丙\n尾。结束语\n结束语\n完。");
    const Outline outline = OutlineParser().parse(text);
    QCOMPARE(outline.size(), 3);
    const Section &one = outline[0];
    const qsizetype oneAt = text.indexOf(QStringLiteral("一、"));
    const qsizetype subAt = text.indexOf(QStringLiteral("(一)"));
    const qsizetype itemAt = text.indexOf(QStringLiteral("一是"));
    const qsizetype twoAt = text.indexOf(QStringLiteral("二、"));
    const qsizetype endingAt = text.indexOf(QStringLiteral("\n结束语")) + 1;
    QCOMPARE(one.start, oneAt);           // the marker, not the indentation before it
    QCOMPARE(one.end, twoAt);             // next heading of the same level
    QCOMPARE(one.children.size(), 1);
    QCOMPARE(one.children[0].start, subAt);
    QCOMPARE(one.children[0].end, twoAt); // a higher heading closes the deeper ones
    QCOMPARE(one.children[0].children.size(), 1);
    QCOMPARE(one.children[0].children[0].start, itemAt);
    QCOMPARE(one.children[0].children[0].end, twoAt);
    QCOMPARE(outline[1].start, twoAt);
    QCOMPARE(outline[1].end, endingAt);   // "尾。结束语" in the sentence is not a heading
    QCOMPARE(outline[2].marker, QString());
    QCOMPARE(outline[2].start, endingAt); // the title of an unnumbered heading
    QCOMPARE(outline[2].end, text.size());
    QCOMPARE(sectionPathAt(outline, text.indexOf(QStringLiteral("内容"))),
             QStringList({QStringLiteral("一、甲"), QStringLiteral("(一)乙")}));

    // after a table of contents the sections start at the body's headings
    const QString withContents = QStringLiteral("目录\n一、甲\n二、乙\n一、甲\n正文。\n二、乙\n正文。");
    const Outline body = OutlineParser().parse(withContents);
    QCOMPARE(body.size(), 2);
    QCOMPARE(body[0].start, withContents.indexOf(QStringLiteral("一、甲\n正文")));
    QCOMPARE(body[1].start, withContents.lastIndexOf(QStringLiteral("二、乙")));
}

void TstOutlineParser::titleCut_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("title");
    QTest::newRow("run-on with a year starting the body")
        << QStringLiteral("(一)持续深化府院联动,行政争议大幅下降2023年以来,我局与市区两级法院和复议机构建立常态联动机制,"
                          "开展典型案例研讨分析,研究解决争议多发问题。全年争议下降。")
        << QStringLiteral("持续深化府院联动,行政争议大幅下降");
    QTest::newRow("run-on with 一是 starting the body")
        << QStringLiteral("(一)加强组织领导筑牢基层法治保障一是深学细悟法治思想,组织全体干部开展集中学习和专题研讨,"
                          "二是锤炼干部队伍,开展岗位练兵和业务竞赛活动。")
        << QStringLiteral("加强组织领导筑牢基层法治保障");
    QTest::newRow("run-on cut at a comma")
        << QStringLiteral("(一)加强队伍建设,提升执法能力,组织全体执法人员参加业务培训和案卷评查,不断提升依法行政的意识和能力,"
                          "确保执法行为规范,全年未发生执法过错。另见附表。")
        << QStringLiteral("加强队伍建设,提升执法能力,组织全体执法人员参加业务培训和案卷评查");
    QTest::newRow("run-on without any punctuation")
        << QStringLiteral("(一)") + QString(150, QChar(u'法'))
        << QString(HeadingLexer::runOnCutLength, QChar(u'法'));
    QTest::newRow("long heading alone on its line kept whole")
        << QStringLiteral("一、党政主要负责人履行推进法治建设第一责任人职责,统筹推进本系统法治政府建设,"
                          "加强法治队伍建设和法治宣传教育工作的有关情况")
        << QStringLiteral("党政主要负责人履行推进法治建设第一责任人职责,统筹推进本系统法治政府建设,"
                          "加强法治队伍建设和法治宣传教育工作的有关情况");
    QTest::newRow("long heading ending in 。 alone on its line kept whole")
        << QStringLiteral("(一)深入学习贯彻党的重要会议精神和法治思想,全面落实上级关于法治政府建设的决策部署,"
                          "推动各项任务落到实处。")
        << QStringLiteral("深入学习贯彻党的重要会议精神和法治思想,全面落实上级关于法治政府建设的决策部署,"
                          "推动各项任务落到实处");
    QTest::newRow("long but complete heading kept whole")
        << QStringLiteral("一、深入学习贯彻党的重要会议精神和法治思想,加大法治政府建设统筹推进力度")
        << QStringLiteral("深入学习贯彻党的重要会议精神和法治思想,加大法治政府建设统筹推进力度");
    QTest::newRow("year inside a short title stays")
        << QStringLiteral("(一)做好2023年度重大行政决策事项目录编制")
        << QStringLiteral("做好2023年度重大行政决策事项目录编制");
}

void TstOutlineParser::titleCut()
{
    QFETCH(QString, line);
    QFETCH(QString, title);
    const Outline outline = OutlineParser().parse(line);
    QCOMPARE(outline.size(), 1);
    QCOMPARE(outline[0].title, title);
}

void TstOutlineParser::chineseNumbers_data()
{
    QTest::addColumn<QString>("numeral");
    QTest::addColumn<int>("value");
    QTest::newRow("一") << QStringLiteral("一") << 1;
    QTest::newRow("十") << QStringLiteral("十") << 10;
    QTest::newRow("十一") << QStringLiteral("十一") << 11;
    QTest::newRow("二十") << QStringLiteral("二十") << 20;
    QTest::newRow("二十三") << QStringLiteral("二十三") << 23;
    QTest::newRow("一百零一") << QStringLiteral("一百零一") << 101;
    QTest::newRow("一一 invalid") << QStringLiteral("一一") << -1;
    QTest::newRow("零 invalid") << QStringLiteral("零") << -1;
}

void TstOutlineParser::chineseNumbers()
{
    QFETCH(QString, numeral);
    QFETCH(int, value);
    QCOMPARE(HeadingLexer::chineseNumber(numeral), value);
}

// A million lines of markers must neither nest deeper than the marker kinds nor take quadratic time
// (ctest's timeout catches a hang); only the first 一、 and the first (一) are headings.
void TstOutlineParser::pathologicalInput()
{
    QString text;
    text.reserve(4 * 1000000 + 4 * 1000000);
    for (int i = 0; i < 1000000; ++i)
        text += QStringLiteral("一、\n");
    for (int i = 0; i < 1000000; ++i)
        text += QStringLiteral("(一)");   // one huge line of markers
    const Outline outline = OutlineParser().parse(text);
    QCOMPARE(outline.size(), 1);
    QCOMPARE(outline[0].title, QString());
    QCOMPARE(outline[0].end, text.size());
    QCOMPARE(outline[0].children.size(), 1);
    QCOMPARE(outline[0].children[0].children.size(), 0);
}

// The seeds, normalised as the pipeline does, give the gold's heading counts per marker kind and
// level-1 titles (compared without spaces, like the scorer).
void TstOutlineParser::corpusMatchesGold()
{
    RL_REQUIRE_CORPUS();
    QFile goldFile(rl::test::goldFile());
    QVERIFY2(goldFile.open(QIODevice::ReadOnly), qPrintable(rl::test::goldFile()));
    const QJsonArray gold = QJsonDocument::fromJson(goldFile.readAll()).array();
    QVERIFY(!gold.isEmpty());
    int checked = 0;
    for (const QString &path : rl::test::corpusFiles()) {
        const QString name = QFileInfo(path).fileName();
        QJsonObject expected;
        for (const QJsonValue &g : gold) {
            if (g[QStringLiteral("file")].toString() == name)
                expected = g[QStringLiteral("outline")].toObject();
        }
        if (expected.isEmpty())
            continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Outline outline = OutlineParser().parse(Normaliser::normalise(QString::fromUtf8(f.readAll())));

        QHash<QString, int> counts;
        countFamilies(outline, counts);
        for (const QString &fam : {QStringLiteral("一、"), QStringLiteral("(一)"), QStringLiteral("1.")}) {
            if (expected.contains(fam))
                QVERIFY2(counts.value(fam) == expected[fam].toInt(),
                         qPrintable(QStringLiteral("%1: %2 got %3, gold %4")
                                        .arg(name, fam).arg(counts.value(fam)).arg(expected[fam].toInt())));
        }
        QStringList titles;
        for (const Section &s : outline)
            titles << QString(s.title).remove(u' ');
        QStringList goldTitles;
        for (const QJsonValue &t : expected[QStringLiteral("titles")].toArray())
            goldTitles << t.toString().remove(u' ');
        QCOMPARE(titles, goldTitles);
        ++checked;
    }
    QVERIFY(checked > 0);
}

QTEST_APPLESS_MAIN(TstOutlineParser)
#include "tst_outlineparser.moc"
