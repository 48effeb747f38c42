#pragma once

namespace rl {

// Creates the QApplication (translations, icons, settings names) and shows the main window.
int launchMainWindow(int argc, char **argv);

} // namespace rl
