// Why: staff save report pages as single-file web archives (.mht/.mhtml from IE, Edge, Chrome);
// the page inside (quoted-printable or base64, often GB2312) must read like the .html would.
#include "read/MhtReader.h"

#include <QTest>

#include "TestEncoding.h"

using rl::MhtReader;

namespace {

using rl::test::gb18030;

// Quoted-printable as IE writes it: =XX for 8-bit bytes and '=', soft breaks every 76 columns.
QByteArray quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    int column = 0;
    for (const char c : bytes) {
        QByteArray piece;
        if (c == '\n') {
            out += "\r\n";
            column = 0;
            continue;
        }
        if (uchar(c) >= 0x80 || c == '=')
            piece = '=' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        else
            piece = QByteArray(1, c);
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

const QString Page = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                    "<title>某局2021年度法治政府建设情况报告</title></head><body>\n"
                                    "<p>一、加强组织领导</p><p>全年共办理行政复议案件205宗，调解成功率达97.4%。</p>\n"
                                    "<table><tr><td>发布机构</td><td>人社局</td></tr></table></body></html>\n");

QByteArray archive(const QByteArray &htmlPart, const QByteArray &htmlHeaders)
{
    return QByteArray("From: <Saved by Windows Internet Explorer 8>\r\n"
                      "Subject: =?gb2312?B?xOq2yLGouOY=?=\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: multipart/related;\r\n"
                      "\ttype=\"text/html\";\r\n"
                      "\tboundary=\"----=_NextPart_000_0000_01D7A1B2.12345670\"\r\n"
                      "\r\n"
                      "This is a multi-part message in MIME format.\r\n"
                      "\r\n"
                      "------=_NextPart_000_0000_01D7A1B2.12345670\r\n"
                      "Content-Type: image/png\r\n"
                      "Content-Transfer-Encoding: base64\r\n"
                      "Content-Location: http://example.invalid/logo.png\r\n"
                      "\r\n"
                      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n"
                      "\r\n"
                      "------=_NextPart_000_0000_01D7A1B2.12345670\r\n")
        + htmlHeaders + "\r\n" + htmlPart
        + "\r\n------=_NextPart_000_0000_01D7A1B2.12345670--\r\n";
}

const QString ExpectedText = QStringLiteral("一、加强组织领导\n全年共办理行政复议案件205宗，调解成功率达97.4%。\n发布机构 | 人社局");

} // namespace

class TstMhtReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotedPrintableGb2312();
    void base64Utf8();
    void truncatedArchive();
    void noPage();
    void decodeQuotedPrintable_data();
    void decodeQuotedPrintable();
};

void TstMhtReader::quotedPrintableGb2312()
{
    const QByteArray mht = archive(quotedPrintable(gb18030(Page)),
                                   "Content-Type: text/html;\r\n\tcharset=\"gb2312\"\r\n"
                                   "Content-Transfer-Encoding: quoted-printable\r\n"
                                   "Content-Location: http://example.invalid/report.html\r\n");
    QVERIFY(MhtReader::looksLikeMht(mht));
    const rl::ReadResult r = MhtReader::read(mht);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.format, QStringLiteral("html"));
    QCOMPARE(r.document.encoding, QStringLiteral("GB18030"));
    QCOMPARE(r.document.titleHint, QStringLiteral("某局2021年度法治政府建设情况报告"));
    QCOMPARE(r.document.text.trimmed(), ExpectedText);
}

// Chrome writes UTF-8; some tools base64 the page; LF line ends instead of CRLF.
void TstMhtReader::base64Utf8()
{
    QString page = Page;
    page.replace(QLatin1String("gb2312"), QLatin1String("utf-8"));
    QByteArray encoded;
    const QByteArray b64 = page.toUtf8().toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 76)
        encoded += b64.mid(i, 76) + "\r\n";
    QByteArray mht = archive(encoded, "Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n");
    mht.replace("\r\n", "\n");
    const rl::ReadResult r = MhtReader::read(mht);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.document.text.trimmed(), ExpectedText);
}

// A download cut inside the page part still yields what arrived.
void TstMhtReader::truncatedArchive()
{
    QByteArray mht = archive(quotedPrintable(Page.toUtf8()), "Content-Type: text/html; charset=utf-8\r\n"
                                                            "Content-Transfer-Encoding: quoted-printable\r\n");
    mht.truncate(mht.indexOf("<table>"));
    const rl::ReadResult r = MhtReader::read(mht);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.document.text.contains(QStringLiteral("一、加强组织领导")));
}

void TstMhtReader::noPage()
{
    QByteArray mht = archive(QByteArray("iVBORw0KGgo="), "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n");
    const rl::ReadResult r = MhtReader::read(mht);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("without a web page")), qPrintable(r.error));
}

void TstMhtReader::decodeQuotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("hex") << QByteArray("a=3Db=C4=EA") << QByteArray("a=b\xC4\xEA");
    QTest::newRow("lower hex") << QByteArray("=c4=ea") << QByteArray("\xC4\xEA");
    QTest::newRow("soft break crlf") << QByteArray("abc=\r\ndef") << QByteArray("abcdef");
    QTest::newRow("soft break lf and blanks") << QByteArray("abc= \ndef") << QByteArray("abcdef");
    QTest::newRow("stray equals") << QByteArray("x=zz=") << QByteArray("x=zz");
}

void TstMhtReader::decodeQuotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(MhtReader::decodeQuotedPrintable(encoded), decoded);
}

QTEST_GUILESS_MAIN(TstMhtReader)
#include "tst_mhtreader.moc"
