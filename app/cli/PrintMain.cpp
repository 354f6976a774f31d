// rackweave-print: rackweave-cli with the `print` command, which needs Qt Gui. rackweave-cli
// runs it for `print` (PrintForwarder.cpp); it is not meant to be run by hand.
#include "Cli.h"

int main(int argc, char** argv) { return rw::cli::run(argc, argv, rw::cli::addPrintCommand); }
