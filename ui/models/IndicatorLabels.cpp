#include "models/IndicatorLabels.h"

#include "extract/IndicatorCatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace rl {

namespace {
bool s_chinese = true;
}

bool IndicatorLabels::chineseUi()
{
    return s_chinese;
}

void IndicatorLabels::setChineseUi(bool chinese)
{
    s_chinese = chinese;
}

QString IndicatorLabels::name(const QString &id)
{
    const IndicatorDefinition *d = IndicatorCatalog::shared().find(id);
    if (!d)
        return id;
    const QString &localised = s_chinese ? d->nameZh : d->nameEn;
    return localised.isEmpty() ? id : localised;
}

QString IndicatorLabels::group(const QString &id)
{
    const IndicatorDefinition *d = IndicatorCatalog::shared().find(id);
    return d ? d->group : QString();
}

QString IndicatorLabels::unit(const QString &id)
{
    const IndicatorDefinition *d = IndicatorCatalog::shared().find(id);
    return d ? d->unit : QString();
}

QStringList IndicatorLabels::ids()
{
    return IndicatorCatalog::shared().ids();
}

QString IndicatorLabels::groupName(const QString &group)
{
    if (group == QLatin1String("dispute"))
        return QCoreApplication::translate("rl::IndicatorLabels", "Labour disputes");
    if (group == QLatin1String("wages"))
        return QCoreApplication::translate("rl::IndicatorLabels", "Wage arrears");
    if (group == QLatin1String("oversight"))
        return QCoreApplication::translate("rl::IndicatorLabels", "Oversight");
    if (group == QLatin1String("rules"))
        return QCoreApplication::translate("rl::IndicatorLabels", "Rules");
    if (group == QLatin1String("enforcement"))
        return QCoreApplication::translate("rl::IndicatorLabels", "Enforcement");
    if (group == QLatin1String("education"))
        return QCoreApplication::translate("rl::IndicatorLabels", "Legal education");
    return group;
}

QColor IndicatorLabels::groupColour(const QString &group)
{
    // Pale tints that keep black text readable; unknown groups get a stable colour from their name.
    static const QHash<QString, QColor> known = {
        {QStringLiteral("dispute"), QColor(0xcf, 0xe3, 0xff)},
        {QStringLiteral("wages"), QColor(0xff, 0xe0, 0xb3)},
        {QStringLiteral("oversight"), QColor(0xd9, 0xf2, 0xd0)},
        {QStringLiteral("rules"), QColor(0xe8, 0xd9, 0xf7)},
        {QStringLiteral("enforcement"), QColor(0xff, 0xd6, 0xd6)},
        {QStringLiteral("education"), QColor(0xd4, 0xf1, 0xef)},
    };
    const auto it = known.constFind(group);
    if (it != known.constEnd())
        return *it;
    if (group.isEmpty())
        return QColor(0xfa, 0xf0, 0xa0);
    return QColor::fromHsv(int(qHash(group) % 360), 50, 255);
}

} // namespace rl
