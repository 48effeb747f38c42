// Why: Word attachments carry their outline in styles and automatic numbering rather than in the
// text; the reader must put the numbers back, keep tables and footnotes, skip what Word hides, and
// refuse damaged files, other Office files and zip bombs with a clear message.
#include "OfficeFixtures.h"

#include "office/DocumentInfo.h"
#include "office/DocxNumbering.h"
#include "office/DocxReader.h"
#include "office/ZipArchive.h"
#include "pipeline/ReportPipeline.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace rl;

class TstDocxReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numberFormats_data();
    void numberFormats();
    void documentInfo_data();
    void documentInfo();

    void zipArchive();
    void zipArchiveLimits();

    void runsJoined();
    void headingStylesAreHints();
    void numberingRendered();
    void listStyleNumbering();
    void tablesFlattened();
    void footnotesAtTheEnd();
    void coreProperties();
    void strictAndContentControls();

    void badFiles_data();
    void badFiles();
    void mutatedFilesNeverCrash();
};

namespace {

QString p(const QString &text, const QString &pPr = QString())
{
    return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>")
        .arg(pPr.isEmpty() ? QString() : QStringLiteral("<w:pPr>") + pPr + QStringLiteral("</w:pPr>"), text);
}

QString numPr(int numId, int level)
{
    return QStringLiteral("<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>").arg(level).arg(numId);
}

QStringList linesOf(const ReadResult &r)
{
    return r.document.text.split(QLatin1Char('\n'));
}

} // namespace

void TstDocxReader::numberFormats_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::newRow("decimal") << 12 << QStringLiteral("decimal") << QStringLiteral("12");
    QTest::newRow("chinese 1") << 1 << QStringLiteral("chineseCounting") << QStringLiteral("一");
    QTest::newRow("chinese 10") << 10 << QStringLiteral("chineseCounting") << QStringLiteral("十");
    QTest::newRow("chinese 12") << 12 << QStringLiteral("chineseCountingThousand") << QStringLiteral("十二");
    QTest::newRow("chinese 20") << 20 << QStringLiteral("chineseCounting") << QStringLiteral("二十");
    QTest::newRow("chinese 35") << 35 << QStringLiteral("chineseCounting") << QStringLiteral("三十五");
    QTest::newRow("chinese 105") << 105 << QStringLiteral("chineseCountingThousand") << QStringLiteral("一百零五");
    QTest::newRow("legal 3") << 3 << QStringLiteral("chineseLegalSimplified") << QStringLiteral("叁");
    QTest::newRow("circled 4") << 4 << QStringLiteral("decimalEnclosedCircle") << QStringLiteral("④");
    QTest::newRow("full-width 7") << 7 << QStringLiteral("decimalFullWidth") << QStringLiteral("７");
    QTest::newRow("letter 28") << 28 << QStringLiteral("lowerLetter") << QStringLiteral("bb");
    QTest::newRow("roman 14") << 14 << QStringLiteral("upperRoman") << QStringLiteral("XIV");
    QTest::newRow("stems 2") << 2 << QStringLiteral("ideographTraditional") << QStringLiteral("乙");
}

void TstDocxReader::numberFormats()
{
    QFETCH(int, value);
    QFETCH(QString, format);
    QFETCH(QString, text);
    QCOMPARE(DocxNumbering::format(value, format), text);
}

void TstDocxReader::documentInfo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("word prefix") << "title" << QStringLiteral("Microsoft Word - 2023年度报告.docx") << QStringLiteral("2023年度报告");
    QTest::newRow("placeholder") << "title" << QStringLiteral("文档1") << QString();
    QTest::newRow("untitled") << "title" << QStringLiteral("Untitled") << QString();
    QTest::newRow("real title") << "title" << QStringLiteral("某局法治政府建设年度报告") << QStringLiteral("某局法治政府建设年度报告");
    QTest::newRow("pdf date") << "pdf" << QStringLiteral("D:20210127110800+08'00'") << QStringLiteral("2021-01-27");
    QTest::newRow("pdf date, day only") << "pdf" << QStringLiteral("D:20210127") << QStringLiteral("2021-01-27");
    QTest::newRow("pdf garbage") << "pdf" << QStringLiteral("yesterday") << QString();
    QTest::newRow("w3c utc evening") << "w3c" << QStringLiteral("2021-01-26T19:00:00Z") << QStringLiteral("2021-01-27");
    QTest::newRow("w3c utc morning") << "w3c" << QStringLiteral("2021-01-26T01:00:00Z") << QStringLiteral("2021-01-26");
    QTest::newRow("w3c offset") << "w3c" << QStringLiteral("2021-01-26T23:30:00+08:00") << QStringLiteral("2021-01-26");
}

void TstDocxReader::documentInfo()
{
    QFETCH(QString, kind);
    QFETCH(QString, in);
    QFETCH(QString, out);
    const QString got = kind == u"title" ? DocumentInfo::cleanTitle(in)
                      : kind == u"pdf"   ? DocumentInfo::isoDateFromPdf(in)
                                         : DocumentInfo::isoDateFromW3c(in);
    QCOMPARE(got, out);
}

void TstDocxReader::zipArchive()
{
    const QByteArray big(200000, 'x');
    const QByteArray zip = test::makeZip({{QStringLiteral("a.txt"), QByteArray("hello")},
                                          {QStringLiteral("Dir/Big.bin"), big}});
    ZipArchive archive(zip);
    QVERIFY(archive.isOpen());
    QCOMPARE(archive.entries().size(), 2);
    QVERIFY(archive.contains(QStringLiteral("dir/big.bin"))); // part names are case-insensitive
    QVERIFY(archive.contains(QStringLiteral("/a.txt")));
    QByteArray out;
    QCOMPARE(archive.read(QStringLiteral("a.txt"), &out), ZipArchive::Status::Ok);
    QCOMPARE(out, QByteArray("hello"));
    QCOMPARE(archive.read(QStringLiteral("Dir/Big.bin"), &out), ZipArchive::Status::Ok);
    QCOMPARE(out, big);
    QCOMPARE(archive.inflatedTotal(), qint64(200005));
    QCOMPARE(archive.read(QStringLiteral("missing.xml"), &out), ZipArchive::Status::NotFound);

    // A flipped bit in the compressed data is caught (inflate error or checksum), not returned.
    QByteArray damaged = zip;
    const qsizetype data = damaged.indexOf("Dir/Big.bin") + 11 + 20;
    damaged[data] = char(damaged.at(data) ^ 0xff);
    ZipArchive broken(damaged);
    QVERIFY(broken.isOpen());
    QCOMPARE(broken.read(QStringLiteral("Dir/Big.bin"), &out), ZipArchive::Status::Corrupt);
    QVERIFY(!broken.lastErrorDetail().isEmpty());
    QVERIFY(out.isEmpty());

    QVERIFY(!ZipArchive(QByteArray("PK\x03\x04 this is not a zip")).isOpen());
    QVERIFY(!ZipArchive(zip.left(zip.size() / 2)).isOpen()); // the central directory is at the end
}

void TstDocxReader::zipArchiveLimits()
{
    const QByteArray zip = test::makeZip({{QStringLiteral("one"), QByteArray(3000, 'a')},
                                          {QStringLiteral("two"), QByteArray(3000, 'b')}});
    QByteArray out;
    {
        ZipArchive perEntry(zip, 2000, 100000);
        QCOMPARE(perEntry.read(QStringLiteral("one"), &out), ZipArchive::Status::TooLarge);
        QVERIFY(out.isEmpty());
    }
    {
        ZipArchive total(zip, 5000, 5000);
        QCOMPARE(total.read(QStringLiteral("one"), &out), ZipArchive::Status::Ok);
        QCOMPARE(total.read(QStringLiteral("two"), &out), ZipArchive::Status::TooLarge); // 6000 > 5000 in all
    }
    {
        // Headers that lie: 1 KB declared, 5 MB inside. Stopped once it passes what it declared.
        ZipArchive lying(test::makeLyingZip(QStringLiteral("x.xml"), 5 * 1024 * 1024, 1024));
        QVERIFY(lying.isOpen());
        QCOMPARE(lying.read(QStringLiteral("x.xml"), &out), ZipArchive::Status::Corrupt);
        QVERIFY2(lying.lastErrorDetail().contains(QStringLiteral("inflates to more than the 1.0 KB its header declares")),
                 qPrintable(lying.lastErrorDetail()));
        QVERIFY(out.isEmpty());
    }
}

void TstDocxReader::runsJoined()
{
    const QString body =
        // Runs of one paragraph are one line; a tab is a space; a line break is a new line.
        QStringLiteral("<w:p><w:r><w:t>全年办理</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>行政复议</w:t></w:r>"
                       "<w:r><w:t>案件</w:t></w:r><w:r><w:t xml:space=\"preserve\">15</w:t></w:r><w:r><w:t>件。</w:t></w:r></w:p>")
        + QStringLiteral("<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:tab/><w:t>加强领导</w:t></w:r></w:p>")
        + QStringLiteral("<w:p><w:r><w:t>某某局</w:t><w:br/><w:t>2024年1月</w:t></w:r></w:p>")
        // Hidden text, deleted revisions, field codes and the fallback copy of a text box are not text.
        + QStringLiteral("<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
                         "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
                         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>结果</w:t></w:r>"
                         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
        + QStringLiteral("<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                         "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p>"
                         "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>"
                         "<w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
                         "<w:r><w:t>正文</w:t></w:r></w:p>")
        + QStringLiteral("<w:p/><w:sectPr><w:pgSz w:w=\"11906\"/></w:sectPr>");
    const ReadResult r = DocxReader::read(test::makeDocxFromBody(body));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.format, QStringLiteral("docx"));
    QCOMPARE(linesOf(r), (QStringList{QStringLiteral("全年办理行政复议案件15件。"), QStringLiteral("一、加强领导"),
                                      QStringLiteral("某某局"), QStringLiteral("2024年1月"),
                                      QStringLiteral("可见插入结果"), QStringLiteral("正文"), QStringLiteral("文本框")}));
}

void TstDocxReader::headingStylesAreHints()
{
    // Chinese Word writes style ids "1", "2"; the names say what they are. A custom style based
    // on a heading is a heading; a paragraph-level outline level counts too; TOC entries are dropped.
    const QString styles = test::wordRoot(QStringLiteral("styles"), QStringLiteral(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"20\"><w:name w:val=\"标题 2\"/><w:basedOn w:val=\"a\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"my\"><w:name w:val=\"我的小标题\"/><w:basedOn w:val=\"20\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"11\"><w:name w:val=\"toc 1\"/><w:basedOn w:val=\"a\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"t\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"a\"/></w:style>"));
    const QString body = p(QStringLiteral("某局2023年法治政府建设年度报告"), QStringLiteral("<w:pStyle w:val=\"t\"/>"))
        + p(QStringLiteral("一、加强领导……3"), QStringLiteral("<w:pStyle w:val=\"11\"/>"))
        + p(QStringLiteral("一、加强领导"), QStringLiteral("<w:pStyle w:val=\"1\"/>"))
        + p(QStringLiteral("（一）完善制度"), QStringLiteral("<w:pStyle w:val=\"my\"/>"))
        + p(QStringLiteral("正文内容。"))
        + p(QStringLiteral("二、存在问题"), QStringLiteral("<w:outlineLvl w:val=\"0\"/>"));
    const ReadResult r = DocxReader::read(test::makeDocxFromBody(body, styles));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.headingHints, (QStringList{QStringLiteral("一、加强领导"), QStringLiteral("（一）完善制度"),
                                                    QStringLiteral("二、存在问题")}));
    QCOMPARE(linesOf(r).size(), 5); // the TOC line is gone
    QCOMPARE(r.document.titleHint, QStringLiteral("某局2023年法治政府建设年度报告")); // no core title: the Title paragraph
}

void TstDocxReader::numberingRendered()
{
    const QString numbering = test::wordRoot(QStringLiteral("numbering"), QStringLiteral(
        "<w:abstractNum w:abstractNumId=\"7\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.%4\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"8\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num>"
        "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"8\"/></w:num>"
        "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"));
    // A heading style that carries the numbering itself.
    const QString styles = test::wordRoot(QStringLiteral("styles"), QStringLiteral(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/>"
        "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"));
    const QString body = p(QStringLiteral("加强领导"), numPr(3, 0))
        + p(QStringLiteral("完善制度"), QStringLiteral("<w:pStyle w:val=\"2\"/>"))
        + p(QStringLiteral("细则一"), numPr(3, 2))
        + p(QStringLiteral("细则二"), numPr(3, 2))
        + p(QStringLiteral("子项"), numPr(3, 3))
        + p(QStringLiteral("规范执法"), QStringLiteral("<w:pStyle w:val=\"2\"/>"))
        + p(QStringLiteral("要点"), numPr(4, 0))
        + p(QStringLiteral("（三）已有编号的文字"), numPr(3, 1))
        + p(QStringLiteral("存在问题"), numPr(3, 0))
        + p(QStringLiteral("细则"), numPr(3, 2))
        + p(QStringLiteral("另起一个列表"), numPr(5, 0));
    const ReadResult r = DocxReader::read(test::makeDocxFromBody(body, styles, numbering));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(linesOf(r), (QStringList{QStringLiteral("一、加强领导"), QStringLiteral("（一）完善制度"),
                                      QStringLiteral("1.细则一"), QStringLiteral("2.细则二"), QStringLiteral("2.1 子项"),
                                      QStringLiteral("（二）规范执法"), QStringLiteral("要点"),
                                      QStringLiteral("（三）已有编号的文字"), QStringLiteral("二、存在问题"),
                                      QStringLiteral("1.细则"), QStringLiteral("一、另起一个列表")}));
    QCOMPARE(r.document.headingHints, (QStringList{QStringLiteral("（一）完善制度"), QStringLiteral("（二）规范执法")}));
}

void TstDocxReader::listStyleNumbering()
{
    // A multilevel list saved as a list style: the list paragraphs use refers to the style
    // (w:numStyleLink), whose numbering is the list that really defines the levels.
    const QString numbering = test::wordRoot(QStringLiteral("numbering"), QStringLiteral(
        "<w:abstractNum w:abstractNumId=\"1\"><w:styleLink w:val=\"ReportList\"/>"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"ReportList\"/></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"));
    const QString styles = test::wordRoot(QStringLiteral("styles"), QStringLiteral(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"numbering\" w:styleId=\"ReportList\"><w:name w:val=\"Report list\"/>"
        "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"));
    const QString body = p(QStringLiteral("总体情况"), numPr(2, 0)) + p(QStringLiteral("存在问题"), numPr(2, 0));
    const ReadResult r = DocxReader::read(test::makeDocxFromBody(body, styles, numbering));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(linesOf(r), (QStringList{QStringLiteral("一、总体情况"), QStringLiteral("二、存在问题")}));
}

void TstDocxReader::tablesFlattened()
{
    auto cell = [](const QString &text) -> QString { return QStringLiteral("<w:tc><w:tcPr/>") + p(text) + QStringLiteral("</w:tc>"); };
    const QString nested = QStringLiteral("<w:tc><w:tbl><w:tr>") + cell(QStringLiteral("内1")) + cell(QStringLiteral("内2"))
        + QStringLiteral("</w:tr></w:tbl></w:tc>");
    const QString body = p(QStringLiteral("表1 主要指标"))
        + QStringLiteral("<w:tbl><w:tblPr/><w:tblGrid/>")
        + QStringLiteral("<w:tr>") + cell(QStringLiteral("指标")) + cell(QStringLiteral("数量")) + QStringLiteral("</w:tr>")
        + QStringLiteral("<w:tr>") + cell(QStringLiteral("复议案件")) + cell(QStringLiteral("15件")) + QStringLiteral("</w:tr>")
        + QStringLiteral("<w:tr>") + cell(QString()) + cell(QString()) + QStringLiteral("</w:tr>")
        + QStringLiteral("<w:tr>") + cell(QStringLiteral("合计")) + nested + QStringLiteral("</w:tr>")
        + QStringLiteral("</w:tbl>") + p(QStringLiteral("表后文字。"));
    const ReadResult r = DocxReader::read(test::makeDocxFromBody(body));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(linesOf(r), (QStringList{QStringLiteral("表1 主要指标"), QStringLiteral("指标 | 数量"),
                                      QStringLiteral("复议案件 | 15件"), QStringLiteral("合计 | 内1 | 内2"),
                                      QStringLiteral("表后文字。")}));
}

void TstDocxReader::footnotesAtTheEnd()
{
    const QString footnotes = test::wordRoot(QStringLiteral("footnotes"), QStringLiteral(
        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        "<w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>数据来源：统计年报。</w:t></w:r></w:p></w:footnote>"
        "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>含线上调解。</w:t></w:r></w:p></w:footnote>"));
    const QString body = QStringLiteral("<w:p><w:r><w:t>调解案件300件</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                                        "<w:r><w:t>，仲裁案件120件</w:t></w:r><w:r><w:footnoteReference w:id=\"5\"/></w:r>"
                                        "<w:r><w:t>。</w:t></w:r></w:p>")
        + p(QStringLiteral("二、下一步打算"));
    const ReadResult r = DocxReader::read(test::makeDocxFromBody(body, QString(), QString(), footnotes));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(linesOf(r), (QStringList{QStringLiteral("调解案件300件，仲裁案件120件。"), QStringLiteral("二、下一步打算"),
                                      QStringLiteral("[1] 含线上调解。"), QStringLiteral("[2] 数据来源：统计年报。")}));
}

void TstDocxReader::coreProperties()
{
    test::DocxOptions options;
    options.coreTitle = QStringLiteral("Microsoft Word - 某局2023年法治政府建设年度报告.docx");
    options.coreCreated = QStringLiteral("2024-01-14T18:30:00Z");
    const ReadResult r = DocxReader::read(test::makeDocx({QStringLiteral("正文。")}, options));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.titleHint, QStringLiteral("某局2023年法治政府建设年度报告"));
    QCOMPARE(r.document.publishedHint, QStringLiteral("2024-01-15")); // 02:30 in Beijing
}

void TstDocxReader::strictAndContentControls()
{
    // Strict OOXML uses another namespace URI for the same elements; content controls (w:sdt),
    // smart tags and hyperlinks wrap runs and paragraphs without changing the text.
    const QByteArray strictDocument = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
        "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        "<w:p><w:hyperlink><w:r><w:t>链接文字</w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>和标记</w:t></w:r></w:smartTag>"
        "<w:sdt><w:sdtContent><w:r><w:t>及控件。</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        "</w:body></w:document>");
    const ReadResult r = DocxReader::read(test::makeZip({{QStringLiteral("word/document.xml"), strictDocument}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(linesOf(r), (QStringList{QStringLiteral("一、总体情况"), QStringLiteral("链接文字和标记及控件。")}));
}

void TstDocxReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = test::makeDocx({QStringLiteral("一、总体情况"), QStringLiteral("全年办理案件15件。")});
    QTest::newRow("corrupt zip") << QByteArray("PK\x03\x04\x14\x00garbage garbage garbage") << QStringLiteral("damaged zip");
    QTest::newRow("truncated docx") << good.left(good.size() * 2 / 3) << QStringLiteral("damaged zip");
    QTest::newRow("xlsx renamed")
        << test::makeZip({{QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
                          {QStringLiteral("xl/workbook.xml"), QByteArray("<workbook/>")},
                          {QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray("<worksheet/>")}})
        << QStringLiteral("this zip is not a Word document (no word/document.xml)");
    QTest::newRow("some other zip") << test::makeZip({{QStringLiteral("readme.txt"), QByteArray("hi")}})
                                    << QStringLiteral("is it an Excel or other Office file?");
    // 70 MB of one letter deflates to ~70 KB: refused from its header, before inflating.
    QTest::newRow("zip bomb, honest header")
        << test::makeZip({{QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
                          {QStringLiteral("word/document.xml"), QByteArray(70 * 1024 * 1024, 'a')}})
        << QStringLiteral("zip bomb");
    // The header claims 2 KB; the data inflates to 100 MB: stopped while inflating.
    QTest::newRow("zip bomb, lying header")
        << test::makeLyingZip(QStringLiteral("word/document.xml"), 100 * 1024 * 1024, 2048) << QStringLiteral("zip bomb");
    QByteArray flipped = good;
    const qsizetype at = flipped.indexOf("word/document.xml") + 17 + 10;
    flipped[at] = char(flipped.at(at) ^ 0x55);
    QTest::newRow("damaged entry") << flipped << QStringLiteral("damaged");
    QTest::newRow("not xml") << test::makeZip({{QStringLiteral("word/document.xml"), QByteArray("<w:document><w:body><w:p>")}})
                             << QStringLiteral("not well-formed XML");
    QTest::newRow("no text") << test::makeDocxFromBody(QStringLiteral("<w:p/><w:p><w:r><w:drawing/></w:r></w:p>"))
                             << QStringLiteral("contains no text");
    QTest::newRow("legacy .doc") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(600, '\0')
                                 << QStringLiteral(".doc");
}

void TstDocxReader::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Report report = ReportPipeline().processBytes(bytes, QStringLiteral("bad.docx"));
    QVERIFY2(!report.ok(), qPrintable(report.text.left(100)));
    QVERIFY2(report.error.contains(message), qPrintable(report.error));
}

void TstDocxReader::mutatedFilesNeverCrash()
{
    // Damage anywhere (header, compressed data, directory) gives text or a reason, never a crash.
    test::DocxOptions options;
    options.coreTitle = QStringLiteral("标题");
    const QByteArray good = test::makeDocx({QStringLiteral("一、总体情况"), QStringLiteral("全年办理案件15件。"),
                                            QStringLiteral("指标 | 数量"), QStringLiteral("二、下一步")}, options);
    QRandomGenerator random(20240115); // fixed: the same damage on every run
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(4));
        for (int k = 0; k < flips; ++k) {
            const qsizetype at = qsizetype(random.bounded(quint32(bytes.size())));
            bytes[at] = char(random.bounded(256));
        }
        const ReadResult r = DocxReader::read(bytes);
        if (!r.ok()) {
            ++refused;
            QVERIFY(!r.error.isEmpty());
        }
    }
    QVERIFY(refused > 0);
}

QTEST_MAIN(TstDocxReader)
#include "tst_docxreader.moc"
