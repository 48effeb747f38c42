#include "views/CorrectionCommands.h"

#include "library/ReportLibrary.h"
#include "models/IndicatorLabels.h"
#include "models/IndicatorTableModel.h"

#include <QCoreApplication>

namespace rl {

CorrectValueCommand::CorrectValueCommand(ReportLibrary *library, qint64 reportId, const Observation &before,
                                         std::optional<double> value, LibraryChanged changed)
    : m_library(library)
    , m_reportId(reportId)
    , m_before(before)
    , m_value(value)
    , m_changed(std::move(changed))
{
    if (value)
        setText(QCoreApplication::translate("rl::CorrectionCommands", "Correct %1 to %2")
                    .arg(IndicatorLabels::name(before.id), IndicatorTableModel::formatValue(*value, before.unit)));
    else
        setText(QCoreApplication::translate("rl::CorrectionCommands", "Restore the extracted %1")
                    .arg(IndicatorLabels::name(before.id)));
}

void CorrectValueCommand::redo()
{
    QString error;
    if (m_value)
        m_library->correctValue(m_before.libraryId, *m_value, &error);
    else
        m_library->clearCorrection(m_before.libraryId, &error);
    m_changed(m_reportId, error);
}

void CorrectValueCommand::undo()
{
    QString error;
    if (m_before.corrected)
        m_library->correctValue(m_before.libraryId, m_before.correctedValue, &error);
    else
        m_library->clearCorrection(m_before.libraryId, &error);
    m_changed(m_reportId, error);
}

RejectObservationCommand::RejectObservationCommand(ReportLibrary *library, qint64 reportId,
                                                   const Observation &observation, bool reject,
                                                   LibraryChanged changed)
    : m_library(library)
    , m_reportId(reportId)
    , m_observationId(observation.libraryId)
    , m_reject(reject)
    , m_changed(std::move(changed))
{
    setText((reject ? QCoreApplication::translate("rl::CorrectionCommands", "Reject %1") : QCoreApplication::translate("rl::CorrectionCommands", "Restore %1")).arg(IndicatorLabels::name(observation.id)));
}

void RejectObservationCommand::apply(bool rejected)
{
    QString error;
    m_library->rejectObservation(m_observationId, rejected, &error);
    m_changed(m_reportId, error);
}

void RejectObservationCommand::redo()
{
    apply(m_reject);
}

void RejectObservationCommand::undo()
{
    apply(!m_reject);
}

AddObservationCommand::AddObservationCommand(ReportLibrary *library, qint64 reportId,
                                             const Observation &observation, LibraryChanged changed)
    : m_library(library)
    , m_reportId(reportId)
    , m_observation(observation)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("rl::CorrectionCommands", "Add %1").arg(IndicatorLabels::name(observation.id)));
}

void AddObservationCommand::redo()
{
    QString error;
    m_addedId = m_library->addManualObservation(m_reportId, m_observation, &error);
    m_changed(m_reportId, error);
}

void AddObservationCommand::undo()
{
    QString error;
    if (m_addedId >= 0)
        m_library->removeManualObservation(m_addedId, &error);
    m_addedId = -1;
    m_changed(m_reportId, error);
}

CorrectMetaCommand::CorrectMetaCommand(ReportLibrary *library, qint64 reportId, const ReportMeta &before,
                                       const ReportMeta &after, LibraryChanged changed)
    : m_library(library)
    , m_reportId(reportId)
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("rl::CorrectionCommands", "Change report details"));
}

void CorrectMetaCommand::redo()
{
    QString error;
    m_library->correctMeta(m_reportId, m_after, &error);
    m_changed(m_reportId, error);
}

void CorrectMetaCommand::undo()
{
    QString error;
    m_library->correctMeta(m_reportId, m_before, &error);
    m_changed(m_reportId, error);
}

} // namespace rl
