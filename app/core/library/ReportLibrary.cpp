#include "library/ReportLibrary.h"

// Placeholder so the API compiles while the storage is written.
namespace rl {

class ReportLibrary::Private
{
public:
    QString path;
    QString lastError;
};

ReportLibrary::ReportLibrary() : d(std::make_unique<Private>()) {}
ReportLibrary::~ReportLibrary() = default;
QString ReportLibrary::defaultPath() { return {}; }
bool ReportLibrary::open(const QString &path, QString *) { d->path = path; return false; }
QString ReportLibrary::path() const { return d->path; }
bool ReportLibrary::isOpen() const { return false; }
void ReportLibrary::close() {}
int ReportLibrary::schemaVersion() const { return 0; }
int ReportLibrary::currentSchemaVersion() { return 2; }
void ReportLibrary::setBusyTimeout(int) {}
ImportOutcome ReportLibrary::addReport(const Report &) { return {}; }
QList<ImportOutcome> ReportLibrary::addReports(const QList<Report> &) { return {}; }
bool ReportLibrary::containsHash(const QByteArray &) const { return false; }
QSet<QByteArray> ReportLibrary::contentHashes() const { return {}; }
QList<ReportSummary> ReportLibrary::reports() const { return {}; }
int ReportLibrary::reportCount() const { return 0; }
std::optional<Report> ReportLibrary::report(qint64) const { return {}; }
std::optional<ReportMeta> ReportLibrary::extractedMeta(qint64) const { return {}; }
bool ReportLibrary::removeReport(qint64, QString *) { return false; }
bool ReportLibrary::correctMeta(qint64, const ReportMeta &, QString *) { return false; }
bool ReportLibrary::correctValue(qint64, double, QString *) { return false; }
bool ReportLibrary::clearCorrection(qint64, QString *) { return false; }
bool ReportLibrary::rejectObservation(qint64, bool, QString *) { return false; }
qint64 ReportLibrary::addManualObservation(qint64, const Observation &, QString *) { return -1; }
bool ReportLibrary::removeManualObservation(qint64, QString *) { return false; }
bool ReportLibrary::reextractAll(const std::function<bool(int, int)> &, QString *) { return false; }
bool ReportLibrary::reextract(qint64, QString *) { return false; }
QList<SearchHit> ReportLibrary::search(const QString &, int) const { return {}; }
QList<ObservationRecord> ReportLibrary::observations(const QStringList &) const { return {}; }
QString ReportLibrary::lastError() const { return d->lastError; }

} // namespace rl
