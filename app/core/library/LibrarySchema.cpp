#include "library/LibrarySchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rl {

namespace {

// Version 1 (ReportLens 0.1): reports with their text inline, sections, extracted observations.
const char *const Version1[] = {
    "CREATE TABLE reports ("
    " id INTEGER PRIMARY KEY,"
    " content_hash TEXT NOT NULL UNIQUE,"
    " file TEXT NOT NULL,"
    " format TEXT NOT NULL,"
    " title TEXT, agency TEXT, province TEXT, city TEXT, district TEXT, level TEXT, year INTEGER, published TEXT,"
    " imported_at TEXT NOT NULL,"
    " text TEXT NOT NULL)",
    "CREATE TABLE sections ("
    " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    " ordinal INTEGER NOT NULL,"
    " depth INTEGER NOT NULL,"
    " level INTEGER NOT NULL,"
    " marker TEXT NOT NULL,"
    " title TEXT NOT NULL,"
    " start_offset INTEGER NOT NULL,"
    " end_offset INTEGER NOT NULL,"
    " PRIMARY KEY (report_id, ordinal)) WITHOUT ROWID",
    "CREATE TABLE observations ("
    " id INTEGER PRIMARY KEY,"
    " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    " indicator_id TEXT NOT NULL,"
    " value REAL NOT NULL,"
    " unit TEXT NOT NULL,"
    " approx INTEGER NOT NULL DEFAULT 0,"
    " derived INTEGER NOT NULL DEFAULT 0,"
    " is_part INTEGER NOT NULL DEFAULT 0,"
    " section TEXT NOT NULL DEFAULT '',"
    " quote TEXT NOT NULL DEFAULT '',"
    " text_offset INTEGER NOT NULL DEFAULT -1,"
    " text_length INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX observations_by_report ON observations(report_id)",
    "CREATE INDEX observations_by_indicator ON observations(indicator_id)",
};

// Version 2: the text moves to its own table (listing reports no longer reads every text) with a bigram
// full-text index over it; warnings kept; user corrections and observations added by hand.
const char *const Version2[] = {
    "CREATE TABLE report_texts ("
    " report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
    " text TEXT NOT NULL)",
    "INSERT INTO report_texts (report_id, text) SELECT id, text FROM reports",
    "ALTER TABLE reports DROP COLUMN text",
    "ALTER TABLE reports ADD COLUMN warnings TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE observations ADD COLUMN manual INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE observations ADD COLUMN added_at TEXT",
    // observation_id 0: a correction of the report's metadata field `field` (title, agency, …, year);
    // otherwise field 'value' (the corrected number) or 'rejected' of that observation.
    "CREATE TABLE corrections ("
    " id INTEGER PRIMARY KEY,"
    " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    " observation_id INTEGER NOT NULL DEFAULT 0,"
    " field TEXT NOT NULL,"
    " value TEXT,"
    " corrected_at TEXT NOT NULL,"
    " UNIQUE (report_id, observation_id, field))",
    "CREATE INDEX corrections_by_observation ON corrections(observation_id, field)",
    // The search index: bigram tokens (see SearchGrams), contentless (the tokens are derived from
    // report_texts, so no second copy is kept); positions are text offsets.
    "CREATE VIRTUAL TABLE report_grams USING fts5(grams, content='', tokenize='ascii')",
    // A 16 MB in-memory hash (default 1 MB) lets a batch of reports reach the disk as few segments: about
    // 40 % less indexing work for an import (stored in the index's config, so it holds for every connection).
    "INSERT INTO report_grams (report_grams, rank) VALUES ('hashsize', 16777216)",
    // Reports stored but not yet indexed: indexing many reports in one transaction is far cheaper than one
    // per transaction (FTS5 writes a segment per commit), so imports index in batches; a report is complete
    // without its index entry, and search() indexes what is pending first.
    "CREATE TABLE search_pending (report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE)",
    // Reports from version 1 are indexed by the first search.
    "INSERT INTO search_pending (report_id) SELECT report_id FROM report_texts",
};

struct Step
{
    const char *const *statements;
    int count;
};

template<int N>
Step step(const char *const (&statements)[N])
{
    return {statements, N};
}

} // namespace

int LibrarySchema::currentVersion()
{
    return 2;
}

bool LibrarySchema::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    return migrate(db, fromVersion, currentVersion(), error);
}

bool LibrarySchema::migrate(QSqlDatabase &db, int fromVersion, int toVersion, QString *error)
{
    const Step steps[] = {step(Version1), step(Version2)};
    QSqlQuery q(db);
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const Step &s = steps[version - 1];
        for (int i = 0; i < s.count; ++i) {
            if (!q.exec(QString::fromUtf8(s.statements[i]))) {
                if (error)
                    *error = q.lastError().databaseText();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            if (error)
                *error = q.lastError().databaseText();
            return false;
        }
    }
    return true;
}

} // namespace rl
