// Why: the library keeps staff's reports and corrections for years; these tests pin the storage contract
// (round trip, duplicates, migrations, corrections across re-extraction, search, refusals with reasons).

#include "ReportTextGenerator.h"
#include "TestPaths.h"
#include "library/LibraryImporter.h"
#include "library/LibrarySchema.h"
#include "library/ReportLibrary.h"
#include "pipeline/ReportPipeline.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rl;

namespace {

Report pipelineReport(int index, const QString &file = QString())
{
    const test::GeneratedReport g = test::generateReport(index);
    const QString name = file.isEmpty() ? QStringLiteral("generated-%1.txt").arg(index) : file;
    return ReportPipeline().processBytes(g.text.toUtf8(), name);
}

// A pipeline report whose observations are set by hand (two figures at their exact places), so storage
// tests do not depend on what the extractor currently finds.
Report storedReport(int index)
{
    Report r = pipelineReport(index);
    const test::GeneratedReport g = test::generateReport(index);
    r.observations.clear();
    auto add = [&](const QString &id, int value, const QString &quote) {
        Observation o;
        o.id = id;
        o.value = value;
        o.unit = QStringLiteral("件");
        o.quote = quote;
        o.offset = r.text.indexOf(quote);
        o.length = quote.size();
        o.section = sectionPathAt(r.outline, o.offset);
        r.observations.append(o);
    };
    add(QStringLiteral("dispute_cases"), g.disputeCases, QStringLiteral("受理劳动人事争议案件%1件").arg(g.disputeCases));
    add(QStringLiteral("reconsideration_cases"), g.reconsiderationCases,
        QStringLiteral("共办理行政复议案件%1宗").arg(g.reconsiderationCases));
    return r;
}

Report pipelineReportFromText(const QString &text, const QString &name)
{
    return ReportPipeline().processBytes(text.toUtf8(), name);
}

// A raw connection for what the API deliberately does not offer (inspecting and tampering with the file).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        { QSqlDatabase::database(m_name).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }

private:
    QString m_name;
};

const Observation *findObservation(const Report &r, const QString &id)
{
    for (const Observation &o : r.observations) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestReportLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshLibrary();
    void reimportIsDuplicate();
    void migrationFromVersion1();
    void correctionSurvivesReextraction();
    void correctionWithoutMatchBecomesManual();
    void metaCorrection();
    void search_data();
    void search();
    void removeReport();
    void importerFoldersAndFailures();
    void importerInBackground();
    void importerCancel();
    void killedImportLeavesConsistentLibrary();
    void readOnlyLibrary();
    void lockedLibrary();
    void newerSchemaRefused();
    void notALibrary();

private:
    QTemporaryDir m_dir;
    QString newPath(const QString &name) { return m_dir.filePath(name); }
};

// A new file gets the current schema in WAL mode, and a stored report reads back exactly.
void TestReportLibrary::freshLibrary()
{
    const QString path = newPath(QStringLiteral("fresh/library.sqlite"));
    ReportLibrary lib;
    QString error;
    QVERIFY2(lib.open(path, &error), qPrintable(error));
    QCOMPARE(lib.schemaVersion(), ReportLibrary::currentSchemaVersion());
    QCOMPARE(lib.reportCount(), 0);
    QVERIFY(lib.reports().isEmpty());

    const Report original = storedReport(3);
    QVERIFY(original.ok());
    QCOMPARE(original.observations.size(), 2);
    QVERIFY(original.observations[0].offset > 0);
    QVERIFY(sectionCount(original.outline) >= 5);
    const ImportOutcome outcome = lib.addReport(original);
    QCOMPARE(outcome.status, ImportOutcome::Imported);
    QVERIFY(outcome.reportId > 0);

    const std::optional<Report> stored = lib.report(outcome.reportId);
    QVERIFY(stored);
    QCOMPARE(stored->libraryId, outcome.reportId);
    QCOMPARE(stored->text, original.text);
    QCOMPARE(stored->outline, original.outline);
    QCOMPARE(stored->meta, original.meta);
    QCOMPARE(stored->contentHash, original.contentHash);
    QCOMPARE(stored->observations.size(), original.observations.size());
    for (const Observation &o : stored->observations) {
        QVERIFY(o.libraryId > 0);
        QVERIFY(!o.corrected && !o.rejected && !o.manual);
    }
    const Observation *dispute = findObservation(*stored, QStringLiteral("dispute_cases"));
    QVERIFY(dispute);
    QCOMPARE(dispute->value, double(test::generateReport(3).disputeCases));
    QCOMPARE(stored->text.mid(dispute->offset, dispute->length), dispute->quote);

    const QList<ReportSummary> summaries = lib.reports();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries[0].agency, test::generateReport(3).agency);
    QCOMPARE(summaries[0].year, std::optional<int>(test::generateReport(3).year));
    QCOMPARE(summaries[0].observationCount, int(original.observations.size()));
    QCOMPARE(summaries[0].file, QStringLiteral("generated-3.txt"));
    QVERIFY(!summaries[0].metaCorrected);
    QVERIFY(summaries[0].importedAt.isValid());

    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), ReportLibrary::currentSchemaVersion());
}

// The same content twice is one report; re-importing a folder imports nothing new.
void TestReportLibrary::reimportIsDuplicate()
{
    const QString path = newPath(QStringLiteral("dup.sqlite"));
    ReportLibrary lib;
    QVERIFY(lib.open(path));
    const ImportOutcome first = lib.addReport(pipelineReport(1));
    QVERIFY2(first.status == ImportOutcome::Imported, qPrintable(first.error));
    const ImportOutcome second = lib.addReport(pipelineReport(1, QStringLiteral("copy-elsewhere.txt")));
    QCOMPARE(second.status, ImportOutcome::Duplicate);
    QCOMPARE(second.reportId, first.reportId);
    QCOMPARE(lib.reportCount(), 1);

    const QString folder = newPath(QStringLiteral("dup-folder"));
    for (int i = 10; i < 14; ++i)
        writeFile(folder + QStringLiteral("/r%1.txt").arg(i), test::generateReport(i).text.toUtf8());
    LibraryImporter importer(path);
    const QList<ImportOutcome> run1 = importer.run({folder});
    QCOMPARE(run1.size(), 4);
    for (const ImportOutcome &o : run1)
        QCOMPARE(o.status, ImportOutcome::Imported);
    const QList<ImportOutcome> run2 = importer.run({folder});
    QCOMPARE(run2.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(run2[i].status, ImportOutcome::Duplicate);
        QCOMPARE(run2[i].reportId, run1[i].reportId);
    }
    QCOMPARE(lib.reportCount(), 5);
}

// A library written by schema version 1 (committed as SQL) opens, is upgraded in place and keeps its data.
void TestReportLibrary::migrationFromVersion1()
{
    QFile sql(test::fixture(QStringLiteral("library/library-v1.sql")));
    QVERIFY2(sql.open(QIODevice::ReadOnly), qPrintable(sql.fileName()));
    const QString path = newPath(QStringLiteral("v1.sqlite"));
    {
        RawConnection raw(path);
        const QStringList statements = QString::fromUtf8(sql.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &s : statements) {
            if (!s.trimmed().isEmpty())
                QVERIFY(raw.exec(s));
        }
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    ReportLibrary lib;
    QString error;
    QVERIFY2(lib.open(path, &error), qPrintable(error));
    QCOMPARE(lib.schemaVersion(), 2);
    const QList<ReportSummary> summaries = lib.reports();
    QCOMPARE(summaries.size(), 2);
    QCOMPARE(summaries[0].agency, QStringLiteral("江海市人力资源和社会保障局"));
    QCOMPARE(summaries[0].year, std::optional<int>(2019));
    QCOMPARE(summaries[0].level, AgencyLevel::City);

    const std::optional<Report> r = lib.report(summaries[0].id);
    QVERIFY(r);
    QVERIFY(r->text.startsWith(QStringLiteral("江海市人力资源和社会保障局2019年法治政府建设年度报告")));
    QCOMPARE(sectionCount(r->outline), 3);
    QCOMPARE(r->outline.size(), 2);
    QCOMPARE(r->outline[0].children.size(), 1);
    QCOMPARE(r->outline[0].children[0].marker, QStringLiteral("(一)"));
    const Observation *dispute = findObservation(*r, QStringLiteral("dispute_cases"));
    QVERIFY(dispute);
    QCOMPARE(dispute->value, 1234.0);
    QCOMPARE(r->text.mid(dispute->offset, dispute->length), dispute->quote);

    // What version 2 added works on the migrated data: search (index built by the migration) and corrections.
    const QList<SearchHit> hits = lib.search(QStringLiteral("劳动人事争议"));
    QCOMPARE(hits.size(), 2);
    QVERIFY(lib.correctValue(dispute->libraryId, 1300));
    QCOMPARE(lib.report(summaries[0].id)->observations.size(), r->observations.size());
    QVERIFY(findObservation(*lib.report(summaries[0].id), QStringLiteral("dispute_cases"))->corrected);
    lib.close();

    // Opening again does not migrate twice.
    QVERIFY(lib.open(path));
    QCOMPARE(lib.schemaVersion(), 2);
    QCOMPARE(lib.reportCount(), 2);
}

// A corrected value, a rejection and a value added by hand all survive re-extraction.
void TestReportLibrary::correctionSurvivesReextraction()
{
    ReportLibrary lib;
    QVERIFY(lib.open(newPath(QStringLiteral("reextract.sqlite"))));
    const Report extracted = pipelineReport(5);
    if (!findObservation(extracted, QStringLiteral("dispute_cases")) || !findObservation(extracted, QStringLiteral("reconsideration_cases")))
        QSKIP("the extractor does not find dispute_cases and reconsideration_cases in the generated report yet");
    const ImportOutcome added = lib.addReport(extracted);
    QVERIFY2(added.reportId > 0, qPrintable(added.error));
    const qint64 id = added.reportId;
    const Report before = *lib.report(id);
    const Observation *dispute = findObservation(before, QStringLiteral("dispute_cases"));
    const Observation *reconsideration = findObservation(before, QStringLiteral("reconsideration_cases"));
    QVERIFY(dispute && reconsideration);

    QVERIFY(lib.correctValue(dispute->libraryId, 4321));
    QVERIFY(lib.rejectObservation(reconsideration->libraryId, true));
    Observation manual;
    manual.id = QStringLiteral("petitions");
    manual.value = 77;
    manual.unit = QStringLiteral("件");
    manual.quote = QStringLiteral("信访77件");
    const qint64 manualId = lib.addManualObservation(id, manual);
    QVERIFY(manualId > 0);

    QString error;
    int calls = 0;
    QVERIFY2(lib.reextractAll([&](int done, int total) { ++calls; return done <= total; }, &error), qPrintable(error));
    QCOMPARE(calls, 1);

    const Report after = *lib.report(id);
    QCOMPARE(after.observations.size(), before.observations.size() + 1);
    const Observation *d2 = findObservation(after, QStringLiteral("dispute_cases"));
    QVERIFY(d2);
    QVERIFY(d2->corrected);
    QCOMPARE(d2->correctedValue, 4321.0);
    QCOMPARE(d2->value, dispute->value);           // the extracted original is kept
    QCOMPARE(d2->offset, dispute->offset);
    QVERIFY(!d2->manual);
    QVERIFY(d2->correctedAt.isValid());
    QVERIFY(findObservation(after, QStringLiteral("reconsideration_cases"))->rejected);
    const Observation *m2 = findObservation(after, QStringLiteral("petitions"));
    QVERIFY(m2 && m2->manual);
    QCOMPARE(m2->value, 77.0);

    // Comparisons see the corrected value, not the rejected one, and the manual one.
    const QList<ObservationRecord> records = lib.observations({QStringLiteral("dispute_cases"), QStringLiteral("reconsideration_cases"),
                                                               QStringLiteral("petitions")});
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].indicatorId, QStringLiteral("dispute_cases"));
    QCOMPARE(records[0].value, 4321.0);
    QVERIFY(records[0].corrected);
    QCOMPARE(records[0].agency, test::generateReport(5).agency);
    QCOMPARE(records[0].year, test::generateReport(5).year);
    QCOMPARE(records[1].indicatorId, QStringLiteral("petitions"));
    QVERIFY(records[1].manual);

    // Undo: clearing the correction brings back the extracted value; un-rejecting brings the value back.
    QVERIFY(lib.clearCorrection(d2->libraryId));
    QVERIFY(lib.rejectObservation(findObservation(after, QStringLiteral("reconsideration_cases"))->libraryId, false));
    const QList<ObservationRecord> undone = lib.observations({QStringLiteral("dispute_cases"), QStringLiteral("reconsideration_cases")});
    QCOMPARE(undone.size(), 2);
    QCOMPARE(undone[0].value, dispute->value);
    QVERIFY(!undone[0].corrected);
}

// When the extractor no longer finds a corrected value, the value stays as a manual observation.
void TestReportLibrary::correctionWithoutMatchBecomesManual()
{
    const QString path = newPath(QStringLiteral("orphan.sqlite"));
    ReportLibrary lib;
    QVERIFY(lib.open(path));
    const qint64 id = lib.addReport(storedReport(6)).reportId;
    QVERIFY(id > 0);
    const Report before = *lib.report(id);
    const Observation *dispute = findObservation(before, QStringLiteral("dispute_cases"));
    QVERIFY(dispute);
    QVERIFY(lib.correctValue(dispute->libraryId, 999));
    {
        // As if an older extractor had found this figure elsewhere in the text under another wording.
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE observations SET text_offset = 3, quote = '旧的说法' WHERE id = %1").arg(dispute->libraryId)));
    }
    QVERIFY(lib.reextractAll({}));
    const Report after = *lib.report(id);
    // What the extractor finds now, plus the corrected one kept.
    const Report extracted = pipelineReport(6);
    int extractedDisputes = 0;
    for (const Observation &o : extracted.observations)
        extractedDisputes += o.id == QLatin1String("dispute_cases") ? 1 : 0;
    QCOMPARE(after.observations.size(), extracted.observations.size() + 1);
    int kept = 0, fresh = 0;
    for (const Observation &o : after.observations) {
        if (o.id != QLatin1String("dispute_cases"))
            continue;
        if (o.manual) {
            ++kept;
            QVERIFY(o.corrected);
            QCOMPARE(o.correctedValue, 999.0);
            QCOMPARE(o.quote, QStringLiteral("旧的说法"));
        } else {
            ++fresh;
            QVERIFY(!o.corrected);
        }
    }
    QCOMPARE(kept, 1);
    QCOMPARE(fresh, extractedDisputes);
}

// Metadata corrections override what was detected, keep the original, and drive the summaries.
void TestReportLibrary::metaCorrection()
{
    ReportLibrary lib;
    QVERIFY(lib.open(newPath(QStringLiteral("meta.sqlite"))));
    const qint64 id = lib.addReport(storedReport(2)).reportId;
    QVERIFY(id > 0);
    const ReportMeta extracted = *lib.extractedMeta(id);
    ReportMeta corrected = extracted;
    corrected.agency = QStringLiteral("测试县人力资源和社会保障局");
    corrected.level = AgencyLevel::County;
    corrected.year = 2011;
    QVERIFY(lib.correctMeta(id, corrected));
    QCOMPARE(lib.report(id)->meta, corrected);
    QCOMPARE(*lib.extractedMeta(id), extracted);
    const ReportSummary s = lib.reports().constFirst();
    QVERIFY(s.metaCorrected);
    QCOMPARE(s.agency, corrected.agency);
    QCOMPARE(s.level, AgencyLevel::County);
    QCOMPARE(s.year, std::optional<int>(2011));
    QCOMPARE(lib.observations().constFirst().year, 2011);

    // Back to the detected values: no correction is left.
    QVERIFY(lib.correctMeta(id, extracted));
    QVERIFY(!lib.reports().constFirst().metaCorrected);
    QCOMPARE(lib.report(id)->meta, extracted);
}

void TestReportLibrary::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::addColumn<bool>("specialFirst");
    // 2-character terms are the common case for staff (仲裁, 调解, 欠薪, 复议) and need the fallback.
    QTest::newRow("2 chars, everywhere, special ranks first") << QStringLiteral("仲裁") << 7 << true;
    QTest::newRow("2 chars, only the special report") << QStringLiteral("庭审") << 1 << true;
    QTest::newRow("2 chars, in generated reports only") << QStringLiteral("欠薪") << 6 << false;
    QTest::newRow("3 chars") << QStringLiteral("劳动者") << 6 << false;
    QTest::newRow("3 chars, special only") << QStringLiteral("仲裁庭") << 1 << true;
    QTest::newRow("6 chars") << QStringLiteral("法治政府建设") << 7 << false;
    QTest::newRow("6 chars, special only") << QStringLiteral("智慧仲裁平台") << 1 << true;
    QTest::newRow("1 char") << QStringLiteral("薪") << 6 << false;
    QTest::newRow("absent") << QStringLiteral("不存在的词语") << 0 << false;
    QTest::newRow("absent 2 chars") << QStringLiteral("鲸鱼") << 0 << false;
    QTest::newRow("quote character") << QStringLiteral("a\"b") << 0 << false;
    // Bigrams with ASCII punctuation, spaces or letters are single index tokens too; letters fold case.
    QTest::newRow("punctuation inside") << QStringLiteral("+调解") << 1 << true;
    QTest::newRow("ASCII, other case") << QStringLiteral("abc模式") << 1 << true;
    QTest::newRow("space inside") << QStringLiteral("平台 ABC") << 1 << true;
}

// Search finds 1-, 2-, 3- and 6-character phrases, ranks by relevance and points at the hit.
void TestReportLibrary::search()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    QFETCH(bool, specialFirst);

    static ReportLibrary *lib = nullptr;
    static qint64 specialId = -1;
    if (!lib) {
        lib = new ReportLibrary;
        QVERIFY(lib->open(newPath(QStringLiteral("search.sqlite"))));
        for (int i = 20; i < 26; ++i)
            QCOMPARE(lib->addReport(pipelineReport(i)).status, ImportOutcome::Imported);
        const QString special = QStringLiteral(
            "嘉兴市人力资源和社会保障局2021年法治政府建设年度报告\n\n一、推进智慧仲裁\n\n"
            "建成智慧仲裁平台,开通网上仲裁庭,实现庭审全程录音录像。仲裁员队伍进一步加强。\n"
            "推行互联网+调解的智慧平台 ABC模式。\n");
        const ImportOutcome o = lib->addReport(pipelineReportFromText(special, QStringLiteral("special.txt")));
        QCOMPARE(o.status, ImportOutcome::Imported);
        specialId = o.reportId;
    }

    const QList<SearchHit> result = lib->search(query);
    QCOMPARE(result.size(), hits);
    for (const SearchHit &h : result) {
        const Report r = *lib->report(h.reportId);
        QCOMPARE(r.text.mid(h.offset, h.length).toLower(), query.toLower());
        QVERIFY(h.snippet.contains(query, Qt::CaseInsensitive));
        QCOMPARE(h.snippetOffset + h.snippet.indexOf(query, 0, Qt::CaseInsensitive), h.offset);
        QVERIFY(h.hitCount >= 1);
        QCOMPARE(h.agency, r.meta.agency);
        QVERIFY(!h.file.isEmpty());
    }
    if (specialFirst)
        QCOMPARE(result.constFirst().reportId, specialId);
    for (int i = 1; i < result.size(); ++i)
        QVERIFY(result[i - 1].rank >= result[i].rank);
}

// Removing a report removes its rows and its search entries.
void TestReportLibrary::removeReport()
{
    ReportLibrary lib;
    const QString path = newPath(QStringLiteral("remove.sqlite"));
    QVERIFY(lib.open(path));
    const qint64 a = lib.addReport(storedReport(30)).reportId;
    QVERIFY(a > 0);
    const qint64 b = lib.addReport(pipelineReport(31)).reportId;
    QVERIFY(lib.correctValue(lib.report(a)->observations.constFirst().libraryId, 5));
    QCOMPARE(lib.search(QStringLiteral("法治政府建设")).size(), 2);
    QString error;
    QVERIFY2(lib.removeReport(a, &error), qPrintable(error));
    QVERIFY(!lib.report(a));
    QCOMPARE(lib.reportCount(), 1);
    const QList<SearchHit> hits = lib.search(QStringLiteral("法治政府建设"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].reportId, b);
    QVERIFY(!lib.removeReport(a, &error));
    QVERIFY(error.contains(QString::number(a)));
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM observations WHERE report_id = %1").arg(a)).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM corrections")).toInt(), 0);
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO report_grams(report_grams) VALUES('integrity-check')")));
}

// Folders are walked recursively for report files; a bad file is listed with its reason and the rest imports.
void TestReportLibrary::importerFoldersAndFailures()
{
    const QString folder = newPath(QStringLiteral("tree"));
    writeFile(folder + QStringLiteral("/a.txt"), test::generateReport(40).text.toUtf8());
    writeFile(folder + QStringLiteral("/sub/b.htm"),
              QByteArray("<html><body><p>") + test::generateReport(41).text.toUtf8().replace("\n", "</p><p>") + "</p></body></html>");
    writeFile(folder + QStringLiteral("/sub/deeper/c.TXT"), test::generateReport(42).text.toUtf8());
    writeFile(folder + QStringLiteral("/sub/broken.pdf"), QByteArray("this is not a pdf"));
    writeFile(folder + QStringLiteral("/notes.md"), QByteArray("ignored"));
    const QStringList files = LibraryImporter::collectFiles({folder, folder + QStringLiteral("/a.txt")});
    QCOMPARE(files.size(), 4);
    QVERIFY(files.constFirst().endsWith(QStringLiteral("/a.txt")));
    QVERIFY(!files.join(QLatin1Char(' ')).contains(QStringLiteral("notes.md")));

    LibraryImporter importer(newPath(QStringLiteral("tree.sqlite")));
    QSignalSpy progress(&importer, &LibraryImporter::progress);
    const QList<ImportOutcome> outcomes = importer.run({folder, newPath(QStringLiteral("missing.txt"))});
    QCOMPARE(outcomes.size(), 5);
    QCOMPARE(progress.size(), 5);
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    int imported = 0, failed = 0;
    for (const ImportOutcome &o : outcomes) {
        if (o.status == ImportOutcome::Imported)
            ++imported;
        if (o.status == ImportOutcome::Failed) {
            ++failed;
            QVERIFY2(!o.error.isEmpty(), qPrintable(o.file));
            QVERIFY(o.file.endsWith(QStringLiteral("broken.pdf")) || o.file.endsWith(QStringLiteral("missing.txt")));
        }
    }
    QCOMPARE(imported, 3);
    QCOMPARE(failed, 2);

    LibraryImporter refused(QStringLiteral("/proc/reportlens-no-such-dir/library.sqlite"));
    QVERIFY(refused.run({folder}).isEmpty());
    QVERIFY(!refused.libraryError().isEmpty());
}

// The GUI path: start() returns at once, progress and finished arrive in the caller's thread.
void TestReportLibrary::importerInBackground()
{
    const QString folder = newPath(QStringLiteral("bg"));
    for (int i = 50; i < 70; ++i)
        writeFile(folder + QStringLiteral("/r%1.txt").arg(i), test::generateReport(i).text.toUtf8());
    LibraryImporter importer(newPath(QStringLiteral("bg.sqlite")));
    QSignalSpy finished(&importer, &LibraryImporter::finished);
    QThread *progressThread = nullptr;
    connect(&importer, &LibraryImporter::progress, this, [&] { progressThread = QThread::currentThread(); });
    importer.start({folder});
    QVERIFY(finished.wait(60000));
    QVERIFY(!importer.isRunning());
    QCOMPARE(progressThread, QThread::currentThread());
    QCOMPARE(importer.outcomes().size(), 20);
    ReportLibrary lib;
    QVERIFY(lib.open(newPath(QStringLiteral("bg.sqlite"))));
    QCOMPARE(lib.reportCount(), 20);
}

// Cancel stops a background import early; what was stored stays whole and the rest can follow later.
void TestReportLibrary::importerCancel()
{
    const QString folder = newPath(QStringLiteral("cancel"));
    constexpr int Files = 400;
    for (int i = 0; i < Files; ++i)
        writeFile(folder + QStringLiteral("/r%1.txt").arg(i, 3, 10, QLatin1Char('0')), test::generateReport(3000 + i).text.toUtf8());
    const QString path = newPath(QStringLiteral("cancel.sqlite"));
    LibraryImporter importer(path);
    QSignalSpy finished(&importer, &LibraryImporter::finished);
    connect(&importer, &LibraryImporter::progress, &importer, [&](int done) {
        if (done == 5)
            importer.cancel();
    });
    importer.start({folder});
    QVERIFY(importer.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(importer.wasCancelled());
    const int stored = int(importer.outcomes().size());
    QVERIFY(stored >= 5);
    QVERIFY2(stored < Files, "the cancel came too late to matter");
    ReportLibrary lib;
    QVERIFY(lib.open(path));
    QCOMPARE(lib.reportCount(), stored);
    QCOMPARE(lib.search(QStringLiteral("法治政府建设")).size(), std::min(stored, 50));

    const QList<ImportOutcome> rest = LibraryImporter(path).run({folder});
    QCOMPARE(rest.size(), Files);
    QCOMPARE(lib.reportCount(), Files);
}

// A `reportlens import` killed mid-way leaves only whole reports, and importing again completes.
void TestReportLibrary::killedImportLeavesConsistentLibrary()
{
    const QString binary = test::reportlensBinary();
    if (!QFileInfo(binary).isExecutable())
        QSKIP("the reportlens executable is not built");
    const QString folder = newPath(QStringLiteral("many"));
    constexpr int Files = 1200;
    for (int i = 0; i < Files; ++i)
        writeFile(folder + QStringLiteral("/r%1.txt").arg(i, 4, 10, QLatin1Char('0')), test::generateReport(1000 + i).text.toUtf8());
    const QString path = newPath(QStringLiteral("killed.sqlite"));

    QProcess child;
    child.start(binary, {QStringLiteral("import"), QStringLiteral("--library"), path, folder});
    QVERIFY(child.waitForStarted());
    // Kill as soon as some reports are in: the import is then certainly mid-way.
    int seen = 0;
    for (int attempt = 0; attempt < 3000 && seen == 0; ++attempt) {
        QTest::qWait(5);
        if (QFileInfo::exists(path)) {
            RawConnection raw(path);
            seen = raw.scalar(QStringLiteral("SELECT count(*) FROM reports")).toInt();
        }
    }
    QVERIFY(seen > 0);
    child.kill();   // SIGKILL
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    ReportLibrary lib;
    QString error;
    QVERIFY2(lib.open(path, &error), qPrintable(error));
    const int stored = lib.reportCount();
    QVERIFY(stored > 0);
    QVERIFY2(stored < Files, "the import finished before it was killed");
    {
        RawConnection raw(path);
        // Every report row is whole: its text, sections and observations were stored with it.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_texts t WHERE t.report_id = r.id)"
                                           " OR NOT EXISTS (SELECT 1 FROM sections s WHERE s.report_id = r.id)")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM report_texts")).toInt(), stored);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO report_grams(report_grams) VALUES('integrity-check')")));
    }
    const ReportPipeline pipeline;
    for (const ReportSummary &s : lib.reports()) {
        const Report r = *lib.report(s.id);
        const Report expected = pipeline.process(s.file);
        QCOMPARE(r.text, expected.text);
        QCOMPARE(r.outline, expected.outline);
        QCOMPARE(r.observations.size(), expected.observations.size());
    }
    lib.close();

    QProcess again;
    again.start(binary, {QStringLiteral("import"), QStringLiteral("--library"), path, folder});
    QVERIFY(again.waitForFinished(120000));
    QCOMPARE(again.exitCode(), 0);
    const QString summary = QString::fromUtf8(again.readAllStandardOutput());
    QVERIFY2(summary.contains(QStringLiteral("imported %1, duplicates %2, failed 0").arg(Files - stored).arg(stored)), qPrintable(summary.right(200)));
    QVERIFY(lib.open(path));
    QCOMPARE(lib.reportCount(), Files);
}

// A library file or folder without write permission is refused with a reason (also when running as root,
// where SQLite itself would ignore the permission bits).
void TestReportLibrary::readOnlyLibrary()
{
    const QString folder = newPath(QStringLiteral("ro"));
    const QString path = folder + QStringLiteral("/library.sqlite");
    {
        ReportLibrary lib;
        QVERIFY(lib.open(path));
        QCOMPARE(lib.addReport(pipelineReport(60)).status, ImportOutcome::Imported);
    }
    QFile file(path);
    const QFileDevice::Permissions original = file.permissions();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ReportLibrary lib;
    QString error;
    QVERIFY(!lib.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QVERIFY(!lib.isOpen());
    QCOMPARE(lib.addReport(pipelineReport(61)).status, ImportOutcome::Failed);
    QVERIFY(file.setPermissions(original));

    QFile dir(folder);
    const QFileDevice::Permissions dirOriginal = dir.permissions();
    QVERIFY(dir.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther));
    error.clear();
    QVERIFY(!lib.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QVERIFY(dir.setPermissions(dirOriginal));
    QVERIFY(lib.open(path, &error));
    QCOMPARE(lib.reportCount(), 1);
}

// Another program holding the write lock: open and writes fail with "locked", nothing crashes, and the
// library works again once the lock is gone.
void TestReportLibrary::lockedLibrary()
{
    const QString path = newPath(QStringLiteral("locked.sqlite"));
    ReportLibrary writer;
    QVERIFY(writer.open(path));
    writer.setBusyTimeout(100);
    {
        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO corrections (report_id, observation_id, field, value, corrected_at) VALUES (0, 0, 'x', '', '')")));

        ReportLibrary lib;
        lib.setBusyTimeout(100);
        QString error;
        QVERIFY(!lib.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));

        const ImportOutcome outcome = writer.addReport(pipelineReport(70));
        QCOMPARE(outcome.status, ImportOutcome::Failed);
        QVERIFY2(outcome.error.contains(QStringLiteral("locked")), qPrintable(outcome.error));
        QCOMPARE(writer.reportCount(), 0);   // reading still works under a write lock (WAL)
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    }
    QCOMPARE(writer.addReport(pipelineReport(70)).status, ImportOutcome::Imported);
}

// A file from a newer ReportLens is refused, not damaged.
void TestReportLibrary::newerSchemaRefused()
{
    const QString path = newPath(QStringLiteral("newer.sqlite"));
    {
        ReportLibrary lib;
        QVERIFY(lib.open(path));
    }
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(ReportLibrary::currentSchemaVersion() + 1)));
    }
    ReportLibrary lib;
    QString error;
    QVERIFY(!lib.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY(error.contains(QString::number(ReportLibrary::currentSchemaVersion() + 1)));
    QVERIFY(!lib.isOpen());
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), ReportLibrary::currentSchemaVersion() + 1);
}

// Neither a random file nor someone else's SQLite database is taken for a library.
void TestReportLibrary::notALibrary()
{
    const QString junk = newPath(QStringLiteral("junk.sqlite"));
    writeFile(junk, QByteArray(4096, 'x'));
    ReportLibrary lib;
    QString error;
    QVERIFY(!lib.open(junk, &error));
    QVERIFY2(error.contains(QStringLiteral("not a ReportLens library")), qPrintable(error));

    const QString foreign = newPath(QStringLiteral("foreign.sqlite"));
    {
        RawConnection raw(foreign);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE t (x)")));
    }
    error.clear();
    QVERIFY(!lib.open(foreign, &error));
    QVERIFY2(error.contains(QStringLiteral("not a ReportLens library")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReportLibrary)
#include "tst_reportlibrary.moc"
