// Why: PDFs are the commonest attachment format; the reader must give the report's paragraphs in
// order without page furniture, rejoin lines broken by typesetting, and refuse bad files clearly.
#include "OfficeFixtures.h"

#include "office/PdfParagraphAssembler.h"
#include "office/PdfReader.h"
#include "office/TextCues.h"
#include "pipeline/ReportPipeline.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace rl;

class TstPdfReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageNumberCue_data();
    void pageNumberCue();
    void cjkSpaces_data();
    void cjkSpaces();
    void sentenceAndMarkerCues();

    void assembler_data();
    void assembler();
    void runningLinesDropped();

    void readsParagraphsAcrossPages();
    void hints();
    void latinWordsKeepSpaces();

    void missingEofMarker();
    void ownerPasswordOnly();
    void mostlyTypedIsRead();

    void badFiles_data();
    void badFiles();
    void mutatedFilesNeverCrash();
};

// ---- cues ---------------------------------------------------------------------------------------

void TstPdfReader::pageNumberCue_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("pageNumber");
    QTest::newRow("bare") << QStringLiteral("3") << true;
    QTest::newRow("dashes") << QStringLiteral("- 3 -") << true;
    QTest::newRow("em dashes") << QStringLiteral("— 12 —") << true;
    QTest::newRow("第N页") << QStringLiteral("第3页") << true;
    QTest::newRow("第 N 页 共 M 页") << QStringLiteral("第 3 页 共 10 页") << true;
    QTest::newRow("N/M") << QStringLiteral("3/10") << true;
    QTest::newRow("Page N of M") << QStringLiteral("Page 3 of 10") << true;
    QTest::newRow("full-width") << QStringLiteral("－３－") << true;
    QTest::newRow("year") << QStringLiteral("2023年") << false;
    QTest::newRow("heading") << QStringLiteral("3.加强队伍建设") << false;
    QTest::newRow("sentence") << QStringLiteral("全年受理3件。") << false;
    QTest::newRow("date") << QStringLiteral("2023-12-26") << false;
}

void TstPdfReader::pageNumberCue()
{
    QFETCH(QString, line);
    QFETCH(bool, pageNumber);
    QCOMPARE(TextCues::isPageNumber(line), pageNumber);
}

void TstPdfReader::cjkSpaces_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("between ideographs") << QStringLiteral("法 治 政 府") << QStringLiteral("法治政府");
    QTest::newRow("ideograph and digit") << QStringLiteral("2023 年 共 15 件") << QStringLiteral("2023年共15件");
    QTest::newRow("punctuation") << QStringLiteral("成效 。 二 、") << QStringLiteral("成效。二、");
    QTest::newRow("latin words") << QStringLiteral("Human Resources and Social Security")
                                 << QStringLiteral("Human Resources and Social Security");
    QTest::newRow("mixed") << QStringLiteral("使用 App Store 下载") << QStringLiteral("使用App Store下载");
    QTest::newRow("quotes in Chinese") << QStringLiteral("做好 “ 六稳 ” 工作") << QStringLiteral("做好“六稳”工作");
    QTest::newRow("quotes in English") << QStringLiteral("the section entitled “GNU License” applies")
                                       << QStringLiteral("the section entitled “GNU License” applies");
    QTest::newRow("ideographic space") << QStringLiteral("目\u3000\u3000录") << QStringLiteral("目录");
}

void TstPdfReader::cjkSpaces()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(TextCues::removeCjkSpaces(in), out);
}

void TstPdfReader::sentenceAndMarkerCues()
{
    QVERIFY(TextCues::endsSentence(QStringLiteral("取得明显成效。")));
    QVERIFY(TextCues::endsSentence(QStringLiteral("报告如下：")));
    QVERIFY(TextCues::endsSentence(QStringLiteral("他说“已完成。”")));
    QVERIFY(!TextCues::endsSentence(QStringLiteral("深入学习贯彻党的")));
    QVERIFY(!TextCues::endsSentence(QStringLiteral("增长到3.")));
    QCOMPARE(TextCues::leadingMarker(QStringLiteral("一、加强领导")), TextCues::Marker::Strong);
    QCOMPARE(TextCues::leadingMarker(QStringLiteral("（二）完善制度")), TextCues::Marker::Strong);
    QCOMPARE(TextCues::leadingMarker(QStringLiteral("(三)完善制度")), TextCues::Marker::Strong);
    QCOMPARE(TextCues::leadingMarker(QStringLiteral("1.规范执法")), TextCues::Marker::Weak);
    QCOMPARE(TextCues::leadingMarker(QStringLiteral("（2）规范执法")), TextCues::Marker::Weak);
    QCOMPARE(TextCues::leadingMarker(QStringLiteral("二是推进改革")), TextCues::Marker::Weak);
    QCOMPARE(TextCues::leadingMarker(QStringLiteral("1.5万人")), TextCues::Marker::None);
    QCOMPARE(TextCues::leadingMarker(QStringLiteral("2023年")), TextCues::Marker::None);
    QCOMPARE(TextCues::leadingMarkerLength(QStringLiteral("（十二）标题")), 4);
}

// ---- assembler on made-up pages ----------------------------------------------------------------

namespace {

constexpr double Em = 12;
constexpr double Left = 72;
constexpr double Right = 72 + 36 * Em; // a 36-character column

// A line of `chars` CJK characters starting `indent` characters in, on text row `row`.
PdfTextLine line(const QString &text, int row, double indent = 0, double width = -1, double rowPitch = 18)
{
    PdfTextLine l;
    l.text = text;
    l.left = Left + indent * Em;
    l.right = width < 0 ? Right : l.left + width * Em;
    l.top = 72 + row * rowPitch;
    l.bottom = l.top + Em;
    l.em = Em;
    l.firstTokenWidth = Em;
    return l;
}

PdfTextPage page(QList<PdfTextLine> lines)
{
    PdfTextPage p;
    p.lines = std::move(lines);
    return p;
}

} // namespace

void TstPdfReader::assembler_data()
{
    QTest::addColumn<QList<PdfTextPage>>("pages");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("continuation lines join")
        << QList<PdfTextPage>{page({line(QStringLiteral("第一行没有结束"), 0, 2), line(QStringLiteral("接着写完。"), 1, 0, 5),
                                    line(QStringLiteral("又一段开始"), 2, 2), line(QStringLiteral("结束。"), 3, 0, 3)})}
        << QStringList{QStringLiteral("第一行没有结束接着写完。"), QStringLiteral("又一段开始结束。")};

    // A paragraph's lines ending in 。 at the right margin go on; the next indented line starts anew.
    QTest::newRow("full line ending a sentence continues")
        << QList<PdfTextPage>{page({line(QStringLiteral("一是做了一件事。"), 0, 2), line(QStringLiteral("二是又做了一件事。"), 1),
                                    line(QStringLiteral("新段落。"), 2, 2, 4)})}
        << QStringList{QStringLiteral("一是做了一件事。二是又做了一件事。"), QStringLiteral("新段落。")};

    QTest::newRow("short heading line stands alone")
        << QList<PdfTextPage>{page({line(QStringLiteral("加强组织领导"), 0, 0, 6), line(QStringLiteral("正文第一行"), 1),
                                    line(QStringLiteral("正文第二行。"), 2, 0, 6)})}
        << QStringList{QStringLiteral("加强组织领导"), QStringLiteral("正文第一行正文第二行。")};

    QTest::newRow("strong marker after a full stop")
        << QList<PdfTextPage>{page({line(QStringLiteral("上一段最后一句。"), 0), line(QStringLiteral("二、存在问题"), 1)})}
        << QStringList{QStringLiteral("上一段最后一句。"), QStringLiteral("二、存在问题")};

    QTest::newRow("extra vertical space")
        << QList<PdfTextPage>{page({line(QStringLiteral("第一段"), 0), line(QStringLiteral("第二段"), 2)})}
        << QStringList{QStringLiteral("第一段"), QStringLiteral("第二段")};

    QTest::newRow("centred title over two lines")
        << QList<PdfTextPage>{page({line(QStringLiteral("某某局"), 0, 12, 12), line(QStringLiteral("年度报告"), 1, 14, 8),
                                    line(QStringLiteral("正文"), 3, 0), line(QStringLiteral("正文完。"), 4, 0, 4)})}
        << QStringList{QStringLiteral("某某局年度报告"), QStringLiteral("正文正文完。")};

    {
        // Centred in the 432 pt column (72…504): two title lines in 22 pt, a date in 12 pt.
        auto centredLine = [](const QString &text, double top, double em) {
            PdfTextLine l = line(text, 0);
            const double width = text.size() * em;
            l.left = 72 + (432 - width) / 2;
            l.right = l.left + width;
            l.top = top;
            l.bottom = top + em;
            l.em = em;
            l.firstTokenWidth = em;
            return l;
        };
        QTest::newRow("centred title by hand, smaller date under it")
            << QList<PdfTextPage>{page({centredLine(QStringLiteral("某某市人社局"), 72, 22),
                                        centredLine(QStringLiteral("2023年度报告"), 102, 22),
                                        centredLine(QStringLiteral("（2024年1月15日）"), 132, 12),
                                        line(QStringLiteral("正文第一行"), 5, 2), line(QStringLiteral("正文第二行"), 6),
                                        line(QStringLiteral("完。"), 7, 0, 2)})}
            << QStringList{QStringLiteral("某某市人社局2023年度报告"), QStringLiteral("（2024年1月15日）"),
                           QStringLiteral("正文第一行正文第二行完。")};
    }

    QTest::newRow("paragraph over a page break")
        << QList<PdfTextPage>{page({line(QStringLiteral("前一页的行"), 0, 2), line(QStringLiteral("页底的行"), 1)}),
                              page({line(QStringLiteral("下一页接着。"), 0, 0, 6), line(QStringLiteral("新段。"), 1, 2, 3)})}
        << QStringList{QStringLiteral("前一页的行页底的行下一页接着。"), QStringLiteral("新段。")};

    QTest::newRow("marker after a sentence across a page break")
        << QList<PdfTextPage>{page({line(QStringLiteral("一是前一项"), 0), line(QStringLiteral("写完了。"), 1)}),
                              page({line(QStringLiteral("二是下一项"), 0), line(QStringLiteral("内容。"), 1, 0, 3)})}
        << QStringList{QStringLiteral("一是前一项写完了。"), QStringLiteral("二是下一项内容。")};

    {
        PdfTextLine a = line(QStringLiteral("see the"), 0, 2);
        PdfTextLine b = line(QStringLiteral("report."), 1, 0, 4);
        QTest::newRow("latin words rejoined with a space")
            << QList<PdfTextPage>{page({a, b})} << QStringList{QStringLiteral("see the report.")};
    }
}

void TstPdfReader::assembler()
{
    QFETCH(QList<PdfTextPage>, pages);
    QFETCH(QStringList, paragraphs);
    QCOMPARE(PdfParagraphAssembler::assemble(pages), paragraphs);
}

void TstPdfReader::runningLinesDropped()
{
    QList<PdfTextPage> pages;
    for (int p = 0; p < 4; ++p) {
        PdfTextPage pg = page({line(QStringLiteral("正文第%1页的内容").arg(p + 1), 3), line(QStringLiteral("还有一行。"), 4, 0, 5)});
        if (p > 0) { // the first page has no running header, as is usual
            PdfTextLine header = line(QStringLiteral("某局2023年法治政府建设年度报告"), 0, 10, 16);
            header.top = 40;
            pg.lines.prepend(header);
        }
        PdfTextLine footer = line(QStringLiteral("- %1 -").arg(p + 1), 0, 17, 2);
        footer.top = 800;
        footer.bottom = 810;
        pg.lines.append(footer);
        pages.append(pg);
    }
    const QStringList paragraphs = PdfParagraphAssembler::assemble(pages);
    const QString text = paragraphs.join(QLatin1Char('\n'));
    QVERIFY2(!text.contains(QStringLiteral("年度报告")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("- 2 -")), qPrintable(text));
    QCOMPARE(paragraphs.size(), 4);
    QCOMPARE(paragraphs.at(1), QStringLiteral("正文第2页的内容还有一行。"));
}

// ---- real PDFs ----------------------------------------------------------------------------------

namespace {

QStringList sampleReport()
{
    QStringList lines;
    lines << QStringLiteral("某市人力资源和社会保障局2023年法治政府建设年度报告");
    lines << QStringLiteral("2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，现将有关情况报告如下：");
    for (int i = 0; i < 4; ++i) {
        lines << QStringLiteral("%1、第%2项重点工作").arg(QStringLiteral("一二三四").at(i)).arg(i + 1);
        for (int k = 0; k < 5; ++k)
            lines << QStringLiteral("（%1）完善第%2类制度。全年共办理行政复议案件%3件，依法化解劳动人事争议案件%4件，调解成功率达到百分之九十以上，"
                                    "持续推进行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，规范执法行为，提升执法水平。")
                         .arg(QStringLiteral("一二三四五").at(k))
                         .arg(k + 1)
                         .arg(10 + i * 5 + k)
                         .arg(100 + i * 7 + k);
    }
    lines << QStringLiteral("某市人力资源和社会保障局");
    lines << QStringLiteral("2024年1月15日");
    return lines;
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

} // namespace

void TstPdfReader::readsParagraphsAcrossPages()
{
    const QStringList lines = sampleReport();
    for (auto style : {test::PdfOptions::Style::Indented, test::PdfOptions::Style::Spaced}) {
        test::PdfOptions options;
        options.style = style;
        options.runningHeader = QStringLiteral("法治政府建设年度报告");
        if (style == test::PdfOptions::Style::Spaced)
            options.watermark = QStringLiteral("内部资料 注意保存"); // slanted across every page
        int pages = 0;
        const QByteArray pdf = test::makePdf(lines, options, &pages);
        if (qEnvironmentVariableIsSet("RL_DUMP")) {
            QFile f(QDir::tempPath() + QStringLiteral("/rl_sample_%1.pdf").arg(int(style)));
            f.open(QIODevice::WriteOnly);
            f.write(pdf);
        }
        const ReadResult r = PdfReader::read(pdf);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(pages >= 2);
        QCOMPARE(r.document.format, QStringLiteral("pdf"));
        QStringList got = r.document.text.split(QLatin1Char('\n'));
        for (QString &g : got)
            g = squeeze(g);
        QStringList want = lines;
        for (QString &w : want)
            w = squeeze(w);
        QCOMPARE(got, want); // one paragraph per line, no header, no page numbers, no watermark
    }
}

void TstPdfReader::hints()
{
    test::PdfOptions options;
    options.title = QStringLiteral("Microsoft Word - 2023年法治政府建设年度报告.docx");
    options.creationDate = QStringLiteral("20240115093000");
    const ReadResult r = PdfReader::read(test::makePdf(sampleReport(), options));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.titleHint, QStringLiteral("2023年法治政府建设年度报告"));
    QCOMPARE(r.document.publishedHint, QStringLiteral("2024-01-15"));
}

void TstPdfReader::latinWordsKeepSpaces()
{
    // Letter-spaced Chinese makes poppler see gaps between ideographs; those spaces must go,
    // while the spaces between English words stay.
    test::PdfOptions options;
    const QStringList lines = {QStringLiteral("法 治 政 府 建 设 年 度 报 告"),
                               QStringLiteral("本局英文名称为Human Resources and Social Security Bureau，全年办结案件15件。"),
                               QStringLiteral("第二段落的内容，用来凑足足够的文字以便生成一个有意义的页面，并且测试文字的正确性。")};
    const ReadResult r = PdfReader::read(test::makePdf(lines, options));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList got = r.document.text.split(QLatin1Char('\n'));
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0), QStringLiteral("法治政府建设年度报告"));
    QVERIFY2(got.at(1).contains(QStringLiteral("Human Resources and Social Security Bureau")), qPrintable(got.at(1)));
    QVERIFY2(got.at(1).contains(QStringLiteral("办结案件15件")), qPrintable(got.at(1)));
}

void TstPdfReader::missingEofMarker()
{
    // A writer that forgets the %%EOF line still wrote its trailer: the file is complete.
    QByteArray pdf = test::makePdf(sampleReport());
    pdf.chop(pdf.size() - pdf.lastIndexOf("%%EOF"));
    const ReadResult r = PdfReader::read(pdf);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.document.text.contains(QStringLiteral("某市人力资源和社会保障局2023年法治政府建设年度报告")));
}

void TstPdfReader::ownerPasswordOnly()
{
    // "Restricted" PDFs (owner password, no user password) are the norm for published reports:
    // they open without a password and must be read, not refused as encrypted.
    const QStringList lines = {QStringLiteral("Annual report on building a law-based government"),
                               QStringLiteral("Cases handled in the year: 15")};
    const ReadResult r = PdfReader::read(test::makeOwnerProtectedPdf(lines));
    QVERIFY2(r.ok(), qPrintable(r.error));
    for (const QString &line : lines)
        QVERIFY2(r.document.text.contains(line), qPrintable(r.document.text));
}

void TstPdfReader::mostlyTypedIsRead()
{
    // One scanned page (a stamped signature page) among typed ones does not make the PDF a scan.
    const ReadResult r = PdfReader::read(test::makeImageOnlyPdf(3, 2));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.document.text.contains(QStringLiteral("封面第20行是真正的文字")));
}

void TstPdfReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = test::makePdf(sampleReport());
    QTest::newRow("truncated at half") << good.left(good.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("truncated before %%EOF") << good.left(good.lastIndexOf("startxref")) << QStringLiteral("truncated");
    QTest::newRow("truncated after the header") << good.left(200) << QStringLiteral("truncated");
    QTest::newRow("truncated in the last object") << good.left(good.lastIndexOf("endobj") - 5) << QStringLiteral("truncated");
    QByteArray scrambled = good;
    for (qsizetype i = 400; i + 64 < scrambled.size() - 2000; i += 97)
        scrambled[i] = char(scrambled.at(i) ^ 0x5a);
    QTest::newRow("scrambled") << scrambled << QString(); // any clear message, or text; never a crash
    QTest::newRow("header only") << QByteArray("%PDF-1.7\n%%EOF\n") << QStringLiteral("damaged");
    QTest::newRow("encrypted") << test::makeEncryptedPdf() << QStringLiteral("encrypted and needs a password");
    QTest::newRow("image only") << test::makeImageOnlyPdf()
                                << QStringLiteral("this PDF has no text layer; it was probably scanned");
    QTest::newRow("typed cover, scanned pages") << test::makeImageOnlyPdf(4, 1)
                                                << QStringLiteral("no text layer on most pages (3 of 4 pages have none)");
}

void TstPdfReader::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const ReadResult r = PdfReader::read(bytes);
    if (!message.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(r.document.text.left(200)));
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }
    // Through the whole pipeline: a report carrying the error, no crash, no empty "success".
    const Report report = ReportPipeline().processBytes(bytes, QStringLiteral("bad.pdf"));
    if (!message.isEmpty())
        QCOMPARE(report.error, r.error);
    QVERIFY(!report.ok() || !report.text.trimmed().isEmpty());
}

void TstPdfReader::mutatedFilesNeverCrash()
{
    // Damage anywhere gives text or a reason, never a crash or an empty success.
    const QByteArray good = test::makePdf(sampleReport());
    QRandomGenerator random(20240115); // fixed: the same damage on every run
    for (int round = 0; round < 60; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(8));
        for (int k = 0; k < flips; ++k) {
            const qsizetype at = 8 + qsizetype(random.bounded(quint32(bytes.size() - 8)));
            bytes[at] = char(random.bounded(256));
        }
        const ReadResult r = PdfReader::read(bytes);
        QVERIFY(r.ok() ? !r.document.text.trimmed().isEmpty() : !r.error.isEmpty());
    }
}

QTEST_MAIN(TstPdfReader)
#include "tst_pdfreader.moc"
