#pragma once

#include "model/Observation.h"
#include "model/ReportMeta.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace rl {

class ReportLibrary;

// Undoable edits of the library. Each command writes through ReportLibrary (which keeps the extracted
// original) and then calls `changed(reportId)` so the window reloads what it shows.
using LibraryChanged = std::function<void(qint64 reportId, const QString &error)>;

class CorrectValueCommand final : public QUndoCommand
{
public:
    // `value` empty: back to the extracted value (the correction is cleared).
    CorrectValueCommand(ReportLibrary *library, qint64 reportId, const Observation &before,
                        std::optional<double> value, LibraryChanged changed);
    void redo() override;
    void undo() override;

private:
    ReportLibrary *m_library;
    qint64 m_reportId;
    Observation m_before;
    std::optional<double> m_value;
    LibraryChanged m_changed;
};

class RejectObservationCommand final : public QUndoCommand
{
public:
    RejectObservationCommand(ReportLibrary *library, qint64 reportId, const Observation &observation,
                             bool reject, LibraryChanged changed);
    void redo() override;
    void undo() override;

private:
    void apply(bool rejected);
    ReportLibrary *m_library;
    qint64 m_reportId;
    qint64 m_observationId;
    bool m_reject;
    LibraryChanged m_changed;
};

class AddObservationCommand final : public QUndoCommand
{
public:
    AddObservationCommand(ReportLibrary *library, qint64 reportId, const Observation &observation,
                          LibraryChanged changed);
    void redo() override;
    void undo() override;

private:
    ReportLibrary *m_library;
    qint64 m_reportId;
    Observation m_observation;
    qint64 m_addedId = -1;
    LibraryChanged m_changed;
};

class CorrectMetaCommand final : public QUndoCommand
{
public:
    CorrectMetaCommand(ReportLibrary *library, qint64 reportId, const ReportMeta &before, const ReportMeta &after,
                       LibraryChanged changed);
    void redo() override;
    void undo() override;

private:
    ReportLibrary *m_library;
    qint64 m_reportId;
    ReportMeta m_before;
    ReportMeta m_after;
    LibraryChanged m_changed;
};

} // namespace rl
