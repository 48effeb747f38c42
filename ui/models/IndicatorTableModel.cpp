#include "models/IndicatorTableModel.h"

#include "models/IndicatorLabels.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QGuiApplication>

#include <cmath>

namespace rl {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

IndicatorTableModel::~IndicatorTableModel() = default;

void IndicatorTableModel::setObservations(const QList<Observation> &observations, const QStringList &warnings)
{
    beginResetModel();
    m_observations = observations;
    m_warnings = warnings;
    endResetModel();
}

void IndicatorTableModel::setObservation(int row, const Observation &observation)
{
    if (row < 0 || row >= m_observations.size())
        return;
    m_observations[row] = observation;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int IndicatorTableModel::rowOfLibraryId(qint64 libraryId) const
{
    for (int row = 0; row < m_observations.size(); ++row) {
        if (m_observations.at(row).libraryId == libraryId)
            return row;
    }
    return -1;
}

bool IndicatorTableModel::hasWarning(int row) const
{
    // Extraction warnings name the indicator ids they are about; match whole ids only.
    const QString &id = m_observations.at(row).id;
    auto isIdChar = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); };
    for (const QString &w : m_warnings) {
        for (qsizetype at = w.indexOf(id); at >= 0; at = w.indexOf(id, at + 1)) {
            const qsizetype end = at + id.size();
            if ((at == 0 || !isIdChar(w.at(at - 1))) && (end >= w.size() || !isIdChar(w.at(end))))
                return true;
        }
    }
    return false;
}

QString IndicatorTableModel::formatValue(double value, const QString &unit)
{
    Q_UNUSED(unit);
    const QLocale locale;
    if (std::fmod(value, 1.0) == 0 && std::abs(value) < 1e15)
        return locale.toString(qlonglong(value));
    // At most two decimals, without trailing zeros (97.4, not 97.40).
    QString text = locale.toString(value, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString IndicatorTableModel::flagsText(const Observation &o, bool warning)
{
    QStringList flags;
    if (o.rejected)
        flags << tr("rejected");
    if (o.manual)
        flags << tr("added by hand");
    if (o.approx)
        flags << tr("approx.");
    if (o.derived)
        flags << tr("derived");
    if (o.isPart)
        flags << tr("part");
    if (o.corrected)
        flags << tr("corrected");
    if (warning)
        flags << tr("warning");
    return flags.join(tr(", "));
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_observations.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_observations.size())
        return {};
    const Observation &o = m_observations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndicatorColumn: return IndicatorLabels::name(o.id);
        case ValueColumn:
            return QString((o.approx ? tr("≈") : QString()) + formatValue(o.effectiveValue(), o.unit));
        case UnitColumn: return o.unit;
        case FlagsColumn: return flagsText(o, hasWarning(index.row()));
        case SectionColumn: return o.section.isEmpty() ? QString() : o.section.constLast();
        }
        return {};
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return o.effectiveValue();
        return data(index, Qt::DisplayRole);
    case SortRole:
        if (index.column() == ValueColumn)
            return o.effectiveValue();
        if (index.column() == SectionColumn)
            return qlonglong(o.offset);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QString tip = IndicatorLabels::name(o.id) + QLatin1Char('\n') + o.quote;
        if (o.corrected)
            tip += QLatin1Char('\n') + tr("Extracted value: %1").arg(formatValue(o.value, o.unit));
        if (!o.section.isEmpty())
            tip += QLatin1Char('\n') + o.section.join(QStringLiteral(" › "));
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (o.rejected || (o.corrected && index.column() == ValueColumn)) {
            QFont f;
            f.setStrikeOut(o.rejected);
            f.setBold(o.corrected && !o.rejected);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (o.rejected)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == FlagsColumn && hasWarning(index.row()))
            return QBrush(QColor(0xb0, 0x40, 0x00));
        return {};
    case Qt::DecorationRole:
        if (index.column() == IndicatorColumn)
            return IndicatorLabels::groupColour(IndicatorLabels::group(o.id)).darker(115);
        return {};
    case IdRole: return o.id;
    case OffsetRole: return qlonglong(o.offset);
    case LengthRole: return qlonglong(o.length);
    case LibraryIdRole: return o.libraryId;
    case RejectedRole: return o.rejected;
    default: return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndicatorColumn: return tr("Indicator");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case FlagsColumn: return tr("Flags");
    case SectionColumn: return tr("Section");
    }
    return {};
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_observations.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ValueColumn && !m_observations.at(index.row()).rejected)
        f |= Qt::ItemIsEditable;
    return f;
}

bool IndicatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn || !index.isValid() || index.model() != this
        || index.row() >= m_observations.size())
        return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        return false;
    if (v == m_observations.at(index.row()).effectiveValue())
        return true;
    Q_EMIT valueEditRequested(index.row(), v);
    return true;
}

} // namespace rl
