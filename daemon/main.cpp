#include "app/CommandLine.h"

int main(int argc, char** argv) {
    return flexor::app::runCommandLine(argc, argv);
}
