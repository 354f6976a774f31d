#include <gtest/gtest.h>
#include <sys/stat.h>

#include "persistence/ProjectFile.h"
#include "support/SampleModel.h"
#include "TempDir.h"

namespace rw {
namespace {

TEST(ProjectFile, SaveThenOpenGivesTheSameModel) {
    test::TempDir dir;
    const Model original = test::sampleModel(5);
    saveProject(original, dir / "a.rackweave");
    const Model loaded = openProject(dir / "a.rackweave");
    EXPECT_EQ(loaded, original);
    EXPECT_EQ(loaded.site.name, "Sample site");
    EXPECT_EQ(loaded.halls()[HallId(0)].obstacles.size(), 1U);
}

TEST(ProjectFile, IdsSurviveDeletionsAndRoundTrip) {
    test::TempDir dir;
    Model m = test::sampleModel(3);
    m.cables().erase(CableId(0));
    m.links().erase(LinkId(0));
    saveProject(m, dir / "sparse.rackweave");
    const Model loaded = openProject(dir / "sparse.rackweave");
    EXPECT_EQ(loaded, m);
    EXPECT_FALSE(loaded.links().contains(LinkId(0)));
    EXPECT_TRUE(loaded.links().contains(LinkId(1)));
}

TEST(ProjectFile, SavingTwiceGivesIdenticalBytes) {
    test::TempDir dir;
    const Model m = test::sampleModel(3);
    saveProject(m, dir / "1.rackweave");
    saveProject(openProject(dir / "1.rackweave"), dir / "2.rackweave");
    EXPECT_EQ(test::fileBytes(dir / "1.rackweave"), test::fileBytes(dir / "2.rackweave"));
}

TEST(ProjectFile, SaveOverExistingKeepsPermissionsAndLeavesNoTemporary) {
    test::TempDir dir;
    const auto file = dir / "p.rackweave";
    saveProject(test::sampleModel(1), file);
    ::chmod(file.c_str(), 0640);
    saveProject(test::sampleModel(2), file);
    struct stat st {};
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640U);
    EXPECT_EQ(openProject(file).racks().size(), 2U);
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
    EXPECT_EQ(entries, 1);
}

TEST(ProjectFile, FileCarriesApplicationIdAndSchemaVersion) {
    test::TempDir dir;
    saveProject(test::sampleModel(1), dir / "v.rackweave");
    EXPECT_EQ(projectSchemaVersion(dir / "v.rackweave"), ProjectFileFormat::kSchemaVersion);
}

TEST(ProjectFile, SaveIntoMissingFolderFailsWithIoError) {
    test::TempDir dir;
    try {
        saveProject(test::sampleModel(1), dir / "no-such-folder" / "x.rackweave");
        FAIL() << "save succeeded";
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.reason(), ProjectFileError::Reason::Io);
        EXPECT_NE(std::string(e.what()).find("x.rackweave"), std::string::npos);
    }
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

TEST(ProjectFile, PortsOfInterleavedAndSparseRunsRoundTrip) {
    test::TempDir dir;
    Model m = test::sampleModel(3);
    // A port added later to the first device breaks its run; a deleted port leaves a gap.
    m.ports().add({DeviceId(0), m.strings.intern("late"), 100, PortKind::QSFP28, 4, 1, Split1});
    m.transceivers().clear();
    m.ports().erase(PortId(5));
    std::vector<LinkId> dangling;
    m.links().forEach([&](LinkId id, const Link& l) {
        if (l.a == PortId(5) || l.b == PortId(5)) dangling.push_back(id);
    });
    for (LinkId id : dangling) m.links().erase(id);
    std::vector<CableId> orphans;
    m.cables().forEach([&](CableId id, const Cable& c) {
        if (!m.links().contains(c.first)) orphans.push_back(id);
    });
    for (CableId id : orphans) m.cables().erase(id);
    ASSERT_TRUE(m.validate().empty());
    saveProject(m, dir / "runs.rackweave");
    EXPECT_EQ(openProject(dir / "runs.rackweave"), m);
}

}  // namespace
}  // namespace rw
