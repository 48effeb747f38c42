// Why: people import whatever is in a folder; every bad file must give a readable result or an
// error that names the reason — never a crash, a hang, or binary garbage shown as a report.
#include "pipeline/ReportPipeline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TestEncoding.h"

#include <unistd.h>

namespace {

using rl::test::gb18030;

const QString Sample = QStringLiteral("某某市人力资源和社会保障局2021年法治政府建设年度报告\n"
                                      "一、加强组织领导\n全年共办理行政复议案件205宗。\n"
                                      "二、存在的问题\n一是法治宣传形式单一。\n");

} // namespace

class TstBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void readable_data();
    void readable();
    void largeTextFile();
    void unreadableFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TstBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TstBadInput::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstBadInput::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("empty") << write(QStringLiteral("empty.txt"), QByteArray()) << "empty";
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("no-such-file.txt")) << "not found";
    QTest::newRow("directory") << m_dir.path() << "folder";

    QFile elf(QStringLiteral("/bin/true"));
    QVERIFY(elf.open(QIODevice::ReadOnly));
    const QByteArray elfBytes = elf.readAll();
    QTest::newRow("elf as txt") << write(QStringLiteral("program.txt"), elfBytes) << "ELF";
    QTest::newRow("elf as html") << write(QStringLiteral("program.html"), elfBytes) << "ELF";

    // A real PNG when the system has one, else a minimal header and chunk.
    QByteArray png;
    QFile logo(QStringLiteral("/usr/share/pixmaps/debian-logo.png"));
    if (logo.open(QIODevice::ReadOnly))
        png = logo.readAll();
    else
        png = QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1F\xF3\xFF\x61", 33);
    QTest::newRow("png as txt") << write(QStringLiteral("image.txt"), png) << "PNG";
    QTest::newRow("png without suffix") << write(QStringLiteral("image"), png) << "PNG";

    QByteArray noEncoding;
    for (int i = 0; i < 200; ++i)
        noEncoding += "\xFF\xFE\xFF\x80 report ";
    QTest::newRow("no encoding fits") << write(QStringLiteral("mojibake.txt"), noEncoding.mid(2)) << "no supported encoding";
    QTest::newRow("fake pdf") << write(QStringLiteral("fake.pdf"), Sample.toUtf8()) << "PDF";
    QTest::newRow("fake docx") << write(QStringLiteral("fake.docx"), Sample.toUtf8()) << "docx";
    QTest::newRow("legacy doc") << write(QStringLiteral("old.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'))
                                << ".doc";
}

void TstBadInput::refused()
{
    QFETCH(QString, path);
    QFETCH(QString, reasonPart);
    const rl::Report r = rl::ReportPipeline().process(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(reasonPart, Qt::CaseInsensitive), qPrintable(r.error));
    QVERIFY(r.text.isEmpty());
    QVERIFY(r.outline.isEmpty());
}

void TstBadInput::readable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("encoding"); // documented through the text that must survive

    QByteArray truncated = gb18030(Sample);
    truncated.chop(1); // inside the last two-byte character
    QTest::newRow("truncated gb18030") << write(QStringLiteral("truncated.txt"), truncated) << "GB18030";

    QByteArray invalid;
    for (int i = 0; i < 30; ++i)
        invalid += Sample.toUtf8();
    invalid.insert(invalid.size() / 3, "\xC3\x28"); // an invalid two-byte sequence
    QTest::newRow("invalid utf8 inside") << write(QStringLiteral("invalid.txt"), invalid) << "UTF-8";

    QByteArray cut = Sample.toUtf8();
    cut.chop(3); // "。\n" loses its last bytes
    QTest::newRow("truncated utf8") << write(QStringLiteral("cut.txt"), cut) << "UTF-8";

    QTest::newRow("html named txt") << write(QStringLiteral("page.txt"), QStringLiteral("<html><body><p>%1</p></body></html>")
                                                                             .arg(QString(Sample).replace(QLatin1Char('\n'), QLatin1String("<br>")))
                                                                             .toUtf8())
                                    << "UTF-8";
    QTest::newRow("utf16 html named txt")
        << write(QStringLiteral("page16.txt"),
                 QByteArray("\xFF\xFE")
                     + QByteArray(reinterpret_cast<const char *>(
                                      QStringLiteral("<html><body><p>%1</p></body></html>").arg(QString(Sample).replace(QLatin1Char('\n'), QLatin1String("<br>"))).utf16()),
                                  qsizetype(sizeof(char16_t))
                                      * QStringLiteral("<html><body><p>%1</p></body></html>").arg(QString(Sample).replace(QLatin1Char('\n'), QLatin1String("<br>"))).size()))
        << "UTF-16LE";
    QTest::newRow("only whitespace") << write(QStringLiteral("blank.txt"), QByteArray(" \n\r\n\t \n")) << "";
}

void TstBadInput::readable()
{
    QFETCH(QString, path);
    QFETCH(QString, encoding);
    const rl::Report r = rl::ReportPipeline().process(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    if (encoding.isEmpty()) {
        QVERIFY(r.text.isEmpty());
        QVERIFY(r.outline.isEmpty());
        return;
    }
    // The sane text: the headings survive and no control characters leak.
    QVERIFY2(r.text.contains(QStringLiteral("一、加强组织领导")), qPrintable(r.text.left(200)));
    QVERIFY(r.text.contains(QStringLiteral("全年共办理行政复议案件205宗")));
    for (QChar c : r.text)
        QVERIFY(c.unicode() >= 0x20 || c == u'\n');
    QVERIFY(r.outline.size() >= 2);
    QCOMPARE(r.outline.first().title, QStringLiteral("加强组织领导"));
}

// 50 MB of report text is read and outlined (no quadratic step, no refusal below the limit).
void TstBadInput::largeTextFile()
{
    QByteArray chunk;
    for (int i = 0; i < 20; ++i)
        chunk += QStringLiteral("(%1)推进依法行政。全年共办理行政复议案件 %2 宗,调解成功率达 97.4%。\n").arg(i + 1).arg(i * 7).toUtf8();
    QByteArray big = Sample.toUtf8();
    big.reserve(50 * 1024 * 1024 + chunk.size());
    while (big.size() < 50 * 1024 * 1024)
        big += chunk;
    const QString path = write(QStringLiteral("big.txt"), big);
    big.clear();
    const rl::Report r = rl::ReportPipeline().process(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.text.size() > 10 * 1024 * 1024);
    QVERIFY(r.text.contains(QStringLiteral("案件 7宗,调解成功率达 97.4%。")));
    QVERIFY(!r.outline.isEmpty());
    QFile::remove(path);
}

void TstBadInput::unreadableFile()
{
    const QString path = write(QStringLiteral("secret.txt"), Sample.toUtf8());
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    if (::access(QFile::encodeName(path).constData(), R_OK) == 0)
        QSKIP("running with privileges that read any file (root): permission cannot be tested here");
    const rl::Report r = rl::ReportPipeline().process(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("permission")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"
