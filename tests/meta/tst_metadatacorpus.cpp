// Why: the seed reports are real; their gold metadata (../shared/gold/seeds.json) is the reference the
// product is scored on, read here by path (never copied) and compared field by field.
#include "meta/MetadataDetector.h"
#include "read/Normaliser.h"
#include "read/TextDecoder.h"

#include "TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using rl::AgencyLevel;
using rl::ReportMeta;

class TestMetadataCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldMetadata_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("gold");
        const QStringList files = rl::test::corpusFiles();
        QFile goldFile(rl::test::goldFile());
        if (files.isEmpty() || !goldFile.open(QIODevice::ReadOnly))
            return;
        QHash<QString, QJsonObject> goldByFile;
        const QJsonArray gold = QJsonDocument::fromJson(goldFile.readAll()).array();
        for (const QJsonValue &v : gold)
            goldByFile.insert(v[QLatin1String("file")].toString(), v.toObject());
        for (const QString &path : files) {
            const QString name = QFileInfo(path).fileName();
            if (goldByFile.contains(name))
                QTest::newRow(qPrintable(name)) << path << goldByFile.value(name);
        }
    }

    void goldMetadata()
    {
        RL_REQUIRE_CORPUS();
        QFETCH(QString, path);
        QFETCH(QJsonObject, gold);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const rl::ReadResult read = rl::TextDecoder::decode(file.readAll());
        QVERIFY2(read.ok(), qPrintable(read.error));
        const QString text = rl::Normaliser::normalise(read.document.text);
        const ReportMeta meta = rl::MetadataDetector().detect(text, read.document);

        auto str = [&](const char *key) { return gold.value(QLatin1String(key)).toString(); };
        QCOMPARE(meta.agency, str("agency"));
        QCOMPARE(meta.province, str("province"));
        QCOMPARE(meta.city, str("city"));
        QCOMPARE(meta.district, str("district"));
        QCOMPARE(rl::agencyLevelKey(meta.level), str("level"));
        const QJsonValue year = gold.value(QLatin1String("year"));
        QCOMPARE(meta.year.value_or(0), year.isNull() ? 0 : year.toInt());
        QCOMPARE(meta.published.isValid() ? meta.published.toString(Qt::ISODate) : QString(), str("published"));
    }
};

QTEST_GUILESS_MAIN(TestMetadataCorpus)
#include "tst_metadatacorpus.moc"
