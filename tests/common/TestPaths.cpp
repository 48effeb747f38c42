#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>

namespace rl::test {

QString sharedDir()
{
    const QByteArray env = qgetenv("REPORTLENS_SHARED_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(RL_SHARED_DIR) : QString::fromLocal8Bit(env));
}

QString corpusDir()
{
    return sharedDir() + QStringLiteral("/corpus");
}

QStringList corpusFiles()
{
    QDir dir(corpusDir());
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &n : names)
        files << dir.filePath(n);
    return files;
}

QString goldFile()
{
    return sharedDir() + QStringLiteral("/gold/seeds.json");
}

QString fixture(const QString &name)
{
    return QStringLiteral(RL_TEST_DATA_DIR) + QLatin1Char('/') + name;
}

QString reportlensBinary()
{
    const QByteArray env = qgetenv("REPORTLENS_BIN");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral(RL_BINARY_DIR) + QStringLiteral("/app/reportlens");
}

} // namespace rl::test
