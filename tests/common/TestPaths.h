#pragma once

#include <QString>
#include <QStringList>

namespace rl::test {

QString sharedDir();                 // ../shared beside the checkout
QString corpusDir();                 // ../shared/corpus
QStringList corpusFiles();           // *.txt in the corpus, sorted; empty when absent
QString goldFile();                  // ../shared/gold/seeds.json
QString fixture(const QString &name);// tests/data/NAME
QString reportlensBinary();          // the built executable (for tests that run the CLI)

} // namespace rl::test

// Skips the current test with a message naming what is missing.
#define RL_REQUIRE_CORPUS()                                                                              \
    do {                                                                                                 \
        if (rl::test::corpusFiles().isEmpty())                                                           \
            QSKIP("../shared/corpus is absent: the seed reports are not beside this checkout");          \
    } while (false)
