#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace rl {

// What the UI shows for an indicator id: its localised name and the colour of its group.
// One place that knows the catalog, so views never parse ids.
class IndicatorLabels final
{
public:
    static QString name(const QString &id);          // localised (zh or en by the UI language); the id when unknown
    static QString group(const QString &id);         // catalog group ("dispute", "wages", …); empty when unknown
    static QString unit(const QString &id);          // catalog unit; empty when unknown
    static QStringList ids();                        // every catalogued id, in catalog order
    static QString groupName(const QString &group);  // localised group name
    static QColor groupColour(const QString &group); // a light, readable tint for highlighting
    static bool chineseUi();                         // true when the UI runs in Chinese
    static void setChineseUi(bool chinese);
};

} // namespace rl
