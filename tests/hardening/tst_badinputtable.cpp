// Why: the rows of the README "Robustness" table that no reader or library test covers — deeply nested
// HTML, one huge line, paths that cannot be read, and a disk that fills up during an import.
#include "LibraryChecks.h"
#include "../library/ReportTextGenerator.h"
#include "library/ReportLibrary.h"
#include "pipeline/DocumentLoader.h"
#include "pipeline/ReportPipeline.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <future>

namespace {

const QString Heading1 = QStringLiteral("一、加强组织领导");
const QString Figure = QStringLiteral("全年共办理行政复议案件205宗。");
const QString Heading2 = QStringLiteral("二、存在的问题");
const QString Closing = QStringLiteral("一是法治宣传形式单一。");

QByteArray repeated(const char *piece, int times)
{
    return QByteArray(piece).repeated(times);
}

} // namespace

class TstBadInputTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deepHtml_data();
    void deepHtml();
    void hugeSingleLine();
    void unreadablePath_data();
    void unreadablePath();
    void invalidUtf8Name();
    void fifoDoesNotHang();
    void diskFullDuringImport_data();
    void diskFullDuringImport();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TstBadInputTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TstBadInputTable::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstBadInputTable::deepHtml_data()
{
    QTest::addColumn<QByteArray>("html");
    constexpr int Depth = 100000;
    const QByteArray head = "<html><head><title>t</title></head><body><p>" + Heading1.toUtf8() + "</p>";
    const QByteArray body = "<p>" + Figure.toUtf8() + "</p><p>" + Heading2.toUtf8() + "</p><p>" + Closing.toUtf8() + "</p>";
    QTest::newRow("100000 nested div") << head + repeated("<div>", Depth) + body + repeated("</div>", Depth) + "</body></html>";
    QTest::newRow("100000 nested span") << head + repeated("<span>", Depth) + body + repeated("</span>", Depth) + "</body></html>";
    QTest::newRow("100000 unclosed div") << head + repeated("<div>", Depth) + body;
    QTest::newRow("100000 unclosed mixed") << head + repeated("<p><b><i><table><tr><td>", Depth / 5) + body;
    QTest::newRow("100000 stray closers") << head + repeated("</div></span>", Depth) + body + "</body></html>";
    QTest::newRow("unterminated comment and tag") << head + body + "<!-- " + repeated("<div ", Depth);
}

// Depth costs nothing: no recursion per level (a stack overflow) and no quadratic walk; the text survives.
void TstBadInputTable::deepHtml()
{
    QFETCH(QByteArray, html);
    const rl::Report r = rl::ReportPipeline().processBytes(html, QStringLiteral("deep.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, QStringLiteral("html"));
    QVERIFY2(r.text.contains(Heading1), qPrintable(r.text.left(300)));
    QVERIFY2(r.text.contains(Figure), qPrintable(r.text.left(300)));
    QVERIFY(r.text.contains(Heading2));
    QVERIFY(r.text.contains(Closing));
    QVERIFY(!r.text.contains(QLatin1String("<div")));
    QVERIFY(r.text.size() < 1000);   // tags are dropped, not kept as text
    QVERIFY(sectionCount(r.outline) >= 2);
    bool figureFound = false;
    for (const rl::Observation &o : r.observations)
        figureFound |= o.value == 205 && r.text.mid(o.offset, o.length).contains(QLatin1String("205"));
    QVERIFY(figureFound);
}

// 20 MB with no line break (a PDF export or a minified page saved as .txt): read whole, figures found.
void TstBadInputTable::hugeSingleLine()
{
    const QByteArray piece = QStringLiteral("推进依法行政,全年共办理劳动人事争议案件1234件,").toUtf8();
    QByteArray line = Heading1.toUtf8() + ' ';
    line.reserve(20 * 1024 * 1024 + 256);
    while (line.size() < 20 * 1024 * 1024)
        line += piece;
    line += QStringLiteral("报告结束标记。").toUtf8();
    QVERIFY(!line.contains('\n') && !line.contains('\r'));
    const QString path = write(QStringLiteral("oneline.txt"), line);
    const qsizetype bytes = line.size();
    line.clear();
    const rl::Report r = rl::ReportPipeline().process(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.text.size() > bytes / 4, qPrintable(QString::number(r.text.size())));
    QVERIFY(r.text.startsWith(Heading1));
    QVERIFY(r.text.endsWith(QStringLiteral("报告结束标记。")));
    QFile::remove(path);
}

void TstBadInputTable::unreadablePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reasonPart");
    const QString plain = write(QStringLiteral("plain.txt"), (Heading1 + u'\n' + Figure).toUtf8());
    QTest::newRow("through a file") << plain + QStringLiteral("/inside.txt") << "not found";
    QTest::newRow("through a missing folder") << m_dir.filePath(QStringLiteral("nowhere/at/all.txt")) << "not found";
    QTest::newRow("dangling symlink") << [this] {
        const QString link = m_dir.filePath(QStringLiteral("dangling.txt"));
        QFile::link(m_dir.filePath(QStringLiteral("gone.txt")), link);
        return link;
    }() << "not found";
    QTest::newRow("symlink loop") << [this] {
        const QString a = m_dir.filePath(QStringLiteral("loop-a.txt"));
        const QString b = m_dir.filePath(QStringLiteral("loop-b.txt"));
        QFile::link(b, a);
        QFile::link(a, b);
        return a;
    }() << "not found";
    QTest::newRow("device") << QStringLiteral("/dev/null") << "not a regular file";
}

// A path that leads nowhere readable: a reason, never a crash or a hang.
void TstBadInputTable::unreadablePath()
{
    QFETCH(QString, path);
    QFETCH(QString, reasonPart);
    auto pending = std::async(std::launch::async, [path] { return rl::ReportPipeline().process(path); });
    QVERIFY2(pending.wait_for(std::chrono::seconds(30)) == std::future_status::ready, "reading the path hung");
    const rl::Report r = pending.get();
    QVERIFY(!r.ok());
    QVERIFY(!r.error.trimmed().isEmpty());
    QVERIFY2(r.error.contains(reasonPart, Qt::CaseInsensitive), qPrintable(r.error));
    QVERIFY(r.text.isEmpty());
}

// A file name that is not valid UTF-8 (copied from an old GBK system): a folder import finds it and
// either reads it or names it with a reason; the other files import.
void TstBadInputTable::invalidUtf8Name()
{
    const QString binary = rl::test::reportlensBinary();
    if (!QFileInfo(binary).isExecutable())
        QSKIP("the reportlens executable is not built");
    const QString folder = m_dir.filePath(QStringLiteral("gbk-names"));
    QVERIFY(QDir().mkpath(folder));
    write(QStringLiteral("gbk-names/good.txt"), rl::test::generateReport(1).text.toUtf8());
    // "报告" in GBK: not UTF-8.
    const QByteArray rawName = QFile::encodeName(folder) + "/\xB1\xA8\xB8\xE6.txt";
    const int fd = ::open(rawName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    const QByteArray text = rl::test::generateReport(2).text.toUtf8();
    QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
    ::close(fd);
    // QTemporaryDir cannot remove a name it cannot decode.
    auto removeRaw = qScopeGuard([rawName] { ::unlink(rawName.constData()); });

    QProcess child;
    child.start(binary, {QStringLiteral("import"), QStringLiteral("--library"), m_dir.filePath(QStringLiteral("gbk.sqlite")), folder});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(out.contains(QStringLiteral("imported 1,")) || out.contains(QStringLiteral("imported 2,")), qPrintable(out + err));
    // Known gap (reported to the lead): Qt's QDirIterator does not list a name that does not decode (with
    // or without QDir::Readable), so the import says "imported 1, duplicates 0, failed 0" and the user never
    // learns a report was left out. A fix needs a native readdir() in LibraryImporter::collectFiles.
    QEXPECT_FAIL("", "a file whose name is not valid UTF-8 is skipped silently by the folder walk", Continue);
    QVERIFY2(out.contains(QStringLiteral("imported 2,")) || out.contains(QStringLiteral("failed 1")), qPrintable(out + err));
    if (child.exitCode() == 0) {
        QVERIFY2(out.contains(QStringLiteral("duplicates 0, failed 0")), qPrintable(out + err));
    } else {
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(out.contains(QStringLiteral("imported 1, duplicates 0, failed 1")), qPrintable(out + err));
        QVERIFY2(err.contains(QLatin1String(".txt: ")) && err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(err));
    }
}

// A named pipe given as a report: opening it for reading would wait for a writer forever. It is refused
// (or read to its end) without waiting for anybody.
void TstBadInputTable::fifoDoesNotHang()
{
    const QString path = m_dir.filePath(QStringLiteral("pipe.txt"));
    const QByteArray raw = QFile::encodeName(path);
    QCOMPARE(::mkfifo(raw.constData(), 0644), 0);
    auto pending = std::async(std::launch::async, [path] { return rl::ReportPipeline().process(path); });
    if (pending.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        // Unblock the reader so the test can end, then fail.
        const int fd = ::open(raw.constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        pending.wait();
        QFAIL("reading a FIFO blocked waiting for a writer");
    }
    const rl::Report r = pending.get();
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("not a regular file")), qPrintable(r.error));
    QVERIFY(r.text.isEmpty());
}

void TstBadInputTable::diskFullDuringImport_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::newRow("file size limit (RLIMIT_FSIZE)") << false;
    QTest::newRow("full tmpfs") << true;
}

// The disk fills up in the middle of an import: the import stops with a message naming the reason and a
// non-zero exit; the library still opens, every report stored before is intact, nothing is half-written.
void TstBadInputTable::diskFullDuringImport()
{
    QFETCH(bool, tmpfs);
    const QString binary = rl::test::reportlensBinary();
    if (!QFileInfo(binary).isExecutable())
        QSKIP("the reportlens executable is not built");

    QString libraryFolder = m_dir.filePath(tmpfs ? QStringLiteral("small-disk") : QStringLiteral("limited"));
    QVERIFY(QDir().mkpath(libraryFolder));
    bool mounted = false;
    auto unmount = qScopeGuard([&] {
        if (mounted)
            ::umount2(QFile::encodeName(libraryFolder).constData(), MNT_DETACH);
    });
    if (tmpfs) {
        if (::mount("tmpfs", QFile::encodeName(libraryFolder).constData(), "tmpfs", 0, "size=3m") != 0)
            QSKIP("cannot mount a small tmpfs here (needs root); the file-size-limit row covers the same path");
        mounted = true;
    }
    const QString library = libraryFolder + QStringLiteral("/library.sqlite");

    // A few reports first: these must survive.
    const QString before = m_dir.filePath(tmpfs ? QStringLiteral("before-t") : QStringLiteral("before-l"));
    for (int i = 0; i < 4; ++i)
        write(QFileInfo(before).fileName() + QStringLiteral("/b%1.txt").arg(i), rl::test::generateReport(100 + i).text.toUtf8());
    {
        QProcess first;
        first.start(binary, {QStringLiteral("import"), QStringLiteral("--library"), library, before});
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
    }
    QHash<QByteArray, int> stored;
    QHash<QByteArray, QString> texts;
    {
        rl::ReportLibrary lib;
        QString error;
        QVERIFY2(lib.open(library, &error), qPrintable(error));
        stored = rl::test::wholeReports(lib, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.size(), 4);
        for (const rl::ReportSummary &s : lib.reports())
            texts.insert(lib.report(s.id)->contentHash, lib.report(s.id)->text);
    }

    // Then many long reports: far more than the space left.
    const QString many = m_dir.filePath(tmpfs ? QStringLiteral("many-t") : QStringLiteral("many-l"));
    QString padding;
    for (int k = 0; k < 60; ++k)
        padding += QStringLiteral("我局持续开展劳动保障法律法规宣传,第%1轮培训覆盖基层窗口工作人员。\n").arg(k);
    for (int i = 0; i < 300; ++i)
        write(QFileInfo(many).fileName() + QStringLiteral("/m%1.txt").arg(i, 3, 10, QLatin1Char('0')),
              (rl::test::generateReport(1000 + i).text + padding).toUtf8());

    QProcess child;
    if (!tmpfs) {
        // Room for the library as it is plus a little: the WAL or the file hits the limit mid-import.
        const rlim_t limit = rlim_t(QFileInfo(library).size()) + 256 * 1024;
        child.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN);   // the write then fails with EFBIG instead of killing the process
            const rlimit rl{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &rl);
        });
    }
    child.start(binary, {QStringLiteral("import"), QStringLiteral("--library"), library, many});
    QVERIFY(child.waitForFinished(180000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() != 0, qPrintable(out.right(300)));
    const QStringList errLines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!errLines.isEmpty());
    qInfo("%s", qPrintable(QStringLiteral("%1 error lines, first: %2").arg(errLines.size()).arg(errLines.constFirst())));
    const QString reason = tmpfs ? QStringLiteral("disk is full") : QStringLiteral("disk");
    QVERIFY2(errLines.constFirst().contains(reason), qPrintable(errLines.constFirst()));
    // One line per report that was not stored, naming its file; the summary accounts for every file.
    for (const QString &line : errLines)
        QVERIFY2(line.startsWith(many + QLatin1Char('/')) && line.contains(reason), qPrintable(line));
    QVERIFY2(out.contains(QStringLiteral("imported %1, duplicates 0, failed %2").arg(300 - errLines.size()).arg(errLines.size())),
             qPrintable(out.right(300)));

    rl::ReportLibrary lib;
    QString error;
    QVERIFY2(lib.open(library, &error), qPrintable(error));
    const QHash<QByteArray, int> after = rl::test::wholeReports(lib, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(after.size() < 4 + 300, "the disk never filled up");
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        QVERIFY(after.contains(it.key()));
        QCOMPARE(after.value(it.key()), it.value());
        const qint64 id = lib.reportIdForHash(it.key());
        QCOMPARE(lib.report(id)->text, texts.value(it.key()));
    }
    lib.close();
    QCOMPARE(rl::test::sqliteIntegrity(library), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TstBadInputTable)
#include "tst_badinputtable.moc"
