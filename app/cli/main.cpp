#include "Cli.h"

int main(int argc, char** argv) {
#ifdef RACKWEAVE_PRINT_FORWARDER
    return rw::cli::run(argc, argv, [=](CLI::App& app) { rw::cli::addPrintForwarder(app, argc, argv); });
#else
    return rw::cli::run(argc, argv, nullptr);
#endif
}
