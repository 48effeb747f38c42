#include "compare/ValueFormat.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace rl {

namespace {

QString trimmed(QString s)
{
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

bool isPercent(const QString &unit)
{
    return unit == QLatin1String("%") || unit == QStringLiteral("％");
}

} // namespace

QString ValueFormat::plain(double value, int decimals)
{
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    QString s = trimmed(c.toString(value, 'f', decimals));
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString ValueFormat::compact(double value, OutputLanguage language)
{
    const double a = std::fabs(value);
    if (language == OutputLanguage::Chinese) {
        if (a >= 1e8)
            return plain(value / 1e8, 2) + QStringLiteral("亿");
        if (a >= 1e4)
            return plain(value / 1e4, 2) + QStringLiteral("万");
        return plain(value, 2);
    }
    if (a >= 1e9)
        return plain(value / 1e9, 2) + QStringLiteral("bn");
    if (a >= 1e6)
        return plain(value / 1e6, 2) + QStringLiteral("m");
    if (a >= 1e4)
        return plain(value / 1e3, 1) + QStringLiteral("k");
    return plain(value, 2);
}

QString ValueFormat::withUnit(double value, const QString &unit, OutputLanguage language)
{
    if (isPercent(unit))
        return plain(value, 2) + QStringLiteral("%");
    const QString name = unitName(unit, language);
    if (language == OutputLanguage::Chinese) {
        QString s = plain(value, 2) + name;
        if (std::fabs(value) >= 1e4)
            s += QStringLiteral("(") + compact(value, language) + name + QStringLiteral(")");
        return s;
    }
    return name.isEmpty() ? plain(value, 2) : plain(value, 2) + QLatin1Char(' ') + name;
}

AxisScale ValueFormat::axisScale(double maxAbs, const QString &unit, OutputLanguage language)
{
    const QString name = unitName(unit, language);
    if (isPercent(unit))
        return {1, QStringLiteral("%")};
    if (language == OutputLanguage::Chinese) {
        if (maxAbs >= 1e9)
            return {1e8, QStringLiteral("亿") + name};
        if (maxAbs >= 1e5)
            return {1e4, QStringLiteral("万") + name};
        return {1, name};
    }
    if (maxAbs >= 1e7)
        return {1e6, QStringLiteral("million ") + name};
    if (maxAbs >= 1e5)
        return {1e3, QStringLiteral("thousand ") + name};
    return {1, name};
}

QString ValueFormat::unitName(const QString &unit, OutputLanguage language)
{
    if (language == OutputLanguage::Chinese)
        return unit;
    // Catalog units are Chinese measure words; English needs a noun.
    static const QHash<QString, QString> english = {
        {QStringLiteral("件"), QStringLiteral("cases")},   {QStringLiteral("元"), QStringLiteral("yuan")},
        {QStringLiteral("人"), QStringLiteral("people")},  {QStringLiteral("户"), QStringLiteral("employers")},
        {QStringLiteral("场"), QStringLiteral("sessions")}, {QStringLiteral("人次"), QStringLiteral("attendances")},
        {QStringLiteral("宗"), QStringLiteral("cases")},   {QStringLiteral("份"), QStringLiteral("documents")},
        {QStringLiteral("起"), QStringLiteral("cases")},   {QStringLiteral("次"), QStringLiteral("times")},
    };
    return english.value(unit, unit);
}

} // namespace rl
