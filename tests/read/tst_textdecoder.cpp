// Why: reports arrive as UTF-8 (with or without BOM), GB18030/GBK and UTF-16; a wrong guess shows
// the user garbage, and a binary file must be refused with a reason rather than "decoded".
#include "read/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

#include "TestEncoding.h"

using rl::TextDecoder;

namespace {

// Encodes with ICU so the test does not depend on the code under test.
using rl::test::icuEncode;

const QString Report = QStringLiteral(
    "某某市人力资源和社会保障局2021年法治政府建设年度报告\n"
    "一、加强组织领导\n(一)健全工作机制。全年共办理行政复议案件205宗,调解成功率达97.4%。\n"
    "二、存在的问题\n一是法治宣传形式单一。");

// Characters that exist in GBK but are rare, so a GBK-only text is not also valid in an 8-bit code page.
const QString GbkOnly = QStringLiteral("丢并乒乓丕丞鬲龠龡龢齄");

} // namespace

class TstTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodes_data();
    void decodes();
    void truncatedGb18030();
    void truncatedUtf8();
    void invalidUtf8FewBytes();
    void gb18030NotMistakenForUtf8();
    void rejectsBinary_data();
    void rejectsBinary();
    void noEncodingFits();
    void emptyInput();
    void declaredEncoding();
    void canonicalNames_data();
    void canonicalNames();
};

void TstTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf8") << Report.toUtf8() << Report << "UTF-8";
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + Report.toUtf8() << Report << "UTF-8";
    QTest::newRow("ascii") << QByteArray("Annual report 2021") << QStringLiteral("Annual report 2021") << "UTF-8";
    QTest::newRow("gb18030") << icuEncode(Report, "GB18030") << Report << "GB18030";
    QTest::newRow("gbk only chars") << icuEncode(GbkOnly, "GBK") << GbkOnly << "GB18030";
    QTest::newRow("gb2312 subset") << icuEncode(Report, "GB2312") << Report << "GB18030";
    QTest::newRow("gb18030 short") << icuEncode(QStringLiteral("报告"), "GB18030") << QStringLiteral("报告") << "GB18030";
    QTest::newRow("gb18030 four-byte char") << icuEncode(QStringLiteral("年度\u20AC报告𠀀"), "GB18030")
                                            << QStringLiteral("年度\u20AC报告𠀀") << "GB18030";
    QTest::newRow("utf16le bom") << QByteArray("\xFF\xFE") + icuEncode(Report, "UTF-16LE") << Report << "UTF-16LE";
    QTest::newRow("utf16be bom") << QByteArray("\xFE\xFF") + icuEncode(Report, "UTF-16BE") << Report << "UTF-16BE";
    QTest::newRow("utf16le ascii no bom") << icuEncode(QStringLiteral("Annual report 2021\nLine two"), "UTF-16LE")
                                          << QStringLiteral("Annual report 2021\nLine two") << "UTF-16LE";
    QString traditional;
    for (int i = 0; i < 12; ++i)
        traditional += QStringLiteral("本機關依據行政程序法規定，辦理訴願案件與國家賠償事件，並落實資訊公開。");
    QTest::newRow("big5 long") << icuEncode(traditional, "Big5") << traditional << "Big5";
    QTest::newRow("utf8 short chinese") << QStringLiteral("年").toUtf8() << QStringLiteral("年") << "UTF-8";
}

void TstTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const rl::ReadResult r = TextDecoder::decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.text, text);
    QCOMPARE(r.document.encoding, encoding);
    QCOMPARE(r.document.format, QStringLiteral("txt"));
}

// A download cut in the middle of a two-byte character still gives the text before it.
void TstTextDecoder::truncatedGb18030()
{
    QByteArray bytes = icuEncode(Report, "GB18030");
    bytes.chop(1);
    const rl::ReadResult r = TextDecoder::decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, QStringLiteral("GB18030"));
    QCOMPARE(r.document.text, Report.chopped(1));
}

void TstTextDecoder::truncatedUtf8()
{
    QByteArray bytes = Report.toUtf8();
    bytes.chop(2); // inside the final three-byte 。
    const rl::ReadResult r = TextDecoder::decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.document.text, Report.chopped(1));
}

// A long UTF-8 file with one damaged byte is still UTF-8, with one replacement character.
void TstTextDecoder::invalidUtf8FewBytes()
{
    QString longText;
    for (int i = 0; i < 40; ++i)
        longText += Report + QLatin1Char('\n');
    QByteArray bytes = longText.toUtf8();
    bytes.insert(bytes.size() / 2, '\xFF');
    const rl::ReadResult r = TextDecoder::decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.document.text.count(QChar(0xFFFD)), 1);
    QCOMPARE(r.document.text.size(), longText.size() + 1);
}

// GB18030 bytes often look like UTF-8 lead bytes; strict UTF-8 must reject them.
void TstTextDecoder::gb18030NotMistakenForUtf8()
{
    for (const QString &s : {QStringLiteral("中文"), QStringLiteral("报告如下:"), QStringLiteral("人力资源和社会保障局")}) {
        const rl::ReadResult r = TextDecoder::decode(icuEncode(s, "GB18030"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.text, s);
    }
}

void TstTextDecoder::rejectsBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("elf") << QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20) << "ELF";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20) << "PNG";
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) << "JPEG";
    QTest::newRow("nul bytes") << QByteArray("text\0\x01\x02\x03more\0\0\xFF\x10\x11", 18) << "binary";
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += char(i % 32 == 10 ? 1 : i % 32);
    QTest::newRow("control characters") << controls.replace('\0', '\x01') << "binary";
}

void TstTextDecoder::rejectsBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonPart);
    const rl::ReadResult r = TextDecoder::decode(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("not a text file")), qPrintable(r.error));
    QVERIFY2(r.error.contains(reasonPart), qPrintable(r.error));
}

// Bytes that are invalid in UTF-8 and in GB18030 (0xFF never occurs in either).
void TstTextDecoder::noEncodingFits()
{
    QByteArray bytes;
    for (int i = 0; i < 64; ++i)
        bytes += "\xFF\xFE\xFF text ";
    bytes.prepend("abc ");
    const rl::ReadResult r = TextDecoder::decode(bytes);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, QStringLiteral("not a text file: it decodes in no supported encoding (UTF-8, GB18030, UTF-16)"));
}

void TstTextDecoder::emptyInput()
{
    const rl::ReadResult r = TextDecoder::decode(QByteArray());
    QVERIFY(r.ok());
    QVERIFY(r.document.text.isEmpty());
}

// An HTML page's <meta charset> is verified: a GB18030 page declaring UTF-8 is refused.
void TstTextDecoder::declaredEncoding()
{
    const QByteArray gb = icuEncode(Report, "GB18030");
    const rl::ReadResult ok = TextDecoder::decodeAs(gb, QStringLiteral("gb2312"));
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(ok.document.text, Report);
    QCOMPARE(ok.document.encoding, QStringLiteral("GB18030"));
    QVERIFY(!TextDecoder::decodeAs(gb, QStringLiteral("utf-8")).ok());
    QVERIFY(!TextDecoder::decodeAs(gb, QStringLiteral("klingon")).ok());
}

void TstTextDecoder::canonicalNames_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("gb2312") << "GB2312" << "GB18030";
    QTest::newRow("gbk") << "gbk" << "GB18030";
    QTest::newRow("x-gbk") << " x-gbk " << "GB18030";
    QTest::newRow("utf8") << "utf8" << "UTF-8";
    QTest::newRow("UTF-8") << "UTF-8" << "UTF-8";
    QTest::newRow("big5") << "big5" << "Big5";
    QTest::newRow("latin1") << "iso-8859-1" << "";
}

void TstTextDecoder::canonicalNames()
{
    QFETCH(QString, label);
    QFETCH(QString, canonical);
    QCOMPARE(TextDecoder::canonicalEncoding(label), canonical);
}

QTEST_GUILESS_MAIN(TstTextDecoder)
#include "tst_textdecoder.moc"
