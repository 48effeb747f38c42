#pragma once

#include "library/ImportOutcome.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace rl {

// Imports files and folders into a library file: reading and extraction run in parallel on all cores
// (the global QThreadPool), the writes go through one ReportLibrary on one writer thread, one transaction
// per report. Files whose content hash is stored already are skipped before they are parsed.
// Used by the CLI (run(), blocking) and the GUI (start(), in the background).
class LibraryImporter final : public QObject
{
    Q_OBJECT
public:
    explicit LibraryImporter(const QString &libraryPath, QObject *parent = nullptr);
    ~LibraryImporter() override;   // cancels and waits for a running import
    Q_DISABLE_COPY_MOVE(LibraryImporter)

    // Report files under the given files and folders (folders recursively), sorted, without repeats:
    // .txt .html .htm .pdf .docx. A named file is kept whatever its extension (the reader decides).
    static QStringList collectFiles(const QStringList &filesOrDirs);

    // Background import: returns at once; progress() and finished() arrive in this object's thread.
    void start(const QStringList &filesOrDirs);
    // Blocking import in the calling thread (progress() is emitted directly). Returns one outcome per
    // file, in the order of collectFiles(); after a cancel, only the files handled so far.
    QList<ImportOutcome> run(const QStringList &filesOrDirs);

    void cancel();           // thread-safe; files already stored stay
    bool isRunning() const;
    bool wasCancelled() const;

    QList<ImportOutcome> outcomes() const;   // of the last import, complete after finished()
    QString libraryError() const;            // set when the library could not be opened

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    void finished();

private:
    QList<ImportOutcome> importFiles(const QStringList &files);

    QString m_libraryPath;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    mutable QMutex m_mutex;   // guards the two below (written by the worker, read by the caller)
    QList<ImportOutcome> m_outcomes;
    QString m_libraryError;
};

} // namespace rl
