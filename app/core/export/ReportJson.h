#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace rl {

// The CLI contract's JSON shape for reports (see README, "Command line").
class ReportJson final
{
public:
    static QJsonObject toJson(const Report &report);
    static QJsonArray outlineToJson(const Outline &outline);
    static QJsonObject observationToJson(const Observation &observation);
    static QByteArray toJsonDocument(const QList<Report> &reports);
};

} // namespace rl
