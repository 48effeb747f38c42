// Why (issue 8 item 4): a `reportlens import` or `reportlens reextract` can die at any instant (power cut,
// kill, crash); the library must still open, hold only whole reports, and a later import must complete.
#include "LibraryChecks.h"
#include "../library/ReportTextGenerator.h"
#include "library/ReportLibrary.h"
#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

namespace {

constexpr int Files = 1000;
constexpr int Rounds = 15;
// Kill instants are random, so a fast machine may finish (or not start writing) before many of them: rounds
// go on past Rounds until enough kills landed mid-way, up to this many.
constexpr int MaxRounds = 60;
constexpr int MidwayKillsWanted = 3;
// Kills in a row on one library (each import resumes the last); then a fresh library, so that later rounds
// still have most of the import ahead of them.
constexpr int RoundsPerLibrary = 3;

} // namespace

class TstKillSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedImport();
    void killedReextract();
    void newerSchemaUntouched();

private:
    // Runs the binary to the end; returns its wall time in ms (the upper bound for random kill delays).
    qint64 runToEnd(const QStringList &args, QString *output = nullptr);
    // Starts the binary, kills it (SIGKILL) after `delayMs`; false when it had finished by then.
    bool runAndKill(const QStringList &args, int delayMs);
    // Checks the library after a kill; *count receives how many reports it holds.
    void verifyWhole(const QString &path, const char *when, int round, int *count = nullptr);

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_folder;
    QString m_cleanPath;
    QHash<QByteArray, int> m_clean;   // content hash → observations, from an uninterrupted import
    qsizetype m_cleanObservations = 0;
    qint64 m_importMs = 0;
    qint64 m_reextractMs = 0;
    QRandomGenerator m_random{QRandomGenerator::global()->generate()};
};

void TstKillSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const quint32 seed = QRandomGenerator::global()->generate();
    m_random.seed(seed);
    qInfo("kill delays from seed %u", seed);
    m_binary = rl::test::reportlensBinary();
    if (!QFileInfo(m_binary).isExecutable())
        QSKIP("the reportlens executable is not built");
    m_folder = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(m_folder));
    for (int i = 0; i < Files; ++i) {
        QFile f(m_folder + QStringLiteral("/r%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rl::test::generateReport(5000 + i).text.toUtf8());
    }
    // The reference: one uninterrupted import, and how long a full import and re-extraction take here.
    m_cleanPath = m_dir.filePath(QStringLiteral("clean.sqlite"));
    QString output;
    m_importMs = runToEnd({QStringLiteral("import"), QStringLiteral("--library"), m_cleanPath, m_folder}, &output);
    QVERIFY2(output.contains(QStringLiteral("imported %1, duplicates 0, failed 0").arg(Files)), qPrintable(output));
    m_reextractMs = runToEnd({QStringLiteral("reextract"), QStringLiteral("--library"), m_cleanPath}, &output);
    QVERIFY2(output.contains(QStringLiteral("re-extracted %1 reports").arg(Files)), qPrintable(output));
    rl::ReportLibrary clean;
    QString error;
    QVERIFY2(clean.open(m_cleanPath, &error), qPrintable(error));
    m_clean = rl::test::wholeReports(clean, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_clean.size(), Files);
    m_cleanObservations = clean.observations().size();
    QVERIFY(m_cleanObservations >= Files);
    qInfo("full import %lld ms, full re-extraction %lld ms for %d reports", m_importMs, m_reextractMs, Files);
}

qint64 TstKillSafety::runToEnd(const QStringList &args, QString *output)
{
    QElapsedTimer timer;
    timer.start();
    QProcess child;
    child.start(m_binary, args);
    if (!child.waitForFinished(120000))
        qFatal("reportlens %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    const qint64 ms = timer.elapsed();
    if (output)
        *output = QString::fromUtf8(child.readAllStandardOutput()) + QString::fromUtf8(child.readAllStandardError());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        qWarning("reportlens %s: exit %d: %s", qPrintable(args.join(QLatin1Char(' '))), child.exitCode(),
                 qPrintable(QString::fromUtf8(child.readAllStandardError())));
    return ms;
}

bool TstKillSafety::runAndKill(const QStringList &args, int delayMs)
{
    QProcess child;
    child.start(m_binary, args);
    if (!child.waitForStarted())
        qFatal("cannot start %s", qPrintable(m_binary));
    const bool finished = child.waitForFinished(delayMs);
    if (!finished) {
        child.kill();   // SIGKILL: no destructor, no rollback, no checkpoint runs in the child
        child.waitForFinished();
    }
    return !finished;
}

void TstKillSafety::verifyWhole(const QString &path, const char *when, int round, int *count)
{
    const QString where = QStringLiteral("%1 round %2: ").arg(QLatin1String(when)).arg(round);
    {
        rl::ReportLibrary library;
        QString error;
        QVERIFY2(library.open(path, &error), qPrintable(where + error));
        const QHash<QByteArray, int> stored = rl::test::wholeReports(library, &error);
        QVERIFY2(error.isEmpty(), qPrintable(where + error));
        QCOMPARE(library.reportCount(), int(stored.size()));
        if (count)
            *count = library.reportCount();
        // Each stored report carries exactly the observations an uninterrupted run gives it: a report is
        // stored (or re-extracted) whole or not at all.
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            QVERIFY2(m_clean.contains(it.key()), qPrintable(where + QLatin1String("unknown report ") + QString::fromLatin1(it.key())));
            QVERIFY2(m_clean.value(it.key()) == it.value(),
                     qPrintable(where + QStringLiteral("%1 observations, %2 in a clean import").arg(it.value()).arg(m_clean.value(it.key()))));
        }
    }
    QCOMPARE(rl::test::sqliteIntegrity(path), QStringLiteral("ok"));
}

// Imports killed at random instants, each resuming where the last one died.
void TstKillSafety::killedImport()
{
    QString path;
    int killed = 0;
    int midway = 0;   // kills that left some but not all reports stored
    int rounds = 0;
    for (int round = 0; round < MaxRounds && (round < Rounds || midway < MidwayKillsWanted); ++round, ++rounds) {
        path = m_dir.filePath(QStringLiteral("killed-import-%1.sqlite").arg(round / RoundsPerLibrary));
        const int delay = int(m_random.bounded(quint32(m_importMs) + 1));
        killed += runAndKill({QStringLiteral("import"), QStringLiteral("--library"), path, m_folder}, delay);
        if (QFileInfo::exists(path)) {
            int count = 0;
            verifyWhole(path, "import", round, &count);
            midway += count > 0 && count < Files;
        }
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of %d imports killed, %d of them with part of the reports stored", killed, rounds, midway);
    QVERIFY2(midway >= MidwayKillsWanted, qPrintable(QStringLiteral("only %1 of %2 imports were killed with part of the reports stored").arg(midway).arg(rounds)));

    // Each killed library completes with one more import and then equals the uninterrupted one.
    for (int group = 0; group * RoundsPerLibrary < rounds; ++group) {
        path = m_dir.filePath(QStringLiteral("killed-import-%1.sqlite").arg(group));
        QString output;
        runToEnd({QStringLiteral("import"), QStringLiteral("--library"), path, m_folder}, &output);
        QVERIFY2(output.contains(QStringLiteral("failed 0")), qPrintable(output));
        rl::ReportLibrary library;
        QVERIFY(library.open(path));
        QString error;
        QCOMPARE(rl::test::wholeReports(library, &error), m_clean);
        QCOMPARE(library.reportCount(), Files);
        QCOMPARE(library.observations().size(), m_cleanObservations);
        library.close();
        QCOMPARE(rl::test::sqliteIntegrity(path), QStringLiteral("ok"));
    }
}

// How many reports hold observations newer than `previousMaxId` (re-extraction replaces a report's
// observations, so their row ids grow); *maxId receives the largest observation id now stored.
static int reportsWithObservationsAfter(const QString &path, qint64 previousMaxId, qint64 *maxId)
{
    rl::ReportLibrary library;
    if (!library.open(path))
        return -1;
    int fresh = 0;
    *maxId = previousMaxId;
    for (const rl::ReportSummary &s : library.reports()) {
        const std::optional<rl::Report> r = library.report(s.id);
        qint64 lowest = std::numeric_limits<qint64>::max();
        for (const rl::Observation &o : r->observations) {
            lowest = std::min(lowest, o.libraryId);
            *maxId = std::max(*maxId, o.libraryId);
        }
        fresh += lowest > previousMaxId;
    }
    return fresh;
}

// Re-extractions killed at random instants: every report keeps a whole set of observations.
void TstKillSafety::killedReextract()
{
    const QString path = m_dir.filePath(QStringLiteral("killed-reextract.sqlite"));
    QVERIFY(QFile::copy(m_cleanPath, path));
    qint64 maxId = 0;
    reportsWithObservationsAfter(path, 0, &maxId);
    int midway = 0;   // kills after some but not all reports were re-extracted
    int rounds = 0;
    for (int round = 0; round < MaxRounds && (round < Rounds || midway < MidwayKillsWanted); ++round, ++rounds) {
        const int delay = int(m_random.bounded(quint32(m_reextractMs) + 1));
        runAndKill({QStringLiteral("reextract"), QStringLiteral("--library"), path}, delay);
        verifyWhole(path, "reextract", round);
        if (QTest::currentTestFailed())
            return;
        const int fresh = reportsWithObservationsAfter(path, maxId, &maxId);
        midway += fresh > 0 && fresh < Files;
    }
    qInfo("%d of %d re-extractions killed with part of the reports re-extracted", midway, rounds);
    QVERIFY2(midway >= MidwayKillsWanted, qPrintable(QStringLiteral("only %1 of %2 re-extractions were killed mid-way").arg(midway).arg(rounds)));
    QString output;
    runToEnd({QStringLiteral("reextract"), QStringLiteral("--library"), path}, &output);
    QVERIFY2(output.contains(QStringLiteral("re-extracted %1 reports").arg(Files)), qPrintable(output));
    verifyWhole(path, "reextract", rounds);
}

// A library written by a newer ReportLens: refused by the program with a message saying so, and not one
// byte of it changes (no migration, no WAL checkpoint, no rewrite).
void TstKillSafety::newerSchemaUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(QFile::copy(m_cleanPath, path));
    const int newer = rl::ReportLibrary::currentSchemaVersion() + 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = rl::test::fileSha256(path);
    QVERIFY(!before.isEmpty());

    {
        rl::ReportLibrary library;
        QString error;
        QVERIFY(!library.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(QString::number(newer)), qPrintable(error));
    }
    for (const QStringList &args : {QStringList{QStringLiteral("import"), QStringLiteral("--library"), path, m_folder},
                                    QStringList{QStringLiteral("reextract"), QStringLiteral("--library"), path},
                                    QStringList{QStringLiteral("list"), QStringLiteral("--library"), path}}) {
        QProcess child;
        child.start(m_binary, args);
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() != 0, qPrintable(args.constFirst()));
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("newer")), qPrintable(args.constFirst() + QLatin1String(": ") + err));
        QCOMPARE(rl::test::fileSha256(path), before);
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

QTEST_GUILESS_MAIN(TstKillSafety)
#include "tst_killsafety.moc"
