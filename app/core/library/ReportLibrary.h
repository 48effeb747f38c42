#pragma once

#include "library/ImportOutcome.h"
#include "library/ObservationRecord.h"
#include "library/ReportSummary.h"
#include "library/SearchHit.h"
#include "model/Report.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace rl {

// The persistent corpus of reports (SQLite through Qt SQL, WAL mode). This ONE class owns every SQL
// statement, so a shared server database can replace it later without touching its users.
//
// Not thread-safe: Qt SQL connections belong to the thread that opened them, so use one instance per
// thread (each gets its own uniquely named connection). Several instances, threads and processes may
// open the same file; SQLite serialises the writers.
//
// Corrections never overwrite what was extracted: the original value stays, the correction is kept beside
// it with its time, and every reader (report(), observations(), reports()) applies it.
class ReportLibrary final
{
public:
    ReportLibrary();
    ~ReportLibrary();
    Q_DISABLE_COPY_MOVE(ReportLibrary)

    // QStandardPaths::AppDataLocation/library.sqlite (the folder is created on open).
    static QString defaultPath();

    // Opens (creating and migrating when needed). Refuses, with a reason in `error`: a file written by a
    // newer ReportLens (newer schema), a read-only file or folder, a library locked by another program,
    // a file that is not a library.
    bool open(const QString &path, QString *error = nullptr);
    QString path() const;
    bool isOpen() const;
    void close();

    int schemaVersion() const;              // of the open file (after migration: currentSchemaVersion())
    static int currentSchemaVersion();

    // How long a statement waits for another writer before giving up as "locked" (default 5000 ms).
    void setBusyTimeout(int milliseconds);

    // --- import ---------------------------------------------------------------------------------------
    // One transaction: either the whole report (row, text, sections, observations) is stored or nothing.
    // Duplicate (with the existing id) when a report with the same content hash is stored already.
    ImportOutcome addReport(const Report &report);
    // Same, for many reports with prepared statements reused: one transaction per report.
    QList<ImportOutcome> addReports(const QList<Report> &reports);
    bool containsHash(const QByteArray &contentHash) const;
    qint64 reportIdForHash(const QByteArray &contentHash) const;   // -1 when absent
    QSet<QByteArray> contentHashes() const;   // every stored hash (importers skip known files early)
    // Adds the reports stored since the last call to the search index, in one transaction. addReport()
    // leaves that for later because batches index several times faster; search() calls it first, and
    // importers call it every few hundred reports.
    bool updateSearchIndex(QString *error = nullptr);
    int pendingSearchIndexCount() const;

    // --- reading --------------------------------------------------------------------------------------
    QList<ReportSummary> reports() const;    // ordered by agency, year, id
    int reportCount() const;
    // Text, outline, metadata (corrected) and observations with correction flags applied; rejected
    // observations are included (flag `rejected`) so the UI can show and un-reject them.
    std::optional<Report> report(qint64 id) const;
    // The metadata as extracted, before any correction.
    std::optional<ReportMeta> extractedMeta(qint64 id) const;
    bool removeReport(qint64 id, QString *error = nullptr);

    // --- corrections (the extracted original is kept; comparisons use the corrected value) --------------
    // Fields that differ from the extracted metadata become corrections; fields equal to it clear theirs.
    bool correctMeta(qint64 reportId, const ReportMeta &meta, QString *error = nullptr);
    bool correctValue(qint64 observationId, double value, QString *error = nullptr);
    bool clearCorrection(qint64 observationId, QString *error = nullptr);   // undo of correctValue
    bool rejectObservation(qint64 observationId, bool rejected, QString *error = nullptr);
    // Adds a value found by hand (flag `manual`); survives re-extraction. Returns its id or -1.
    qint64 addManualObservation(qint64 reportId, const Observation &observation, QString *error = nullptr);
    bool removeManualObservation(qint64 observationId, QString *error = nullptr);

    // --- re-extraction ----------------------------------------------------------------------------------
    // Recomputes the observations of every report from its stored normalised text and outline (files are
    // not re-read), keeping every correction. A correction follows its observation to the new extraction
    // when a new observation has the same indicator id and offset, else the same indicator id and quote;
    // when none matches, the old observation stays as a manual one with its correction, never lost.
    // `progress` (may be empty) is called after each report; returning false cancels (done reports stay).
    bool reextractAll(const std::function<bool(int done, int total)> &progress, QString *error = nullptr);
    bool reextract(qint64 reportId, QString *error = nullptr);

    // --- search -----------------------------------------------------------------------------------------
    // Full text over all reports, best first (bm25), with a snippet around the first hit. Any query of 2+
    // characters goes through the bigram index (see SearchGrams); a single character is a bounded scan.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // --- comparisons ------------------------------------------------------------------------------------
    // Effective values of the given indicators (all when empty): rejected excluded, derived and manual
    // included, ordered by indicator, agency, year.
    QList<ObservationRecord> observations(const QStringList &indicatorIds = {}) const;

    QString lastError() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace rl
