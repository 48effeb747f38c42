#include "library/ReportLibrary.h"

#include "library/LibrarySchema.h"
#include "library/SearchGrams.h"
#include "pipeline/ReportPipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <unordered_map>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::ReportLibrary", text);
}

// Section paths are stored joined by the ASCII unit separator, which never occurs in normalised text.
const QChar SectionSeparator(0x1f);

// SQLite primary result codes that deserve their own message (the driver reports them as text).
enum SqliteCode { SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteFull = 13, SqliteCantOpen = 14, SqliteNotADb = 26 };

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get an empty string instead.
QString notNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 17);
}

// The metadata fields a correction may name, in a fixed order.
const char *const MetaFields[] = {"title", "agency", "province", "city", "district", "level", "year", "published"};

QString metaField(const ReportMeta &m, const QString &field)
{
    if (field == QLatin1String("title")) return m.title;
    if (field == QLatin1String("agency")) return m.agency;
    if (field == QLatin1String("province")) return m.province;
    if (field == QLatin1String("city")) return m.city;
    if (field == QLatin1String("district")) return m.district;
    if (field == QLatin1String("level")) return agencyLevelKey(m.level);
    if (field == QLatin1String("year")) return m.year ? QString::number(*m.year) : QString();
    if (field == QLatin1String("published")) return m.published.isValid() ? m.published.toString(Qt::ISODate) : QString();
    return {};
}

void setMetaField(ReportMeta &m, const QString &field, const QString &value)
{
    if (field == QLatin1String("title")) m.title = value;
    else if (field == QLatin1String("agency")) m.agency = value;
    else if (field == QLatin1String("province")) m.province = value;
    else if (field == QLatin1String("city")) m.city = value;
    else if (field == QLatin1String("district")) m.district = value;
    else if (field == QLatin1String("level")) m.level = agencyLevelFromKey(value);
    else if (field == QLatin1String("year")) {
        bool ok = false;
        const int y = value.toInt(&ok);
        m.year = ok ? std::optional<int>(y) : std::nullopt;
    } else if (field == QLatin1String("published")) m.published = QDate::fromString(value, Qt::ISODate);
}

struct FlatSection
{
    int depth;
    const Section *section;
};

void flatten(const Outline &outline, int depth, QList<FlatSection> &out)
{
    for (const Section &s : outline) {
        out.append({depth, &s});
        flatten(s.children, depth + 1, out);
    }
}

struct SectionRow
{
    int depth;
    Section section;
};

Outline buildOutline(const QList<SectionRow> &rows, int &i, int depth)
{
    Outline out;
    while (i < rows.size() && rows[i].depth >= depth) {
        Section s = rows[i].section;
        ++i;
        s.children = buildOutline(rows, i, depth + 1);
        out.append(std::move(s));
    }
    return out;
}

} // namespace

class ReportLibrary::Private
{
public:
    QString connectionName;
    QSqlDatabase db;
    QString path;
    QString lastError;
    int version = 0;
    int busyTimeout = 5000;
    // Prepared once per connection, keyed by the literal's address (each call site has its own). Node-based
    // with heap-held queries, so a reference stays valid while more statements are prepared.
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> statements;

    QSqlQuery &prepared(const char *sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto q = std::make_unique<QSqlQuery>(db);
            q->setForwardOnly(true);
            q->prepare(QString::fromUtf8(sql));
            it = statements.emplace(sql, std::move(q)).first;
        }
        return *it->second;
    }

    QString describe(const QSqlError &e) const
    {
        bool ok = false;
        const int code = e.nativeErrorCode().toInt(&ok);
        const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        if (ok) {
            switch (code) {
            case SqliteBusy:
            case SqliteLocked:
                return tr("the library is locked by another program (%1)").arg(detail);
            case SqliteReadOnly:
                return tr("the library is read-only (%1)").arg(detail);
            case SqliteFull:
                return tr("the disk is full (%1)").arg(detail);
            case SqliteCantOpen:
                return tr("the library file cannot be opened (%1)").arg(detail);
            case SqliteNotADb:
                return tr("not a ReportLens library (%1)").arg(detail);
            default:
                break;
            }
        }
        return detail.isEmpty() ? tr("database error") : detail;
    }

    bool fail(const QString &message, QString *error)
    {
        lastError = message;
        if (error)
            *error = message;
        return false;
    }

    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        lastError = describe(q.lastError());
        return false;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        lastError = describe(q.lastError());
        return false;
    }

    // BEGIN IMMEDIATE takes the write lock at once, so a transaction never fails half-way for a lock.
    bool begin() { return exec(QStringLiteral("BEGIN IMMEDIATE")); }
    bool commit() { return exec(QStringLiteral("COMMIT")); }
    void rollback()
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
    }

    QHash<qint64, QList<QPair<QString, QString>>> metaCorrections(qint64 reportId = -1)
    {
        QHash<qint64, QList<QPair<QString, QString>>> out;
        QSqlQuery &q = reportId < 0
            ? prepared("SELECT report_id, field, value FROM corrections WHERE observation_id = 0")
            : prepared("SELECT report_id, field, value FROM corrections WHERE observation_id = 0 AND report_id = ?");
        if (reportId >= 0)
            q.bindValue(0, reportId);
        if (!exec(q))
            return out;
        while (q.next())
            out[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString()});
        q.finish();
        return out;
    }

    std::optional<ReportMeta> storedMeta(qint64 id)
    {
        QSqlQuery &q = prepared("SELECT title, agency, province, city, district, level, year, published FROM reports WHERE id = ?");
        q.bindValue(0, id);
        if (!exec(q) || !q.next())
            return std::nullopt;
        ReportMeta m;
        m.title = q.value(0).toString();
        m.agency = q.value(1).toString();
        m.province = q.value(2).toString();
        m.city = q.value(3).toString();
        m.district = q.value(4).toString();
        m.level = agencyLevelFromKey(q.value(5).toString());
        if (!q.value(6).isNull())
            m.year = q.value(6).toInt();
        m.published = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        q.finish();
        return m;
    }

    std::optional<ReportMeta> effectiveMeta(qint64 id, bool *corrected = nullptr)
    {
        std::optional<ReportMeta> m = storedMeta(id);
        if (!m)
            return m;
        const auto corrections = metaCorrections(id).value(id);
        for (const auto &c : corrections)
            setMetaField(*m, c.first, c.second);
        if (corrected)
            *corrected = !corrections.isEmpty();
        return m;
    }

    qint64 reportOfObservation(qint64 observationId)
    {
        QSqlQuery &q = prepared("SELECT report_id FROM observations WHERE id = ?");
        q.bindValue(0, observationId);
        if (!exec(q))
            return -1;
        const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        if (id < 0)
            lastError = tr("no observation with id %1").arg(observationId);
        return id;
    }

    qint64 insertObservation(qint64 reportId, const Observation &o, bool manual, const QString &addedAt)
    {
        QSqlQuery &q = prepared(
            "INSERT INTO observations (report_id, indicator_id, value, unit, approx, derived, is_part, section, quote,"
            " text_offset, text_length, manual, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        q.bindValue(0, reportId);
        q.bindValue(1, notNull(o.id));
        q.bindValue(2, o.value);
        q.bindValue(3, notNull(o.unit));
        q.bindValue(4, o.approx ? 1 : 0);
        q.bindValue(5, o.derived ? 1 : 0);
        q.bindValue(6, o.isPart ? 1 : 0);
        q.bindValue(7, notNull(o.section.join(SectionSeparator)));
        q.bindValue(8, notNull(o.quote));
        q.bindValue(9, qint64(o.offset));
        q.bindValue(10, qint64(o.length));
        q.bindValue(11, manual ? 1 : 0);
        q.bindValue(12, manual ? QVariant(addedAt) : QVariant(QMetaType(QMetaType::QString)));
        if (!exec(q))
            return -1;
        return q.lastInsertId().toLongLong();
    }

    bool upsertCorrection(qint64 reportId, qint64 observationId, const QString &field, const QString &value)
    {
        // A correction re-stated with the same value keeps its original time.
        QSqlQuery &q = prepared(
            "INSERT INTO corrections (report_id, observation_id, field, value, corrected_at) VALUES (?,?,?,?,?)"
            " ON CONFLICT (report_id, observation_id, field) DO UPDATE SET value = excluded.value,"
            " corrected_at = excluded.corrected_at WHERE value IS NOT excluded.value");
        q.bindValue(0, reportId);
        q.bindValue(1, observationId);
        q.bindValue(2, field);
        q.bindValue(3, value);
        q.bindValue(4, nowUtc());
        return exec(q);
    }

    bool deleteCorrection(qint64 reportId, qint64 observationId, const QString &field)
    {
        QSqlQuery &q = prepared("DELETE FROM corrections WHERE report_id = ? AND observation_id = ? AND field = ?");
        q.bindValue(0, reportId);
        q.bindValue(1, observationId);
        q.bindValue(2, field);
        return exec(q);
    }

    bool indexPending()
    {
        QSqlQuery &any = prepared("SELECT report_id FROM search_pending");
        if (!exec(any))
            return false;
        QList<qint64> ids;
        while (any.next())
            ids.append(any.value(0).toLongLong());
        any.finish();
        if (ids.isEmpty())
            return true;
        if (!begin())
            return false;
        QSqlQuery &text = prepared("SELECT text FROM report_texts WHERE report_id = ?");
        QSqlQuery &index = prepared("INSERT INTO report_grams (rowid, grams) VALUES (?, ?)");
        QSqlQuery &done = prepared("DELETE FROM search_pending WHERE report_id = ?");
        for (qint64 id : std::as_const(ids)) {
            text.bindValue(0, id);
            if (!exec(text)) {
                rollback();
                return false;
            }
            const QString body = text.next() ? text.value(0).toString() : QString();
            text.finish();
            index.bindValue(0, id);
            index.bindValue(1, notNull(SearchGrams::tokens(body)));
            done.bindValue(0, id);
            if (!exec(index) || !exec(done)) {
                rollback();
                return false;
            }
        }
        if (!commit()) {
            rollback();
            return false;
        }
        return true;
    }

    ImportOutcome insertReport(const Report &report);
    bool reextractReport(qint64 id, const ReportPipeline &pipeline);
    Outline loadOutline(qint64 id);
};

ImportOutcome ReportLibrary::Private::insertReport(const Report &report)
{
    ImportOutcome outcome;
    outcome.file = report.file;
    if (!report.ok()) {
        outcome.error = report.error;
        return outcome;
    }
    if (report.contentHash.isEmpty()) {
        outcome.error = tr("the report has no content hash");
        return outcome;
    }
    if (!begin()) {
        outcome.error = lastError;
        return outcome;
    }
    auto abort = [&] {
        outcome.status = ImportOutcome::Failed;
        outcome.error = lastError;
        rollback();
        return outcome;
    };

    QSqlQuery &find = prepared("SELECT id FROM reports WHERE content_hash = ?");
    find.bindValue(0, QString::fromLatin1(report.contentHash));
    if (!exec(find))
        return abort();
    if (find.next()) {
        outcome.status = ImportOutcome::Duplicate;
        outcome.reportId = find.value(0).toLongLong();
        find.finish();
        rollback();
        return outcome;
    }
    find.finish();

    const ReportMeta &m = report.meta;
    QSqlQuery &ins = prepared(
        "INSERT INTO reports (content_hash, file, format, title, agency, province, city, district, level, year,"
        " published, imported_at, warnings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    ins.bindValue(0, QString::fromLatin1(report.contentHash));
    ins.bindValue(1, notNull(report.file));
    ins.bindValue(2, notNull(report.format));
    ins.bindValue(3, nullable(m.title));
    ins.bindValue(4, nullable(m.agency));
    ins.bindValue(5, nullable(m.province));
    ins.bindValue(6, nullable(m.city));
    ins.bindValue(7, nullable(m.district));
    ins.bindValue(8, nullable(agencyLevelKey(m.level)));
    ins.bindValue(9, m.year ? QVariant(*m.year) : QVariant(QMetaType(QMetaType::Int)));
    ins.bindValue(10, m.published.isValid() ? QVariant(m.published.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
    ins.bindValue(11, nowUtc());
    ins.bindValue(12, notNull(report.warnings.join(QLatin1Char('\n'))));
    if (!exec(ins))
        return abort();
    const qint64 id = ins.lastInsertId().toLongLong();

    QSqlQuery &text = prepared("INSERT INTO report_texts (report_id, text) VALUES (?, ?)");
    text.bindValue(0, id);
    text.bindValue(1, notNull(report.text));
    if (!exec(text))
        return abort();
    QSqlQuery &pending = prepared("INSERT INTO search_pending (report_id) VALUES (?)");
    pending.bindValue(0, id);
    if (!exec(pending))
        return abort();

    QList<FlatSection> sections;
    flatten(report.outline, 0, sections);
    QSqlQuery &sec = prepared(
        "INSERT INTO sections (report_id, ordinal, depth, level, marker, title, start_offset, end_offset)"
        " VALUES (?,?,?,?,?,?,?,?)");
    for (int i = 0; i < sections.size(); ++i) {
        const Section &s = *sections[i].section;
        sec.bindValue(0, id);
        sec.bindValue(1, i);
        sec.bindValue(2, sections[i].depth);
        sec.bindValue(3, s.level);
        sec.bindValue(4, notNull(s.marker));
        sec.bindValue(5, notNull(s.title));
        sec.bindValue(6, qint64(s.start));
        sec.bindValue(7, qint64(s.end));
        if (!exec(sec))
            return abort();
    }

    const QString now = nowUtc();
    for (const Observation &o : report.observations) {
        if (insertObservation(id, o, o.manual, now) < 0)
            return abort();
    }
    if (!commit())
        return abort();
    outcome.status = ImportOutcome::Imported;
    outcome.reportId = id;
    return outcome;
}

Outline ReportLibrary::Private::loadOutline(qint64 id)
{
    QSqlQuery &q = prepared(
        "SELECT depth, level, marker, title, start_offset, end_offset FROM sections WHERE report_id = ? ORDER BY ordinal");
    q.bindValue(0, id);
    QList<SectionRow> rows;
    if (exec(q)) {
        while (q.next()) {
            SectionRow row;
            row.depth = q.value(0).toInt();
            row.section.level = q.value(1).toInt();
            row.section.marker = q.value(2).toString();
            row.section.title = q.value(3).toString();
            row.section.start = q.value(4).toLongLong();
            row.section.end = q.value(5).toLongLong();
            rows.append(std::move(row));
        }
        q.finish();
    }
    int i = 0;
    return buildOutline(rows, i, 0);
}

bool ReportLibrary::Private::reextractReport(qint64 id, const ReportPipeline &pipeline)
{
    Report report;
    {
        QSqlQuery &q = prepared("SELECT text FROM report_texts WHERE report_id = ?");
        q.bindValue(0, id);
        if (!exec(q))
            return false;
        if (!q.next()) {
            lastError = tr("report %1 has no stored text").arg(id);
            return false;
        }
        report.text = q.value(0).toString();
        q.finish();
    }
    report.outline = loadOutline(id);
    if (auto meta = storedMeta(id))
        report.meta = *meta;
    pipeline.reextract(report);

    if (!begin())
        return false;
    auto abort = [&] {
        rollback();
        return false;
    };

    // The extracted observations that carry a correction: they must not be lost.
    struct Corrected { qint64 id; QString indicator; qint64 offset; QString quote; };
    QList<Corrected> corrected;
    QSqlQuery &old = prepared(
        "SELECT o.id, o.indicator_id, o.text_offset, o.quote FROM observations o WHERE o.report_id = ? AND o.manual = 0"
        " AND EXISTS (SELECT 1 FROM corrections c WHERE c.observation_id = o.id)");
    old.bindValue(0, id);
    if (!exec(old))
        return abort();
    while (old.next())
        corrected.append({old.value(0).toLongLong(), old.value(1).toString(), old.value(2).toLongLong(), old.value(3).toString()});
    old.finish();

    QSqlQuery &drop = prepared(
        "DELETE FROM observations WHERE report_id = ? AND manual = 0"
        " AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.observation_id = observations.id)");
    drop.bindValue(0, id);
    if (!exec(drop))
        return abort();

    QList<qint64> newIds;
    newIds.reserve(report.observations.size());
    for (const Observation &o : report.observations) {
        const qint64 newId = insertObservation(id, o, false, QString());
        if (newId < 0)
            return abort();
        newIds.append(newId);
    }

    // Each correction follows its observation: same indicator and offset first, else same indicator and quote.
    QList<bool> claimed(report.observations.size(), false);
    auto findMatch = [&](const Corrected &c) -> int {
        for (int i = 0; i < report.observations.size(); ++i) {
            const Observation &o = report.observations[i];
            if (!claimed[i] && o.id == c.indicator && o.offset == c.offset)
                return i;
        }
        for (int i = 0; i < report.observations.size(); ++i) {
            const Observation &o = report.observations[i];
            if (!claimed[i] && o.id == c.indicator && !c.quote.isEmpty() && o.quote == c.quote)
                return i;
        }
        return -1;
    };
    const QString now = nowUtc();
    for (const Corrected &c : corrected) {
        const int match = findMatch(c);
        if (match >= 0) {
            claimed[match] = true;
            QSqlQuery &move = prepared("UPDATE corrections SET observation_id = ? WHERE observation_id = ?");
            move.bindValue(0, newIds[match]);
            move.bindValue(1, c.id);
            QSqlQuery &del = prepared("DELETE FROM observations WHERE id = ?");
            del.bindValue(0, c.id);
            if (!exec(move) || !exec(del))
                return abort();
        } else {
            // The extractor no longer finds it: keep it, with its correction, as a value added by hand.
            QSqlQuery &keep = prepared("UPDATE observations SET manual = 1, added_at = coalesce(added_at, ?) WHERE id = ?");
            keep.bindValue(0, now);
            keep.bindValue(1, c.id);
            if (!exec(keep))
                return abort();
        }
    }

    QSqlQuery &warn = prepared("UPDATE reports SET warnings = ? WHERE id = ?");
    warn.bindValue(0, notNull(report.warnings.join(QLatin1Char('\n'))));
    warn.bindValue(1, id);
    if (!exec(warn))
        return abort();
    if (!commit())
        return abort();
    return true;
}

// ----------------------------------------------------------------------------------------------------------

ReportLibrary::ReportLibrary() : d(std::make_unique<Private>()) {}

ReportLibrary::~ReportLibrary()
{
    close();
}

QString ReportLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

bool ReportLibrary::open(const QString &path, QString *error)
{
    close();
    if (path.isEmpty())
        return d->fail(tr("no library path given"), error);

    // Permission bits are checked by hand: SQLite would happily write a 0444 file as root, and a missing
    // write permission on the folder only shows later, when SQLite cannot create its WAL file.
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (file.exists()) {
        if (file.isDir())
            return d->fail(tr("the library path is a folder"), error);
        if (!(file.permissions() & anyWrite))
            return d->fail(tr("the library file is read-only"), error);
    } else if (!folder.exists() && !QDir().mkpath(folder.absoluteFilePath())) {
        return d->fail(tr("cannot create the folder %1").arg(folder.absoluteFilePath()), error);
    }
    if (!(QFileInfo(folder.absoluteFilePath()).permissions() & anyWrite))
        return d->fail(tr("the library's folder is read-only (SQLite needs to write its journal beside the file)"), error);

    d->connectionName = QStringLiteral("rl-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(d->busyTimeout));
    if (!d->db.open()) {
        const QString message = d->describe(d->db.lastError());
        close();
        return d->fail(message, error);
    }
    d->path = path;

    auto failOpen = [&](const QString &message) {
        close();
        return d->fail(message, error);
    };

    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failOpen(d->describe(q.lastError()));
    d->version = q.value(0).toInt();
    q.finish();
    if (d->version > LibrarySchema::currentVersion()) {
        return failOpen(tr("the library was written by a newer ReportLens (schema version %1; this version reads up to %2)")
                            .arg(d->version)
                            .arg(LibrarySchema::currentVersion()));
    }
    if (d->version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return failOpen(d->describe(q.lastError()));
        if (q.value(0).toInt() > 0)
            return failOpen(tr("not a ReportLens library (an SQLite database with other tables)"));
        q.finish();
    }

    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failOpen(d->describe(q.lastError()));
    q.finish();
    if (!d->exec(QStringLiteral("PRAGMA synchronous = NORMAL")) || !d->exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return failOpen(d->lastError);

    // Taking the write lock once proves the library is writable and not held by another program; the
    // migration runs inside that transaction, so an interrupted migration leaves the old version intact.
    if (!d->begin())
        return failOpen(d->lastError);
    if (d->version < LibrarySchema::currentVersion()) {
        QString migrationError;
        if (!LibrarySchema::migrate(d->db, d->version, &migrationError)) {
            d->rollback();
            return failOpen(tr("cannot upgrade the library from schema version %1: %2").arg(d->version).arg(migrationError));
        }
    }
    if (!d->commit()) {
        const QString message = d->lastError;
        d->rollback();
        return failOpen(message);
    }
    d->version = LibrarySchema::currentVersion();
    d->lastError.clear();
    return true;
}

QString ReportLibrary::path() const
{
    return d->path;
}

bool ReportLibrary::isOpen() const
{
    return d->db.isValid() && d->db.isOpen();
}

void ReportLibrary::close()
{
    d->statements.clear();
    if (d->db.isValid())
        d->db.close();
    d->db = QSqlDatabase();
    if (!d->connectionName.isEmpty())
        QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    d->path.clear();
    d->version = 0;
}

int ReportLibrary::schemaVersion() const
{
    return d->version;
}

int ReportLibrary::currentSchemaVersion()
{
    return LibrarySchema::currentVersion();
}

void ReportLibrary::setBusyTimeout(int milliseconds)
{
    d->busyTimeout = milliseconds;
    if (isOpen())
        d->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

ImportOutcome ReportLibrary::addReport(const Report &report)
{
    if (!isOpen()) {
        ImportOutcome o;
        o.file = report.file;
        o.error = tr("the library is not open");
        return o;
    }
    return d->insertReport(report);
}

QList<ImportOutcome> ReportLibrary::addReports(const QList<Report> &reports)
{
    QList<ImportOutcome> out;
    out.reserve(reports.size());
    for (const Report &r : reports)
        out.append(addReport(r));
    return out;
}

bool ReportLibrary::containsHash(const QByteArray &contentHash) const
{
    if (!isOpen())
        return false;
    QSqlQuery &q = d->prepared("SELECT 1 FROM reports WHERE content_hash = ?");
    q.bindValue(0, QString::fromLatin1(contentHash));
    const bool found = d->exec(q) && q.next();
    q.finish();
    return found;
}

qint64 ReportLibrary::reportIdForHash(const QByteArray &contentHash) const
{
    if (!isOpen())
        return -1;
    QSqlQuery &q = d->prepared("SELECT id FROM reports WHERE content_hash = ?");
    q.bindValue(0, QString::fromLatin1(contentHash));
    const qint64 id = d->exec(q) && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return id;
}

bool ReportLibrary::updateSearchIndex(QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    if (!d->indexPending())
        return d->fail(d->lastError, error);
    return true;
}

int ReportLibrary::pendingSearchIndexCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery &q = d->prepared("SELECT count(*) FROM search_pending");
    const int n = d->exec(q) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QSet<QByteArray> ReportLibrary::contentHashes() const
{
    QSet<QByteArray> out;
    if (!isOpen())
        return out;
    QSqlQuery &q = d->prepared("SELECT content_hash FROM reports");
    if (d->exec(q)) {
        while (q.next())
            out.insert(q.value(0).toString().toLatin1());
        q.finish();
    }
    return out;
}

QList<ReportSummary> ReportLibrary::reports() const
{
    QList<ReportSummary> out;
    if (!isOpen())
        return out;
    QSqlQuery &q = d->prepared(
        "SELECT r.id, r.title, r.agency, r.province, r.city, r.district, r.level, r.year, r.file, r.format, r.imported_at,"
        " (SELECT count(*) FROM observations o WHERE o.report_id = r.id AND NOT EXISTS"
        "   (SELECT 1 FROM corrections c WHERE c.observation_id = o.id AND c.field = 'rejected'))"
        " FROM reports r");
    if (!d->exec(q))
        return out;
    while (q.next()) {
        ReportSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.agency = q.value(2).toString();
        s.province = q.value(3).toString();
        s.city = q.value(4).toString();
        s.district = q.value(5).toString();
        s.level = agencyLevelFromKey(q.value(6).toString());
        if (!q.value(7).isNull())
            s.year = q.value(7).toInt();
        s.file = q.value(8).toString();
        s.format = q.value(9).toString();
        s.importedAt = parseTime(q.value(10));
        s.observationCount = q.value(11).toInt();
        out.append(std::move(s));
    }
    q.finish();

    const auto corrections = d->metaCorrections();
    for (ReportSummary &s : out) {
        const auto it = corrections.constFind(s.id);
        if (it == corrections.constEnd())
            continue;
        ReportMeta m;
        m.title = s.title;
        m.agency = s.agency;
        m.province = s.province;
        m.city = s.city;
        m.district = s.district;
        m.level = s.level;
        m.year = s.year;
        for (const auto &c : *it)
            setMetaField(m, c.first, c.second);
        s.title = m.title;
        s.agency = m.agency;
        s.province = m.province;
        s.city = m.city;
        s.district = m.district;
        s.level = m.level;
        s.year = m.year;
        s.metaCorrected = true;
    }
    std::sort(out.begin(), out.end(), [](const ReportSummary &a, const ReportSummary &b) {
        if (a.agency != b.agency)
            return a.agency < b.agency;
        if (a.year != b.year)
            return a.year < b.year;
        return a.id < b.id;
    });
    return out;
}

int ReportLibrary::reportCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery &q = d->prepared("SELECT count(*) FROM reports");
    const int n = d->exec(q) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

std::optional<Report> ReportLibrary::report(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    Report r;
    {
        QSqlQuery &q = d->prepared(
            "SELECT r.file, r.format, r.content_hash, r.warnings, t.text FROM reports r"
            " JOIN report_texts t ON t.report_id = r.id WHERE r.id = ?");
        q.bindValue(0, id);
        if (!d->exec(q) || !q.next()) {
            if (d->lastError.isEmpty())
                d->lastError = tr("no report with id %1").arg(id);
            return std::nullopt;
        }
        r.libraryId = id;
        r.file = q.value(0).toString();
        r.format = q.value(1).toString();
        r.contentHash = q.value(2).toString().toLatin1();
        const QString warnings = q.value(3).toString();
        if (!warnings.isEmpty())
            r.warnings = warnings.split(QLatin1Char('\n'));
        r.text = q.value(4).toString();
        q.finish();
    }
    if (auto meta = d->effectiveMeta(id))
        r.meta = *meta;
    r.outline = d->loadOutline(id);

    QSqlQuery &q = d->prepared(
        "SELECT o.id, o.indicator_id, o.value, o.unit, o.approx, o.derived, o.is_part, o.section, o.quote, o.text_offset,"
        " o.text_length, o.manual, o.added_at,"
        " (SELECT value FROM corrections c WHERE c.observation_id = o.id AND c.field = 'value'),"
        " EXISTS (SELECT 1 FROM corrections c WHERE c.observation_id = o.id AND c.field = 'rejected'),"
        " (SELECT max(corrected_at) FROM corrections c WHERE c.observation_id = o.id)"
        " FROM observations o WHERE o.report_id = ? ORDER BY o.text_offset, o.id");
    q.bindValue(0, id);
    if (d->exec(q)) {
        while (q.next()) {
            Observation o;
            o.libraryId = q.value(0).toLongLong();
            o.id = q.value(1).toString();
            o.value = q.value(2).toDouble();
            o.unit = q.value(3).toString();
            o.approx = q.value(4).toBool();
            o.derived = q.value(5).toBool();
            o.isPart = q.value(6).toBool();
            const QString section = q.value(7).toString();
            if (!section.isEmpty())
                o.section = section.split(SectionSeparator);
            o.quote = q.value(8).toString();
            o.offset = q.value(9).toLongLong();
            o.length = q.value(10).toLongLong();
            o.manual = q.value(11).toBool();
            if (!q.value(13).isNull()) {
                o.corrected = true;
                o.correctedValue = q.value(13).toDouble();
            }
            o.rejected = q.value(14).toBool();
            o.correctedAt = parseTime(q.value(15).isNull() ? q.value(12) : q.value(15));
            r.observations.append(std::move(o));
        }
        q.finish();
    }
    return r;
}

std::optional<ReportMeta> ReportLibrary::extractedMeta(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    return d->storedMeta(id);
}

bool ReportLibrary::removeReport(qint64 id, QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    if (!d->begin())
        return d->fail(d->lastError, error);
    auto abort = [&] {
        const QString message = d->lastError;
        d->rollback();
        return d->fail(message, error);
    };
    // The search index holds no copy of the text: it must be told what it indexed before the row goes.
    QSqlQuery &text = d->prepared("SELECT text FROM report_texts WHERE report_id = ?");
    text.bindValue(0, id);
    if (!d->exec(text))
        return abort();
    if (!text.next()) {
        d->lastError = tr("no report with id %1").arg(id);
        return abort();
    }
    const QString body = text.value(0).toString();
    text.finish();
    QSqlQuery &pending = d->prepared("SELECT EXISTS (SELECT 1 FROM search_pending WHERE report_id = ?)");
    pending.bindValue(0, id);
    if (!d->exec(pending) || !pending.next())
        return abort();
    const bool indexed = !pending.value(0).toBool();
    pending.finish();
    if (indexed) {
        // A contentless index forgets a row only when given the tokens it indexed.
        QSqlQuery &fts = d->prepared("INSERT INTO report_grams (report_grams, rowid, grams) VALUES ('delete', ?, ?)");
        fts.bindValue(0, id);
        fts.bindValue(1, notNull(SearchGrams::tokens(body)));
        if (!d->exec(fts))
            return abort();
    }
    QSqlQuery &del = d->prepared("DELETE FROM reports WHERE id = ?");
    del.bindValue(0, id);
    if (!d->exec(del) || !d->commit())
        return abort();
    return true;
}

bool ReportLibrary::correctMeta(qint64 reportId, const ReportMeta &meta, QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    if (!d->begin())
        return d->fail(d->lastError, error);
    const std::optional<ReportMeta> extracted = d->storedMeta(reportId);
    if (!extracted) {
        d->rollback();
        return d->fail(tr("no report with id %1").arg(reportId), error);
    }
    for (const char *f : MetaFields) {
        const QString field = QString::fromLatin1(f);
        const QString wanted = metaField(meta, field);
        const bool ok = wanted == metaField(*extracted, field) ? d->deleteCorrection(reportId, 0, field)
                                                               : d->upsertCorrection(reportId, 0, field, wanted);
        if (!ok) {
            const QString message = d->lastError;
            d->rollback();
            return d->fail(message, error);
        }
    }
    if (!d->commit()) {
        const QString message = d->lastError;
        d->rollback();
        return d->fail(message, error);
    }
    return true;
}

bool ReportLibrary::correctValue(qint64 observationId, double value, QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    const qint64 reportId = d->reportOfObservation(observationId);
    if (reportId < 0 || !d->upsertCorrection(reportId, observationId, QStringLiteral("value"), numberText(value)))
        return d->fail(d->lastError, error);
    return true;
}

bool ReportLibrary::clearCorrection(qint64 observationId, QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    const qint64 reportId = d->reportOfObservation(observationId);
    if (reportId < 0 || !d->deleteCorrection(reportId, observationId, QStringLiteral("value")))
        return d->fail(d->lastError, error);
    return true;
}

bool ReportLibrary::rejectObservation(qint64 observationId, bool rejected, QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    const qint64 reportId = d->reportOfObservation(observationId);
    const QString field = QStringLiteral("rejected");
    if (reportId < 0
        || !(rejected ? d->upsertCorrection(reportId, observationId, field, QStringLiteral("1"))
                      : d->deleteCorrection(reportId, observationId, field)))
        return d->fail(d->lastError, error);
    return true;
}

qint64 ReportLibrary::addManualObservation(qint64 reportId, const Observation &observation, QString *error)
{
    if (!isOpen()) {
        d->fail(tr("the library is not open"), error);
        return -1;
    }
    if (!d->storedMeta(reportId)) {
        d->fail(tr("no report with id %1").arg(reportId), error);
        return -1;
    }
    if (observation.id.isEmpty()) {
        d->fail(tr("the observation has no indicator id"), error);
        return -1;
    }
    Observation o = observation;
    if (o.section.isEmpty() && o.offset >= 0)
        o.section = sectionPathAt(d->loadOutline(reportId), o.offset);
    const qint64 id = d->insertObservation(reportId, o, true, nowUtc());
    if (id < 0)
        d->fail(d->lastError, error);
    return id;
}

bool ReportLibrary::removeManualObservation(qint64 observationId, QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    if (!d->begin())
        return d->fail(d->lastError, error);
    QSqlQuery &del = d->prepared("DELETE FROM observations WHERE id = ? AND manual = 1");
    del.bindValue(0, observationId);
    QSqlQuery &corr = d->prepared("DELETE FROM corrections WHERE observation_id = ?");
    corr.bindValue(0, observationId);
    if (!d->exec(del) || !d->exec(corr)) {
        const QString message = d->lastError;
        d->rollback();
        return d->fail(message, error);
    }
    const bool removed = del.numRowsAffected() > 0;
    if (!d->commit()) {
        const QString message = d->lastError;
        d->rollback();
        return d->fail(message, error);
    }
    if (!removed)
        return d->fail(tr("no observation added by hand with id %1").arg(observationId), error);
    return true;
}

bool ReportLibrary::reextractAll(const std::function<bool(int, int)> &progress, QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    QList<qint64> ids;
    QSqlQuery &q = d->prepared("SELECT id FROM reports ORDER BY id");
    if (!d->exec(q))
        return d->fail(d->lastError, error);
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    const ReportPipeline pipeline;
    for (int i = 0; i < ids.size(); ++i) {
        if (!d->reextractReport(ids[i], pipeline))
            return d->fail(tr("report %1: %2").arg(ids[i]).arg(d->lastError), error);
        if (progress && !progress(i + 1, int(ids.size())))
            break;
    }
    return true;
}

bool ReportLibrary::reextract(qint64 reportId, QString *error)
{
    if (!isOpen())
        return d->fail(tr("the library is not open"), error);
    if (!d->reextractReport(reportId, ReportPipeline()))
        return d->fail(d->lastError, error);
    return true;
}

QList<SearchHit> ReportLibrary::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString needle = query.trimmed();
    if (!isOpen() || needle.isEmpty() || limit <= 0)
        return hits;
    // Reports stored since the last search join the index now (a locked library searches what it has).
    d->indexPending();

    // Candidates, best first: (report id, rank).
    QList<QPair<qint64, double>> candidates;
    const bool indexed = needle.size() >= 2;
    if (indexed) {
        QSqlQuery &q = d->prepared(
            "SELECT rowid, bm25(report_grams) FROM report_grams WHERE report_grams MATCH ? ORDER BY bm25(report_grams) LIMIT ?");
        q.bindValue(0, SearchGrams::phrase(needle));
        q.bindValue(1, limit);
        if (!d->exec(q))
            return hits;
        while (q.next())
            candidates.append({q.value(0).toLongLong(), -q.value(1).toDouble()});
        q.finish();
    } else {
        // One character: a scan that stops at `limit` reports, ranked below by the number of occurrences.
        QSqlQuery &q = d->prepared("SELECT report_id FROM report_texts WHERE instr(text, ?) > 0 LIMIT ?");
        q.bindValue(0, needle);
        q.bindValue(1, limit);
        if (!d->exec(q))
            return hits;
        while (q.next())
            candidates.append({q.value(0).toLongLong(), 0});
        q.finish();
    }

    for (const auto &c : candidates) {
        QSqlQuery &q = d->prepared("SELECT text FROM report_texts WHERE report_id = ?");
        q.bindValue(0, c.first);
        if (!d->exec(q) || !q.next())
            continue;
        const QString text = q.value(0).toString();
        q.finish();
        const qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;   // only differs in case beyond ASCII, or the index is stale
        SearchHit hit;
        hit.reportId = c.first;
        hit.rank = c.second;
        hit.offset = at;
        hit.length = needle.size();
        for (qsizetype from = at; from >= 0; from = text.indexOf(needle, from + needle.size(), Qt::CaseInsensitive))
            ++hit.hitCount;
        constexpr qsizetype Before = 30, After = 60;
        hit.snippetOffset = std::max<qsizetype>(0, at - Before);
        hit.snippet = text.mid(hit.snippetOffset, at - hit.snippetOffset + needle.size() + After);
        hit.snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QSqlQuery &file = d->prepared("SELECT file FROM reports WHERE id = ?");
        file.bindValue(0, c.first);
        if (d->exec(file) && file.next())
            hit.file = file.value(0).toString();
        file.finish();
        if (auto meta = d->effectiveMeta(c.first)) {
            hit.agency = meta->agency;
            hit.year = meta->year;
            hit.title = meta->title;
        }
        if (!indexed)
            hit.rank = hit.hitCount;
        hits.append(std::move(hit));
    }
    if (!indexed) {
        std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.rank > b.rank; });
    }
    return hits;
}

QList<ObservationRecord> ReportLibrary::observations(const QStringList &indicatorIds) const
{
    QList<ObservationRecord> out;
    if (!isOpen())
        return out;
    QHash<qint64, ReportSummary> summaries;
    for (ReportSummary &s : reports())
        summaries.insert(s.id, std::move(s));

    QString sql = QStringLiteral(
        "SELECT o.id, o.report_id, o.indicator_id, o.value, o.unit, o.approx, o.derived, o.is_part, o.quote,"
        " o.text_offset, o.text_length, o.manual,"
        " (SELECT value FROM corrections c WHERE c.observation_id = o.id AND c.field = 'value')"
        " FROM observations o"
        " WHERE NOT EXISTS (SELECT 1 FROM corrections c WHERE c.observation_id = o.id AND c.field = 'rejected')");
    if (!indicatorIds.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < indicatorIds.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND o.indicator_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < indicatorIds.size(); ++i)
        q.bindValue(i, indicatorIds[i]);
    if (!d->exec(q))
        return out;
    while (q.next()) {
        ObservationRecord r;
        r.observationId = q.value(0).toLongLong();
        r.reportId = q.value(1).toLongLong();
        r.indicatorId = q.value(2).toString();
        r.value = q.value(3).toDouble();
        r.unit = q.value(4).toString();
        r.approx = q.value(5).toBool();
        r.derived = q.value(6).toBool();
        r.isPart = q.value(7).toBool();
        r.quote = q.value(8).toString();
        r.offset = q.value(9).toLongLong();
        r.length = q.value(10).toLongLong();
        r.manual = q.value(11).toBool();
        if (!q.value(12).isNull()) {
            r.corrected = true;
            r.value = q.value(12).toDouble();
        }
        const auto it = summaries.constFind(r.reportId);
        if (it != summaries.constEnd()) {
            r.agency = it->agency;
            r.province = it->province;
            r.city = it->city;
            r.district = it->district;
            r.level = it->level;
            r.year = it->year.value_or(0);
        }
        out.append(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const ObservationRecord &a, const ObservationRecord &b) {
        if (a.indicatorId != b.indicatorId)
            return a.indicatorId < b.indicatorId;
        if (a.agency != b.agency)
            return a.agency < b.agency;
        if (a.year != b.year)
            return a.year < b.year;
        if (a.reportId != b.reportId)
            return a.reportId < b.reportId;
        return a.offset < b.offset;
    });
    return out;
}

QString ReportLibrary::lastError() const
{
    return d->lastError;
}

} // namespace rl
