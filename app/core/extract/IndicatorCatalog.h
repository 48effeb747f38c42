#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace rl {

// One way a report names an indicator: the thing counted (subject: 劳动人事争议案件, 行政复议),
// what was done with it (measure: 受理, 办结, 调解成功), and words that rule the reading out.
struct IndicatorRecogniser
{
    QStringList subjects;
    QStringList measures;
    QStringList exclude;
    QStringList units;          // measure words as written; empty: the indicator's units
    QStringList context;        // when set, one of these must occur in the figure's sentence (培训 needs 法治)
    bool requireMeasure = false;
    bool subjectIsActor = false;    // 调解组织受理N件: the subject does the measure and outranks the object
    bool measureInSentence = false; // the measure may stand anywhere before the figure in its sentence
};

struct IndicatorDefinition
{
    QString id;
    QString group;
    QString nameZh;
    QString nameEn;
    QString unit;               // catalog unit: 件, %, 元, 人, 户, 场, 人次
    QStringList units;          // units as reports write them (件, 宗, 起)
    QList<IndicatorRecogniser> recognisers;
    QStringList zeroTerms;      // 败诉 in 无败诉 → 0
    bool sumParts = false;      // a total split into kinds (建议 + 提案) is reported as their sum

    bool isRate() const { return unit == QLatin1String("%"); }
};

// A rate the program computes when the report gives both counts but not the rate.
struct IndicatorDerivation
{
    QString id;
    QString numerator;
    QString denominator;
    double scale = 100;
    int decimals = 2;
};

// Words that shape the reading of any figure, whatever the indicator.
struct CatalogGrammar
{
    QStringList partMarkers;     // 其中: what follows breaks the total down
    QStringList parenPartMarkers;// (含…): a parenthesis that starts with these is a part
    QStringList instanceParts;   // 二审, 再审: a breakdown by instance
    QStringList totalMarkers;    // 共, 合计: the figure is a total
    QStringList negations;       // 无, 未发生: before a zero term, the figure is 0
    QStringList targetWords;     // 确保, 力争: a target, not a result
    QStringList futureSections;  // 下一步, 工作计划: section titles holding plans
    QStringList blockers;        // verbs that change what is counted (答复, 审结 …)
    QStringList hedgesBefore;
    QStringList hedgesAfter;
    QStringList changeWords;
};

// The indicator catalog: ids, names, units and recognisers, read from JSON so that adding an
// indicator or a phrasing needs no recompile. The built-in catalog is a Qt resource; a user file
// ($REPORTLENS_CATALOG, else indicators.json in the app config folder) overrides it.
class IndicatorCatalog final
{
public:
    IndicatorCatalog() = default;

    static std::optional<IndicatorCatalog> fromJson(const QByteArray &json, QString *error);
    static std::optional<IndicatorCatalog> fromFile(const QString &path, QString *error);
    // The catalog compiled into the program.
    static const IndicatorCatalog &builtin();
    // Where a user catalog is looked for; empty when there is none.
    static QString userCatalogPath();
    // The user catalog when present and valid, else the built-in one; loaded once, thread-safe.
    static const IndicatorCatalog &shared();
    // Why the user catalog was not used (empty when none was found or it loaded).
    static QString sharedLoadError();

    const QList<IndicatorDefinition> &indicators() const { return m_indicators; }
    const IndicatorDefinition *find(const QString &id) const;
    QStringList ids() const;
    const CatalogGrammar &grammar() const { return m_grammar; }
    const QList<IndicatorDerivation> &derivations() const { return m_derivations; }
    // Pairs (a, b) where a must not exceed b (closed ≤ received).
    const QList<QPair<QString, QString>> &notGreaterChecks() const { return m_notGreater; }
    double maxRate() const { return m_maxRate; }
    double rateTolerance() const { return m_rateTolerance; }
    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }
    bool isEmpty() const { return m_indicators.isEmpty(); }

    // Indicators of `other` replace those with the same id here, new ones are appended, and
    // grammar lists present in `other` replace these.
    void mergeFrom(const IndicatorCatalog &other);

private:
    QList<IndicatorDefinition> m_indicators;
    QHash<QString, int> m_index;
    CatalogGrammar m_grammar;
    QList<IndicatorDerivation> m_derivations;
    QList<QPair<QString, QString>> m_notGreater;
    double m_maxRate = 100;
    double m_rateTolerance = 1.0;
    QString m_source;
    QStringList m_grammarKeys;   // grammar lists the JSON set (for mergeFrom)
};

} // namespace rl
