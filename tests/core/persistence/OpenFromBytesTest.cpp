// openProjectBytes reads a project held in memory (sqlite3_deserialize) with the same checks and
// messages as a file: the fuzz target (tests/fuzz/fuzz_project.cpp) relies on that.
#include <gtest/gtest.h>

#include "persistence/ProjectFile.h"
#include "support/SampleModel.h"
#include "TempDir.h"

namespace rw {
namespace {

using Reason = ProjectFileError::Reason;

Reason refusal(const std::string& bytes) {
    try {
        (void)openProjectBytes(bytes, "memory.rackweave");
    } catch (const ProjectFileError& e) {
        EXPECT_NE(std::string(e.what()).find("memory.rackweave"), std::string::npos) << e.what();
        return e.reason();
    }
    ADD_FAILURE() << "accepted";
    return Reason::Io;
}

TEST(OpenFromBytes, GivesTheSameModelAsTheFile) {
    test::TempDir dir;
    const Model original = test::sampleModel(4);
    saveProject(original, dir / "a.rackweave");
    const OpenedProject opened = openProjectBytes(test::fileBytes(dir / "a.rackweave"), "a.rackweave");
    EXPECT_EQ(opened.model, original);
}

TEST(OpenFromBytes, RefusesWhatTheFileOpenRefuses) {
    EXPECT_EQ(refusal(""), Reason::NotSqlite);
    EXPECT_EQ(refusal("not a database at all"), Reason::NotSqlite);

    test::TempDir dir;
    saveProject(test::sampleModel(40), dir / "b.rackweave");
    std::string bytes = test::fileBytes(dir / "b.rackweave");
    EXPECT_EQ(refusal(bytes.substr(0, bytes.size() / 2)), Reason::Corrupt);  // truncated
    for (std::size_t i = 65536; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) ^ 0x5a);
    EXPECT_EQ(refusal(bytes), Reason::Corrupt);
}

}  // namespace
}  // namespace rw
