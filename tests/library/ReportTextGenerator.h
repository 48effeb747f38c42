#pragma once

// Synthetic annual reports for library tests and the benchmark: our own sentences (no corpus text), with the
// agency, year and figures varied so every generated report has its own content hash.

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace rl::test {

struct GeneratedReport
{
    QString agency;
    int year = 0;
    int disputeCases = 0;
    int reconsiderationCases = 0;
    QString text;
};

inline QStringList generatedCities()
{
    // Real prefecture-level cities (so metadata detection recognises them), none from the seed corpus.
    return {QStringLiteral("杭州市"), QStringLiteral("宁波市"), QStringLiteral("温州市"), QStringLiteral("成都市"),
            QStringLiteral("武汉市"), QStringLiteral("长沙市"), QStringLiteral("南京市"), QStringLiteral("苏州市")};
}

// Report number `index` (deterministic). Section headings, dispute and reconsideration figures are present
// so the pipeline finds an outline and observations.
inline GeneratedReport generateReport(int index)
{
    QRandomGenerator rng(quint32(index) * 2654435761u + 17u);
    const QStringList cities = generatedCities();
    GeneratedReport g;
    const QString city = cities[index % cities.size()];
    g.agency = city + QStringLiteral("人力资源和社会保障局");
    g.year = 2015 + (index / cities.size()) % 10;
    g.disputeCases = 1000 + int(rng.bounded(9000)) + index;
    g.reconsiderationCases = 10 + int(rng.bounded(400));
    const int closed = g.disputeCases - int(rng.bounded(200));
    const int rate = 90 + int(rng.bounded(10));
    const int wages = 100 + int(rng.bounded(9000));
    const int lawsuits = 5 + int(rng.bounded(90));
    const int trainings = 3 + int(rng.bounded(60));
    const QString y = QString::number(g.year);
    g.text = g.agency + y + QStringLiteral("年法治政府建设年度报告\n\n")
        + y + QStringLiteral("年,我局坚持依法行政,全面推进法治政府建设,现将有关情况报告如下:\n\n")
        + QStringLiteral("一、加强组织领导,落实法治建设责任\n\n")
        + QStringLiteral("我局主要负责人认真履行推进法治建设第一责任人职责,全年召开专题会议%1次,研究部署法治政府建设工作。\n\n").arg(2 + index % 7)
        + QStringLiteral("二、依法化解劳动人事争议\n\n")
        + QStringLiteral("(一)加强调解仲裁工作。全年受理劳动人事争议案件%1件,办结%2件,仲裁结案率为%3%。\n\n").arg(g.disputeCases).arg(closed).arg(rate)
        + QStringLiteral("(二)治理欠薪问题。追回工资%1万元,切实维护劳动者合法权益。\n\n").arg(wages)
        + QStringLiteral("三、自觉接受监督\n\n")
        + QStringLiteral("全年共办理行政复议案件%1宗,行政诉讼应诉案件%2宗,无败诉案件。\n\n").arg(g.reconsiderationCases).arg(lawsuits)
        + QStringLiteral("四、深入开展普法宣传\n\n")
        + QStringLiteral("开展线下普法培训%1场次,编号第%2期,进一步营造尊法学法守法用法的良好氛围。\n\n").arg(trainings).arg(index)
        + QStringLiteral("五、下一步工作打算\n\n")
        + QStringLiteral("我局将继续深化依法行政,提升劳动保障监察执法水平,推动法治政府建设再上新台阶。\n");
    return g;
}

} // namespace rl::test
