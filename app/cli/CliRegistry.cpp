#include "CliRegistry.h"

#include "ChartCommand.h"
#include "ExportCommand.h"
#include "ExtractCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "MatrixCommand.h"
#include "OutlineCommand.h"
#include "ReextractCommand.h"
#include "SearchCommand.h"

namespace rl {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<OutlineCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ReextractCommand>());
    commands.push_back(std::make_unique<ChartCommand>());
    commands.push_back(std::make_unique<MatrixCommand>());
    return commands;
}

} // namespace rl
