// Writes the seeds that cannot be copied from the tree: a small current-schema project file, a
// clipboard fragment and an ibnetdiscover capture, all made from examples/superpod-h100-1su.json.
// Usage: fuzz_make_seeds <source dir> <corpus dir>; tests/fuzz/make-seeds runs it.
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "catalog/Catalog.h"
#include "edit/Document.h"
#include "edit/Fragment.h"
#include "edit/PlacementCommands.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "persistence/ProjectFile.h"
#include "project/NewProject.h"
#include "reports/IbnetdiscoverExport.h"

namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

// Small pages keep a seed small, and so the inputs libFuzzer makes from it.
void shrinkPages(const fs::path& file) {
    sqlite3* db = nullptr;
    if (sqlite3_open(file.c_str(), &db) != SQLITE_OK ||
        sqlite3_exec(db, "PRAGMA page_size = 512; VACUUM;", nullptr, nullptr, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot vacuum " + file.string() + ": " + sqlite3_errmsg(db));
    sqlite3_close(db);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <source dir> <corpus dir>\n", argv[0]);
        return 2;
    }
    const fs::path source = argv[1];
    const fs::path corpus = argv[2];
    try {
        const rw::Catalog catalog = rw::Catalog::loadShipped();
        const rw::Model hall =
            rw::generate(rw::parseSpecFile(source / "examples/superpod-h100-1su.json", catalog), catalog).model;
        write(corpus / "ibnetdiscover/superpod-h100-1su.txt", rw::ibnetdiscoverText(hall, rw::Fabric::Compute, &catalog));

        // Two racks: enough for every table to have rows, few enough for a small seed.
        std::vector<rw::RackId> racks = hall.racks().ids();
        racks.resize(std::min<std::size_t>(racks.size(), 2));
        const rw::Fragment fragment = rw::copyFragment(hall, racks);
        write(corpus / "fragment/two-racks.json", rw::fragmentToJson(fragment));

        rw::Document doc(rw::newProject("Seed site"));
        (void)rw::cmd::pasteFragment(doc, fragment, {doc.model().halls().ids().front(), {}});
        const fs::path project = corpus / "project/two-racks.rackweave";
        fs::create_directories(project.parent_path());
        rw::saveProject(doc.model(), project);
        shrinkPages(project);
        for (const char* version : {"format-v1", "format-v2"}) {
            const fs::path copy = corpus / "project" / (std::string(version) + ".rackweave");
            fs::copy_file(source / "tests/data" / version / "superpod-h100-1su.rackweave", copy,
                          fs::copy_options::overwrite_existing);
            fs::permissions(copy, fs::perms::owner_write, fs::perm_options::add);
            shrinkPages(copy);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fuzz_make_seeds: %s\n", e.what());
        return 1;
    }
    return 0;
}
