// Why: `reportlens chart` and `reportlens matrix` are how briefings get their figures without a display;
// they must read a real library, draw offscreen, write files of the requested size and report misuse.
#include "ComparisonFixture.h"

#include "TestPaths.h"
#include "library/ReportLibrary.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rl;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run reportlens(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));   // the command must choose offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(test::reportlensBinary(), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Report report(const QString &agency, int year, const QList<QPair<QString, double>> &values)
{
    Report r;
    r.file = agency + QString::number(year) + QStringLiteral(".txt");
    r.format = QStringLiteral("txt");
    r.contentHash = QCryptographicHash::hash(r.file.toUtf8(), QCryptographicHash::Sha256).toHex();
    r.meta.agency = agency;
    r.meta.province = QStringLiteral("广东省");
    r.meta.city = agency.left(3);
    r.meta.level = AgencyLevel::City;
    r.meta.year = year;
    r.meta.title = agency + QString::number(year) + QStringLiteral("年法治政府建设年度报告");
    r.text = r.meta.title + QStringLiteral("\n一、工作情况\n");
    for (const auto &v : values) {
        Observation o;
        o.id = v.first;
        o.value = v.second;
        o.unit = v.first == QLatin1String("mediation_rate") ? QStringLiteral("%") : QStringLiteral("件");
        o.quote = QStringLiteral("%1为%2").arg(v.first).arg(v.second);
        o.offset = r.text.size();
        o.length = o.quote.size();
        r.text += o.quote + QStringLiteral("。\n");
        r.observations << o;
    }
    return r;
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += qGray(image.pixel(x, y)) < 235 ? 1 : 0;
    return n;
}

} // namespace

class TestChartCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chartWritesPngOfTheRequestedSize();
    void chartFormatsAndTypes_data();
    void chartFormatsAndTypes();
    void matrixCsvAndXlsx();
    void usageErrors_data();
    void usageErrors();
    void seedsChart();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestChartCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(test::reportlensBinary()));
    m_library = m_dir.filePath(QStringLiteral("lib.sqlite"));
    ReportLibrary library;
    QString error;
    QVERIFY2(library.open(m_library, &error), qPrintable(error));
    const QString sz = test::shenzhen(), dg = test::dongguan(), gz = test::guangzhou();
    const QString cases = QStringLiteral("dispute_cases"), rate = QStringLiteral("mediation_rate");
    for (const Report &r : {report(sz, 2020, {{cases, 1200}, {rate, 70}}), report(sz, 2021, {{cases, 1500}}),
                            report(dg, 2020, {{cases, 900}, {rate, 75}}), report(dg, 2022, {{cases, 1100}}),
                            report(gz, 2021, {{cases, 2000}}), report(gz, 2022, {{cases, 2400}, {rate, 80}})}) {
        const ImportOutcome outcome = library.addReport(r);
        QVERIFY2(outcome.reportId >= 0, qPrintable(outcome.error));
    }
}

void TestChartCli::chartWritesPngOfTheRequestedSize()
{
    const QString png = m_dir.filePath(QStringLiteral("x.png"));
    const Run r = reportlens({QStringLiteral("chart"), QStringLiteral("--library"), m_library, QStringLiteral("--indicator"),
                              QStringLiteral("dispute_cases"), QStringLiteral("--out"), png, QStringLiteral("--width"),
                              QStringLiteral("1000"), QStringLiteral("--height"), QStringLiteral("700")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1000, 700));
    QVERIFY(inkPixels(image) > 1000 * 700 / 4 / 50);
}

void TestChartCli::chartFormatsAndTypes_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("line svg") << QStringList{QStringLiteral("--type"), QStringLiteral("line")} << QStringLiteral("l.svg")
                              << QByteArray("<?xml");
    QTest::newRow("rank pdf en") << QStringList{QStringLiteral("--type"), QStringLiteral("rank"), QStringLiteral("--lang"), QStringLiteral("en")}
                                 << QStringLiteral("r.pdf") << QByteArray("%PDF");
    QTest::newRow("scatter png")
        << QStringList{QStringLiteral("--type"), QStringLiteral("scatter"), QStringLiteral("--indicator"), QStringLiteral("mediation_rate")}
        << QStringLiteral("s.png") << QByteArray("\x89PNG");
    QTest::newRow("two agencies, years") << QStringList{QStringLiteral("--agencies"), QStringLiteral("东莞市,广州市"),
                                                        QStringLiteral("--years"), QStringLiteral("2021-2022")}
                                         << QStringLiteral("a.png") << QByteArray("\x89PNG");
}

void TestChartCli::chartFormatsAndTypes()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, file);
    QFETCH(QByteArray, magic);
    const QString path = m_dir.filePath(file);
    QStringList args{QStringLiteral("chart"), QStringLiteral("--library"), m_library, QStringLiteral("--indicator"),
                     QStringLiteral("dispute_cases"), QStringLiteral("--out"), path};
    // A scatter's first indicator is the y axis.
    if (extra.contains(QStringLiteral("scatter")))
        args = QStringList{QStringLiteral("chart"), QStringLiteral("--library"), m_library, QStringLiteral("--out"), path,
                           QStringLiteral("--indicator"), QStringLiteral("dispute_cases")};
    const Run r = reportlens(args + extra);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(magic.size()) == magic);
}

void TestChartCli::matrixCsvAndXlsx()
{
    const QString csv = m_dir.filePath(QStringLiteral("m.csv"));
    Run r = reportlens({QStringLiteral("matrix"), QStringLiteral("--library"), m_library, QStringLiteral("--indicator"),
                        QStringLiteral("dispute_cases"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).contains(QStringLiteral("东莞市人力资源和社会保障局,广东省,市级,900,,1100,件")), qPrintable(lines.at(1)));

    const QString xlsx = m_dir.filePath(QStringLiteral("m.xlsx"));
    r = reportlens({QStringLiteral("matrix"), QStringLiteral("--library"), m_library, QStringLiteral("--indicator"),
                    QStringLiteral("dispute_cases"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                    QStringLiteral("--out"), xlsx});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile x(xlsx);
    QVERIFY(x.open(QIODevice::ReadOnly));
    QVERIFY(x.read(2) == "PK");
}

void TestChartCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no out") << QStringList{QStringLiteral("chart"), QStringLiteral("--indicator"), QStringLiteral("dispute_cases")}
                            << 2 << QStringLiteral("--out");
    QTest::newRow("bad type") << QStringList{QStringLiteral("chart"), QStringLiteral("--indicator"), QStringLiteral("dispute_cases"),
                                             QStringLiteral("--type"), QStringLiteral("pie"), QStringLiteral("--out"), QStringLiteral("x.png")}
                              << 2 << QStringLiteral("pie");
    QTest::newRow("scatter needs two") << QStringList{QStringLiteral("chart"), QStringLiteral("--indicator"), QStringLiteral("dispute_cases"),
                                                      QStringLiteral("--type"), QStringLiteral("scatter"), QStringLiteral("--out"), QStringLiteral("x.png")}
                                       << 2 << QStringLiteral("two indicators");
    QTest::newRow("bad format") << QStringList{QStringLiteral("matrix"), QStringLiteral("--indicator"), QStringLiteral("dispute_cases"),
                                               QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("--out"), QStringLiteral("x.ods")}
                                << 2 << QStringLiteral("ods");
}

void TestChartCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = reportlens(args + QStringList{QStringLiteral("--library"), m_library});
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

// The briefing case: the seeds imported with `reportlens import`, then the default chart.
void TestChartCli::seedsChart()
{
    RL_REQUIRE_CORPUS();
    const QString library = m_dir.filePath(QStringLiteral("seeds.sqlite"));
    Run r = reportlens(QStringList{QStringLiteral("import"), QStringLiteral("--library"), library} + test::corpusFiles());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString png = m_dir.filePath(QStringLiteral("seeds.png"));
    r = reportlens({QStringLiteral("chart"), QStringLiteral("--library"), library, QStringLiteral("--indicator"),
                    QStringLiteral("dispute_cases"), QStringLiteral("--out"), png});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 800));
    QVERIFY(inkPixels(image) > 1200 * 800 / 4 / 50);
}

QTEST_GUILESS_MAIN(TestChartCli)
#include "tst_chartcli.moc"
