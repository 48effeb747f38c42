#include "CliRegistry.h"

#include "ExtractCommand.h"
#include "OutlineCommand.h"

namespace rl {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<OutlineCommand>());
    return commands;
}

} // namespace rl
