#pragma once

#include <QList>

#include <memory>
#include <vector>

namespace casebook {

class Command;
using CommandList = std::vector<std::unique_ptr<Command>>;
using CommandsFactory = CommandList (*)();

// One of each of the commands `Commands`, in that order.
template<typename... Commands>
CommandList makeCommands()
{
    CommandList commands;
    (commands.push_back(std::make_unique<Commands>()), ...);
    return commands;
}

// The program's own verbs, whatever the features: init, info, check, sync …,
// demo and bench.
CommandList databaseCommands();
CommandList syncCommands();
CommandList demoCommands();
CommandList benchCommands();

// Each feature's folder gives its verbs; app/Features.cpp lists the features.
CommandList settingsCommands();
CommandList staffCommands();
CommandList childrenCommands();
CommandList caseworkCommands();
CommandList liftCommands();
CommandList dropinCommands();
CommandList supportCommands();
CommandList linksCommands();
CommandList referenceCommands();
CommandList reportsCommands();

// Called once as the program starts, in the features' order.
void installFeatureCommands(QList<CommandsFactory> features);

// The program's verbs, then each installed feature's.
CommandList allCommands();

} // namespace casebook
