#include "Cli.h"

int main(int argc, char** argv) { return rw::cli::run(argc, argv); }
