#pragma once

#include <memory>
#include <vector>

namespace casebook {

class Command;

// Each feature folder contributes its subcommands here.
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeInfoCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeReferenceCommand();
std::unique_ptr<Command> makeBenchCommand();

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace casebook
