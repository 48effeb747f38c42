#include "library/LibraryImporter.h"

#include "library/ReportLibrary.h"
#include "pipeline/DocumentLoader.h"
#include "pipeline/ReportPipeline.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <deque>

namespace rl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rl::LibraryImporter", text);
}

// What a worker hands to the writer: a report to store, or an outcome decided without the library.
struct ImportItem
{
    Report report;
    bool decided = false;
    ImportOutcome outcome;
    QByteArray knownHash;   // set for a Duplicate found before parsing
};

ImportItem readAndExtract(const QString &path, const QSet<QByteArray> *known, const ReportPipeline *pipeline,
                          const std::atomic<bool> *cancel)
{
    ImportItem item;
    item.outcome.file = path;
    auto failed = [&](const QString &reason) {
        item.decided = true;
        item.outcome.status = ImportOutcome::Failed;
        item.outcome.error = reason;
        return item;
    };
    if (cancel->load())
        return failed(tr("cancelled"));
    const QFileInfo info(path);
    if (!info.exists())
        return failed(tr("no such file"));
    if (info.size() > DocumentLoader::MaxFileBytes)
        return failed(tr("the file is larger than %1 MB").arg(DocumentLoader::MaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    const QByteArray bytes = file.readAll();
    const QByteArray hash = ReportPipeline::contentHash(bytes);
    // A file stored already is not parsed again: re-importing a folder costs one hash per file.
    if (known->contains(hash)) {
        item.decided = true;
        item.outcome.status = ImportOutcome::Duplicate;
        item.knownHash = hash;
        return item;
    }
    item.report = pipeline->processBytes(bytes, path, hash);
    if (!item.report.ok())
        return failed(item.report.error);
    if (item.report.text.trimmed().isEmpty())
        return failed(tr("the file contains no text"));
    return item;
}

} // namespace

LibraryImporter::LibraryImporter(const QString &libraryPath, QObject *parent) : QObject(parent), m_libraryPath(libraryPath) {}

LibraryImporter::~LibraryImporter()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QStringList LibraryImporter::collectFiles(const QStringList &filesOrDirs)
{
    static const QStringList suffixes = {QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("htm"),
                                         QStringLiteral("pdf"), QStringLiteral("docx")};
    QStringList out;
    QSet<QString> seen;
    for (const QString &arg : filesOrDirs) {
        const QFileInfo info(arg);
        if (!info.isDir()) {
            if (!seen.contains(arg)) {
                seen.insert(arg);
                out << arg;
            }
            continue;
        }
        QStringList found;
        QDirIterator it(arg, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString path = it.next();
            if (suffixes.contains(QFileInfo(path).suffix().toLower()))
                found << path;
        }
        std::sort(found.begin(), found.end());
        for (const QString &path : std::as_const(found)) {
            if (!seen.contains(path)) {
                seen.insert(path);
                out << path;
            }
        }
    }
    return out;
}

void LibraryImporter::start(const QStringList &filesOrDirs)
{
    if (m_running)
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    m_running = true;
    m_thread = QThread::create([this, filesOrDirs] {
        const QList<ImportOutcome> result = importFiles(collectFiles(filesOrDirs));
        QMutexLocker lock(&m_mutex);
        m_outcomes = result;
    });
    // QThread::finished is emitted by the worker; `this` as context queues the handler to our thread.
    connect(m_thread, &QThread::finished, this, [this] {
        m_running = false;
        Q_EMIT finished();
    });
    m_thread->start();
}

QList<ImportOutcome> LibraryImporter::run(const QStringList &filesOrDirs)
{
    m_cancel = false;
    m_running = true;
    const QList<ImportOutcome> result = importFiles(collectFiles(filesOrDirs));
    {
        QMutexLocker lock(&m_mutex);
        m_outcomes = result;
    }
    m_running = false;
    return result;
}

void LibraryImporter::cancel()
{
    m_cancel = true;
}

bool LibraryImporter::isRunning() const
{
    return m_running;
}

bool LibraryImporter::wasCancelled() const
{
    return m_cancel;
}

QList<ImportOutcome> LibraryImporter::outcomes() const
{
    QMutexLocker lock(&m_mutex);
    return m_outcomes;
}

QString LibraryImporter::libraryError() const
{
    QMutexLocker lock(&m_mutex);
    return m_libraryError;
}

QList<ImportOutcome> LibraryImporter::importFiles(const QStringList &files)
{
    QList<ImportOutcome> outcomes;
    {
        QMutexLocker lock(&m_mutex);
        m_libraryError.clear();
        m_outcomes.clear();
    }
    ReportLibrary library;
    QString error;
    if (!library.open(m_libraryPath, &error)) {
        QMutexLocker lock(&m_mutex);
        m_libraryError = error;
        return outcomes;
    }
    const QSet<QByteArray> known = library.contentHashes();
    const ReportPipeline pipeline;
    const int total = int(files.size());
    outcomes.reserve(total);

    // A sliding window of reads in the thread pool keeps every core busy while this thread writes,
    // and bounds the memory held by parsed reports; outcomes stay in input order.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int window = std::max(4, pool->maxThreadCount() * 4);
    std::deque<QFuture<ImportItem>> inFlight;
    int next = 0;
    auto submit = [&] {
        while (!m_cancel && next < total && int(inFlight.size()) < window) {
            inFlight.push_back(QtConcurrent::run(pool, readAndExtract, files[next], &known, &pipeline, &m_cancel));
            ++next;
        }
    };

    // The search index is fed in large batches (see ReportLibrary::updateSearchIndex).
    constexpr int SearchIndexBatch = 250;
    int unindexed = 0;

    submit();
    QList<ImportItem> batch;
    while (!inFlight.empty() && !m_cancel) {
        // Everything finished at the head of the window is written in one go.
        inFlight.front().waitForFinished();
        batch.clear();
        while (!inFlight.empty() && inFlight.front().isFinished()) {
            batch.append(inFlight.front().result());
            inFlight.pop_front();
        }
        submit();
        QList<Report> toWrite;
        for (const ImportItem &item : std::as_const(batch)) {
            if (!item.decided)
                toWrite.append(item.report);
        }
        const QList<ImportOutcome> written = library.addReports(toWrite);
        unindexed += int(toWrite.size());
        if (unindexed >= SearchIndexBatch) {
            library.updateSearchIndex();   // failure is not fatal: search() catches up later
            unindexed = 0;
        }
        int w = 0;
        for (const ImportItem &item : std::as_const(batch)) {
            ImportOutcome outcome = item.decided ? item.outcome : written[w++];
            if (outcome.status == ImportOutcome::Duplicate && outcome.reportId < 0)
                outcome.reportId = library.reportIdForHash(item.knownHash);
            outcomes.append(outcome);
            Q_EMIT progress(int(outcomes.size()), total, outcome.file);
        }
    }
    // After a cancel, reads already running must end before `known` and `pipeline` go away.
    for (QFuture<ImportItem> &f : inFlight)
        f.waitForFinished();
    if (unindexed > 0)
        library.updateSearchIndex();
    return outcomes;
}

} // namespace rl
