#pragma once

namespace flexor::app {

// Entry point: no subcommand starts the daemon; a subcommand runs a client and exits.
int runCommandLine(int argc, char** argv);

} // namespace flexor::app
