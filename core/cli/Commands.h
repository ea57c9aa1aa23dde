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
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeSettingsImportCommand();
std::unique_ptr<Command> makeSettingsListCommand();
std::unique_ptr<Command> makeSettingsAddCommand();
std::unique_ptr<Command> makeSettingsEditCommand();
std::unique_ptr<Command> makeStaffListCommand();
std::unique_ptr<Command> makeStaffAddCommand();
std::unique_ptr<Command> makeStaffWhoAmICommand();
std::unique_ptr<Command> makeChildrenAddCommand();
std::unique_ptr<Command> makeChildrenListCommand();
std::unique_ptr<Command> makeChildrenShowCommand();
std::unique_ptr<Command> makeChildrenEditCommand();
std::unique_ptr<Command> makeSyncExportCommand();
std::unique_ptr<Command> makeSyncImportCommand();
std::unique_ptr<Command> makeSyncPeersCommand();
std::unique_ptr<Command> makeSyncConflictsCommand();
std::unique_ptr<Command> makeSyncResolveCommand();
std::vector<std::unique_ptr<Command>> makeCaseworkCommands(); // casework …, contacts …
std::unique_ptr<Command> makeReportVisitCommand();

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace casebook
