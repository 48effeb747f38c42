#include "library/LibraryImporter.h"

#include <QThread>

// Placeholder so the API compiles while the importer is written.
namespace rl {

LibraryImporter::LibraryImporter(const QString &libraryPath, QObject *parent) : QObject(parent), m_libraryPath(libraryPath) {}
LibraryImporter::~LibraryImporter() = default;
QStringList LibraryImporter::collectFiles(const QStringList &filesOrDirs) { return filesOrDirs; }
void LibraryImporter::start(const QStringList &) { Q_EMIT finished(); }
QList<ImportOutcome> LibraryImporter::run(const QStringList &) { return {}; }
void LibraryImporter::cancel() { m_cancel = true; }
bool LibraryImporter::isRunning() const { return m_running; }
bool LibraryImporter::wasCancelled() const { return m_cancel; }
QList<ImportOutcome> LibraryImporter::outcomes() const { QMutexLocker lock(&m_mutex); return m_outcomes; }
QString LibraryImporter::libraryError() const { QMutexLocker lock(&m_mutex); return m_libraryError; }
QList<ImportOutcome> LibraryImporter::importFiles(const QStringList &) { return {}; }

} // namespace rl
