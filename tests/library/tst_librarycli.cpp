// Why: scripts and staff drive the library through `reportlens import/list/search/export/reextract`;
// these tests pin the contract (exit codes 0/1/2, errors on stderr naming the file, output shapes).

#include "ReportTextGenerator.h"
#include "TestPaths.h"
#include "library/ReportLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rl;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run reportlens(const QStringList &args)
{
    QProcess p;
    p.start(test::reportlensBinary(), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList lines(const QString &s)
{
    return s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestLibraryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importReportsEachFailureAndSummary();
    void reimportCountsDuplicates();
    void listOneLinePerReport();
    void searchPrintsHits();
    void exportCsv();
    void exportJson();
    void reextract();
    void missingLibraryIsAnInputError();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_folder;
    QString m_broken;
};

void TestLibraryCli::initTestCase()
{
    if (!QFileInfo(test::reportlensBinary()).isExecutable())
        QSKIP("the reportlens executable is not built");
    m_library = m_dir.filePath(QStringLiteral("lib/library.sqlite"));
    m_folder = m_dir.filePath(QStringLiteral("reports"));
    QDir().mkpath(m_folder + QStringLiteral("/sub"));
    for (int i = 0; i < 3; ++i) {
        QFile f(m_folder + (i == 2 ? QStringLiteral("/sub") : QString()) + QStringLiteral("/r%1.txt").arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::generateReport(200 + i).text.toUtf8());
    }
    m_broken = m_folder + QStringLiteral("/broken.pdf");
    QFile broken(m_broken);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a pdf at all");
}

// Good files are imported, the bad one is named on stderr with its reason, and the exit code says so.
void TestLibraryCli::importReportsEachFailureAndSummary()
{
    const Run r = reportlens({QStringLiteral("import"), QStringLiteral("--library"), m_library, m_folder});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("imported 3, duplicates 0, failed 1")), qPrintable(r.out));
    const QStringList errors = lines(r.err);
    QCOMPARE(errors.size(), 1);   // no progress line: stderr is not a terminal here
    QVERIFY(errors[0].startsWith(m_broken + QStringLiteral(": ")));
    QVERIFY(errors[0].size() > m_broken.size() + 3);
}

// Importing the same folder again stores nothing new and says which files were skipped.
void TestLibraryCli::reimportCountsDuplicates()
{
    const Run r = reportlens({QStringLiteral("import"), QStringLiteral("--library"), m_library, m_folder + QStringLiteral("/r0.txt"),
                              m_folder + QStringLiteral("/sub")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("imported 0, duplicates 2, failed 0")), qPrintable(r.out));
    QVERIFY(r.out.contains(m_folder + QStringLiteral("/r0.txt: already in the library")));
    QVERIFY(r.err.isEmpty());
}

// `list`: agency, year, level, file, tab-separated, one line per report.
void TestLibraryCli::listOneLinePerReport()
{
    const Run r = reportlens({QStringLiteral("list"), QStringLiteral("--library"), m_library});
    QCOMPARE(r.code, 0);
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 3);
    QSet<QString> files;
    for (const QString &row : rows) {
        const QStringList f = row.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 4);
        files.insert(f[3]);
        const int i = f[3].right(5).left(1).toInt();   // …/rN.txt
        QCOMPARE(f[0], test::generateReport(200 + i).agency);
        QCOMPARE(f[1], QString::number(test::generateReport(200 + i).year));
        QCOMPARE(f[2], QStringLiteral("city"));
    }
    QVERIFY(files.contains(m_folder + QStringLiteral("/sub/r2.txt")));
}

// `search`: one line per report with agency, year, file, offset, hit count and snippet.
void TestLibraryCli::searchPrintsHits()
{
    const Run r = reportlens({QStringLiteral("search"), QStringLiteral("--library"), m_library, QStringLiteral("仲裁")});
    QCOMPARE(r.code, 0);
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 3);
    for (const QString &row : rows) {
        const QStringList f = row.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 6);
        QVERIFY(f[3].toInt() > 0);
        QCOMPARE(f[4], QStringLiteral("2"));   // 调解仲裁工作, 仲裁结案率
        QVERIFY(f[5].contains(QStringLiteral("仲裁")));
    }
    const Run none = reportlens({QStringLiteral("search"), QStringLiteral("--library"), m_library, QStringLiteral("不存在的词语")});
    QCOMPARE(none.code, 0);
    QVERIFY(none.out.isEmpty());
}

// `export --format csv`: the header of the contract and one row per report × indicator.
void TestLibraryCli::exportCsv()
{
    const Run r = reportlens({QStringLiteral("export"), QStringLiteral("--library"), m_library, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    const QStringList rows = lines(r.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows[0], QStringLiteral("agency,year,id,value,unit,approx,derived,corrected,file"));

    ReportLibrary lib;
    QVERIFY(lib.open(m_library));
    QSet<QPair<qint64, QString>> pairs;
    for (const ObservationRecord &o : lib.observations())
        pairs.insert({o.reportId, o.indicatorId});
    QCOMPARE(rows.size() - 1, pairs.size());
    QSet<QString> seen;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList f = rows[i].split(QLatin1Char(','));
        QCOMPARE(f.size(), 9);
        QVERIFY2(!seen.contains(f[8] + f[2]), qPrintable(rows[i]));
        seen.insert(f[8] + f[2]);
        bool ok = false;
        f[3].toDouble(&ok);
        QVERIFY(ok);
        QVERIFY(f[5] == QLatin1String("true") || f[5] == QLatin1String("false"));
    }
}

// `export --format json`: the same rows as objects, numbers as numbers, unknowns as null.
void TestLibraryCli::exportJson()
{
    const Run csv = reportlens({QStringLiteral("export"), QStringLiteral("--library"), m_library});
    const Run r = reportlens({QStringLiteral("export"), QStringLiteral("--library"), m_library, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), lines(csv.out).size() - 1);   // csv is the default format
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"agency", "year", "id", "value", "unit", "approx", "derived", "corrected"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("value")).isDouble());
        QVERIFY(o.value(QStringLiteral("year")).isDouble());
        QVERIFY(o.value(QStringLiteral("corrected")).isBool());
    }
}

void TestLibraryCli::reextract()
{
    const Run r = reportlens({QStringLiteral("reextract"), QStringLiteral("--library"), m_library});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("re-extracted 3 reports\n"));
}

// Reading commands do not create an empty library where none is; they name the path.
void TestLibraryCli::missingLibraryIsAnInputError()
{
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/library.sqlite"));
    for (const char *command : {"list", "export", "reextract"}) {
        const Run r = reportlens({QLatin1String(command), QStringLiteral("--library"), missing});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(missing + QStringLiteral(": ")));
    }
    QVERIFY(!QFileInfo::exists(missing));
}

void TestLibraryCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("import without files") << QStringList{QStringLiteral("import")};
    QTest::newRow("search without query") << QStringList{QStringLiteral("search")};
    QTest::newRow("export unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("list unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
    QTest::newRow("list extra argument") << QStringList{QStringLiteral("list"), QStringLiteral("extra")};
}

void TestLibraryCli::usageErrors()
{
    QFETCH(QStringList, args);
    args << QStringLiteral("--library") << m_library;
    const Run r = reportlens(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_librarycli.moc"
