// Why: every consumer (JSON, library, UI) finds a figure's section through sectionPathAt().
#include "model/Section.h"

#include <QtTest>

using namespace rl;

class TstSection final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathAt_data();
    void pathAt();
    void count();
};

static Outline sampleOutline()
{
    Section one{1, QStringLiteral("一、"), QStringLiteral("总体"), 10, 100, {}};
    Section oneA{2, QStringLiteral("(一)"), QStringLiteral("组织"), 20, 60, {}};
    Section oneB{2, QStringLiteral("(二)"), QStringLiteral("制度"), 60, 100, {}};
    one.children = {oneA, oneB};
    Section two{1, QStringLiteral("二、"), QStringLiteral("问题"), 100, 150, {}};
    return {one, two};
}

void TstSection::pathAt_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QStringList>("path");
    QTest::newRow("front matter") << 5 << QStringList();
    QTest::newRow("heading body before first child") << 12 << QStringList{QStringLiteral("一、总体")};
    QTest::newRow("first child") << 20 << QStringList{QStringLiteral("一、总体"), QStringLiteral("(一)组织")};
    QTest::newRow("second child end") << 99 << QStringList{QStringLiteral("一、总体"), QStringLiteral("(二)制度")};
    QTest::newRow("second top") << 100 << QStringList{QStringLiteral("二、问题")};
    QTest::newRow("after all") << 150 << QStringList();
}

void TstSection::pathAt()
{
    QFETCH(int, offset);
    QFETCH(QStringList, path);
    const Outline outline = sampleOutline();
    QCOMPARE(sectionPathAt(outline, offset), path);
    // The innermost section is the last step of that path (none in front matter or after the end).
    const Section *inner = innermostSectionAt(outline, offset);
    QCOMPARE(inner ? inner->label() : QString(), path.isEmpty() ? QString() : path.last());
}

void TstSection::count()
{
    QCOMPARE(sectionCount(sampleOutline()), 4);
    QCOMPARE(sectionCount({}), 0);
}

QTEST_APPLESS_MAIN(TstSection)
#include "tst_section.moc"
