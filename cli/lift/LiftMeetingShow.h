#pragma once

#include "common/Commands.h"

namespace casebook {

// `casebook lift meeting show MEETING`: a meeting with its deadlines, its
// agenda (numbered, with ids and decisions), attendance, the agencies missing,
// its actions (the late marked) and those carried from earlier meetings.
std::unique_ptr<Command> liftMeetingShowCommand();

} // namespace casebook
