// Why: the same report saved as GB18030, UTF-16, UTF-8 with BOM, with full-width digits, as a
// web page or a web archive (.mht) must give the same text, metadata, outline and figures as the plain UTF-8 file.
#include "TestPaths.h"
#include "pipeline/ReportPipeline.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "TestEncoding.h"

namespace {

using rl::test::icuEncode;

QString fullWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(c.unicode() + 0xFEE0));
        else if (c == u'%')
            c = QChar(u'％');
        else if (c == u'(')
            c = QChar(u'（');
        else if (c == u')')
            c = QChar(u'）');
    }
    return out;
}

// A government page around the report: scripts, a nav bar, a link menu, a breadcrumb, share and
// print links, a side box of related links, a footer, entities for quotes and indentation.
// Every line of the report becomes a <p>.
QString htmlPage(const QString &text, const QString &title, const QString &charset)
{
    QString body;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        line.replace(QLatin1Char('&'), QLatin1String("&amp;"))
            .replace(QLatin1Char('<'), QLatin1String("&lt;"))
            .replace(QLatin1Char('>'), QLatin1String("&gt;"))
            .replace(u'“', QLatin1String("&ldquo;"))
            .replace(u'”', QLatin1String("&rdquo;"))
            .replace(u'、', QLatin1String("&#12289;"))
            .replace(u'。', QLatin1String("&#x3002;"));
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        line = QStringLiteral("&nbsp;").repeated(indent) + line.mid(indent);
        body += line.trimmed().isEmpty() ? QStringLiteral("<p>&nbsp;</p>\n") : QStringLiteral("<p>%1</p>\n").arg(line);
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%1\">\n"
               "%2<style>p { margin: 0 } .nav > a { color: #333 }</style>\n"
               "<script type=\"text/javascript\">var pv = '<p>1999年</p>'; if (a < b && c) { document.write(pv); }</script>\n"
               "</head>\n<body>\n<nav class=\"top\"><a href=\"/\">网站首页</a> <a href=\"/xxgk\">政务公开</a> <a>2019年工作报告</a></nav>\n"
               "<div class=\"menu\"><ul><li><a href=\"/jggk\">机构概况</a></li><li><a href=\"/a\">某某省人民政府</a></li></ul></div>\n"
               "<div class=\"crumb\">您当前的位置：<a href=\"/\">首页</a> &gt; <a>政务公开</a></div>\n"
               "<div class=\"article\">\n%3</div>\n"
               "<div class=\"tools\">【<a href=\"javascript:window.print()\">打印本页</a>】【<a href=\"javascript:window.close()\">关闭窗口</a>】</div>\n"
               "<div class=\"side\"><h3>相关链接</h3><div><a href=\"/b\">某某区2019年法治政府建设年度报告</a></div></div>\n"
               "<div class=\"share\">分享到：<a>微信</a> <a>微博</a></div>\n"
               "<!-- footer --><footer><p>主办单位：某某市人民政府办公室 &copy; 2018 版权所有</p><p>网站标识码 0000000000</p></footer>\n"
               "<script>/* <div>统计</div> */</script>\n</body>\n</html>\n")
        .arg(charset, title.isEmpty() ? QString() : QStringLiteral("<title>%1</title>\n").arg(title), body);
}

// A single-file web archive (.mht) as Internet Explorer saves it: the page quoted-printable.
QByteArray webArchive(const QByteArray &page, const char *charset)
{
    QByteArray qp;
    int column = 0;
    for (const char c : page) {
        if (c == '\n') {
            qp += "\r\n";
            column = 0;
            continue;
        }
        const QByteArray piece = (uchar(c) >= 0x80 || c == '=')
            ? '=' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0')
            : QByteArray(1, c);
        if (column + piece.size() > 75) {
            qp += "=\r\n";
            column = 0;
        }
        qp += piece;
        column += int(piece.size());
    }
    return QByteArray("From: <Saved by Windows Internet Explorer 8>\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----=_NextPart_000_0001\"\r\n\r\n"
                      "This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_000_0001\r\n"
                      "Content-Type: text/html;\r\n\tcharset=\"")
        + charset + "\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp
        + "\r\n\r\n------=_NextPart_000_0001\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\n"
          "R0lGODlhAQABAAAAACw=\r\n\r\n------=_NextPart_000_0001--\r\n";
}

QStringList flatOutline(const rl::Outline &outline)
{
    QStringList out;
    QList<const rl::Section *> stack;
    for (auto it = outline.crbegin(); it != outline.crend(); ++it)
        stack << &*it;
    while (!stack.isEmpty()) {
        const rl::Section *s = stack.takeLast();
        out << QStringLiteral("%1|%2|%3").arg(s->level).arg(s->marker, s->title);
        for (auto it = s->children.crbegin(); it != s->children.crend(); ++it)
            stack << &*it;
    }
    return out;
}

QStringList figures(const QList<rl::Observation> &observations)
{
    QStringList out;
    for (const rl::Observation &o : observations)
        out << QStringLiteral("%1=%2%3").arg(o.id).arg(o.value, 0, 'g', 12).arg(o.unit);
    return out;
}

QString firstDifference(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return QStringLiteral("texts differ at %1: «%2» vs «%3»").arg(i).arg(a.mid(i, 40), b.mid(i, 40));
}

} // namespace

class TstReencoded : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameReport_data();
    void sameReport();

private:
    QTemporaryDir m_dir;
};

void TstReencoded::sameReport_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("variant");
    const QStringList variants = {QStringLiteral("gb18030"), QStringLiteral("utf16le-bom"), QStringLiteral("utf8-bom"),
                                  QStringLiteral("fullwidth"), QStringLiteral("crlf"), QStringLiteral("html"),
                                  QStringLiteral("html-gb18030"), QStringLiteral("mht")};
    for (const QString &seed : rl::test::corpusFiles()) {
        for (const QString &v : variants)
            QTest::newRow(qPrintable(QFileInfo(seed).baseName().left(3) + QLatin1Char(' ') + v)) << seed << v;
    }
}

void TstReencoded::sameReport()
{
    RL_REQUIRE_CORPUS();
    QFETCH(QString, seed);
    QFETCH(QString, variant);
    QVERIFY(m_dir.isValid());

    const rl::ReportPipeline pipeline;
    const rl::Report plain = pipeline.process(seed);
    QVERIFY2(plain.ok(), qPrintable(plain.error));

    QFile in(seed);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(in.readAll());

    QByteArray bytes;
    QString suffix = QStringLiteral("txt");
    if (variant == QLatin1String("gb18030"))
        bytes = icuEncode(text, "GB18030");
    else if (variant == QLatin1String("utf16le-bom"))
        bytes = QByteArray("\xFF\xFE") + icuEncode(text, "UTF-16LE");
    else if (variant == QLatin1String("utf8-bom"))
        bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    else if (variant == QLatin1String("fullwidth"))
        bytes = fullWidth(text).toUtf8();
    else if (variant == QLatin1String("crlf"))
        bytes = QString(text).replace(QLatin1Char('\n'), QLatin1String("\r\n")).toUtf8();
    else if (variant == QLatin1String("html"))
        bytes = htmlPage(text, plain.meta.title, QStringLiteral("utf-8")).toUtf8(), suffix = QStringLiteral("html");
    else if (variant == QLatin1String("html-gb18030"))
        bytes = icuEncode(htmlPage(text, plain.meta.title, QStringLiteral("gb2312")), "GB18030"), suffix = QStringLiteral("htm");
    else if (variant == QLatin1String("mht"))
        bytes = webArchive(icuEncode(htmlPage(text, plain.meta.title, QStringLiteral("gb2312")), "GB18030"), "gb2312"),
        suffix = QStringLiteral("mht");

    const QString path = m_dir.filePath(QFileInfo(seed).baseName() + QLatin1Char('-') + variant + QLatin1Char('.') + suffix);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), bytes.size());
    out.close();

    const rl::Report r = pipeline.process(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.text == plain.text, qPrintable(firstDifference(r.text, plain.text)));
    QCOMPARE(r.meta.title, plain.meta.title);
    QCOMPARE(r.meta.agency, plain.meta.agency);
    QCOMPARE(r.meta.province, plain.meta.province);
    QCOMPARE(r.meta.city, plain.meta.city);
    QCOMPARE(r.meta.district, plain.meta.district);
    QCOMPARE(int(r.meta.level), int(plain.meta.level));
    QCOMPARE(r.meta.year.value_or(-1), plain.meta.year.value_or(-1));
    QCOMPARE(r.meta.published, plain.meta.published);
    QCOMPARE(flatOutline(r.outline), flatOutline(plain.outline));
    QCOMPARE(r.outline, plain.outline); // offsets too: the texts are the same
    QCOMPARE(figures(r.observations), figures(plain.observations));
}

QTEST_GUILESS_MAIN(TstReencoded)
#include "tst_reencoded.moc"
