#pragma once

#include <QLocale>

namespace rl {

// Creates the QApplication (translations, icons, settings names) and shows the main window.
int launchMainWindow(int argc, char **argv);

// Simplified Chinese unless the locale is not Chinese (then English). Installs the translator on the
// application and tells the indicator labels which names to show. Returns the language used ("zh_CN"/"en").
const char *installTranslations(const QLocale &locale);

// The UI language from the system (REPORTLENS_LANG=zh|en overrides it).
QLocale uiLocale();

} // namespace rl
