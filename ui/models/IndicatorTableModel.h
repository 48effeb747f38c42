#pragma once

#include "model/Observation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace rl {

// The figures of one report, one row per observation. Editing a value does not change the row here:
// it asks (valueEditRequested) so the window can record the correction as an undoable command.
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorTableModel)
public:
    enum Column { IndicatorColumn, ValueColumn, UnitColumn, FlagsColumn, SectionColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, OffsetRole, LengthRole, LibraryIdRole, RejectedRole };

    explicit IndicatorTableModel(QObject *parent = nullptr);
    ~IndicatorTableModel() override;

    void setObservations(const QList<Observation> &observations, const QStringList &warnings = {});
    const QList<Observation> &observations() const { return m_observations; }
    const Observation &observation(int row) const { return m_observations.at(row); }
    void setObservation(int row, const Observation &observation);
    int rowOfLibraryId(qint64 libraryId) const;
    bool hasWarning(int row) const;

    static QString formatValue(double value, const QString &unit);
    static QString flagsText(const Observation &o, bool warning);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void valueEditRequested(int row, double value);

private:
    QList<Observation> m_observations;
    QStringList m_warnings;
};

} // namespace rl
