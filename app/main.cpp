// Chooses between the headless command line and the main window; nothing else.
#include "CliApplication.h"
#include "MainWindowLauncher.h"

int main(int argc, char **argv)
{
    if (argc > 1 && rl::CliApplication::handles(argv[1]))
        return rl::CliApplication::run(argc, argv);
    return rl::launchMainWindow(argc, argv);
}
