// File > Export's fabric files and Tools > Verify Installed Fabric on the real window (issue 15):
// the Slurm topology and the OpenSM files are byte-identical to rackweave-cli's for the same
// design; a bad GUID inventory and a capture that is not ibnetdiscover output are errors naming
// file and line, as in the CLI; the verify report is the CLI's text and names the faults.
#include <regex>

#include <QAction>
#include <QFontInfo>
#include <QPlainTextEdit>
#include <QProcess>

#include "ExampleDesign.h"
#include "FileTestSupport.h"
#include "file/ExportActions.h"
#include "file/FabricVerify.h"
#include "file/ReportDialog.h"
#include "file/ToolsActions.h"

namespace rw::gui::test {
namespace {

namespace fs = std::filesystem;

struct CliRun {
    int exitCode = -1;
    std::string out, err;
};

class FabricExchangeTest : public FileWindowTest {
protected:
    void SetUp() override {
        FileWindowTest::SetUp();
        cli_ = cliPath();
        if (cli_.isEmpty()) GTEST_SKIP() << "rackweave-cli is not built beside gui_tests";
        design_ = file(QStringLiteral("hall.rackweave"));
        saveProject(exampleDesign().model, &*exampleDesign().routes, toPath(design_));
        ASSERT_TRUE(actions().openPath(design_));
    }

    CliRun runCli(const QStringList& args) const {
        QProcess process;
        process.start(cli_, args);
        EXPECT_TRUE(process.waitForFinished(300'000));
        return {process.exitCode(), process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
    }

    void trigger(const char* action) const {
        QAction* a = window_->findChild<QAction*>(QString::fromLatin1(action));
        ASSERT_NE(a, nullptr) << action;
        a->trigger();
    }

    // The design's compute fabric as `export fabric` writes it: valid ibnetdiscover output with GUIDs.
    std::string exportedFabric() const {
        const QString topo = file(QStringLiteral("compute.topo"));
        EXPECT_EQ(runCli({QStringLiteral("export"), QStringLiteral("fabric"), design_, QStringLiteral("-o"), topo}).exitCode, 0);
        return readBytes(toPath(topo));
    }

    QString cli_, design_;
};

TEST_F(FabricExchangeTest, SlurmTopologyEqualsTheCliForEachVersion) {
    for (const QString& version : {QStringLiteral("22.05"), QStringLiteral("23.11"), QStringLiteral("25.05")}) {
        const QString ext = version == QStringLiteral("25.05") ? QStringLiteral(".yaml") : QStringLiteral(".conf");
        const QString gui = file(QStringLiteral("gui-") + version + ext), fromCli = file(QStringLiteral("cli-") + version + ext);
        prompts_->exportAnswer = gui;
        trigger(qPrintable(QStringLiteral("actionExportSlurm_") + version));
        ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("slurm"), design_, QStringLiteral("-o"), fromCli,
                                 QStringLiteral("--slurm-version"), version});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::string bytes = readBytes(toPath(gui));
        EXPECT_NE(bytes.find("for Slurm " + version.toStdString()), std::string::npos) << bytes.substr(0, 400);
        EXPECT_NE(bytes.find(ext == QStringLiteral(".yaml") ? "topology:" : "SwitchName="), std::string::npos) << bytes.substr(0, 800);
        EXPECT_EQ(bytes, readBytes(toPath(fromCli))) << version.toStdString();
    }
}

// The block plugin: the 1-SU DGX H100 has no NVLink domains (the CLI's error), the GB200 NVL72
// example one per rack (the CLI's bytes).
TEST_F(FabricExchangeTest, SlurmBlocksEqualTheCli) {
    prompts_->exportAnswer = file(QStringLiteral("none.conf"));
    trigger("actionExportSlurmBlock_23.11");
    ASSERT_EQ(prompts_->errors.size(), 1);
    const CliRun none = runCli({QStringLiteral("export"), QStringLiteral("slurm"), design_, QStringLiteral("--plugin"),
                                QStringLiteral("block"), QStringLiteral("-o"), file(QStringLiteral("none-cli.conf"))});
    ASSERT_EQ(none.exitCode, 2);
    // The CLI names the design before core's reason; the app names the file it was to write.
    const std::string reason = none.err.substr(none.err.find(design_.toStdString()) + design_.size() + 2);
    EXPECT_NE(reason.find("no NVLink domains"), std::string::npos) << none.err;
    EXPECT_NE(prompts_->errors.front().toStdString().find(reason.substr(0, reason.find('\n'))), std::string::npos)
        << prompts_->errors.front().toStdString() << "\nCLI: " << none.err;
    EXPECT_FALSE(fs::exists(toPath(file(QStringLiteral("none.conf")))));

    const QString gb200 = file(QStringLiteral("gb200.rackweave"));
    ASSERT_EQ(runCli({QStringLiteral("generate"), toQString(examplePath("gb200-nvl72-su.json")), QStringLiteral("-o"), gb200}).exitCode, 0);
    ASSERT_TRUE(actions().openPath(gb200));
    prompts_->errors.clear();
    prompts_->exportAnswer = file(QStringLiteral("blocks.conf"));
    trigger("actionExportSlurmBlock_23.11");
    ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
    const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("slurm"), gb200, QStringLiteral("--plugin"), QStringLiteral("block"),
                             QStringLiteral("-o"), file(QStringLiteral("blocks-cli.conf"))});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string bytes = readBytes(toPath(file(QStringLiteral("blocks.conf"))));
    EXPECT_NE(bytes.find("BlockName="), std::string::npos) << bytes.substr(0, 800);
    EXPECT_EQ(bytes, readBytes(toPath(file(QStringLiteral("blocks-cli.conf")))));
}

TEST_F(FabricExchangeTest, OpensmFilesEqualTheCli) {
    const std::string topo = exportedFabric();
    const QString inventory = file(QStringLiteral("compute.topo"));
    prompts_->inputAnswer = inventory;
    prompts_->exportAnswer = file(QStringLiteral("gui-opensm"));
    trigger("actionExportOpensm");
    ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
    EXPECT_EQ(prompts_->inputTitles.size(), 1) << "the inventory is asked for first";
    const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("opensm"), design_, QStringLiteral("--guids"), inventory,
                             QStringLiteral("-o"), file(QStringLiteral("cli-opensm"))});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char* name : {"root_guid_file", "cn_guid_file", "node-name-map"}) {
        const std::string bytes = readBytes(toPath(file(QStringLiteral("gui-opensm"))) / name);
        EXPECT_GT(bytes.size(), 50u) << name;
        EXPECT_EQ(bytes, readBytes(toPath(file(QStringLiteral("cli-opensm"))) / name)) << name;
    }
}

TEST_F(FabricExchangeTest, BadInventoryIsTheCliErrorAndWritesNothing) {
    const QString inventory = file(QStringLiteral("unknown.txt"));
    writeBytes(toPath(inventory), "# design name, node GUID\nnot-a-switch 0x1234\n");
    const QString folder = file(QStringLiteral("opensm"));
    prompts_->inputAnswer = inventory;
    prompts_->exportAnswer = folder;
    trigger("actionExportOpensm");
    ASSERT_EQ(prompts_->errors.size(), 1);
    const std::string expected = inventory.toStdString() + ":2: \"not-a-switch\" is not a node";
    EXPECT_NE(prompts_->errors.front().toStdString().find(expected), std::string::npos) << prompts_->errors.front().toStdString();
    EXPECT_FALSE(fs::exists(toPath(folder)));
    const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("opensm"), design_, QStringLiteral("--guids"), inventory,
                             QStringLiteral("-o"), folder});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
}

TEST_F(FabricExchangeTest, UnwritablePlacesAreErrorsNamingThem) {
    exportedFabric();
    // A folder below a regular file cannot be created.
    const QString folder = design_ + QStringLiteral("/opensm");
    EXPECT_FALSE(actions().exports().exportOpensmTo(file(QStringLiteral("compute.topo")), folder));
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(folder)) << prompts_->errors.front().toStdString();
    const QString conf = file(QStringLiteral("no-such-folder/topology.conf"));
    EXPECT_FALSE(actions().exports().exportSlurmTo(conf, QStringLiteral("23.11")));
    ASSERT_EQ(prompts_->errors.size(), 2);
    EXPECT_TRUE(prompts_->errors.back().contains(conf)) << prompts_->errors.back().toStdString();
    EXPECT_FALSE(fs::exists(toPath(conf)));
}

// A capture of the installed fabric with one node cable unplugged and one switch the design does
// not have: the report is the CLI's text and names both.
TEST_F(FabricExchangeTest, VerifyShowsTheCliReportNamingTheFaults) {
    std::string text = exportedFabric();
    std::smatch m;
    // Unplug leaf port 1 at both ends: its line in the leaf's block and the CA's line back.
    ASSERT_TRUE(std::regex_search(text, m, std::regex("\\[1\\]\t\"(H-[0-9a-f]+)\"\\[1\\][^\n]*\n"))) << text.substr(0, 800);
    const std::string ca = m[1];
    text.erase(std::size_t(m.position(0)), std::size_t(m.length(0)));
    text = std::regex_replace(text, std::regex("(Ca\t1 \"" + ca + "\"[^\n]*\n)\\[1\\][^\n]*\n"), "$1");
    // A switch nobody designed, cabled to nothing.
    text += "\nvendid=0x2c9\ndevid=0xd2f2\nsysimgguid=0x0000000000abcdef\nswitchguid=0x0000000000abcdef(abcdef)\n"
            "Switch\t64 \"S-0000000000abcdef\"\t\t# \"lab-switch\" enhanced port 0 lid 99 lmc 0\n";
    const QString capture = file(QStringLiteral("built.txt"));
    writeBytes(toPath(capture), text);

    prompts_->inputAnswer = capture;
    trigger("actionVerifyFabric");
    ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
    ASSERT_EQ(prompts_->reports.size(), 1);
    const std::string report = prompts_->reports.front().toStdString();
    EXPECT_NE(report.find("differs"), std::string::npos) << report;
    EXPECT_NE(report.find("\nmissing "), std::string::npos) << report;
    EXPECT_NE(report.find("\nunknown_device  "), std::string::npos) << report;
    EXPECT_NE(report.find("lab-switch"), std::string::npos) << report;
    EXPECT_NE(report.find("0 swapped, 0 miswired, 1 missing, 0 extra, 0 wrong_rate, 1 unknown_device"), std::string::npos) << report;

    const CliRun r = runCli({QStringLiteral("verify"), design_, QStringLiteral("--ibnetdiscover"), capture});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_TRUE(report.ends_with("\n" + r.out)) << "the CLI's report:\n" << r.out << "\nthe app's:\n" << report;
}

TEST_F(FabricExchangeTest, VerifyOfTheDesignsOwnFabricMatches) {
    exportedFabric();
    ASSERT_TRUE(window_->toolsActions().fabricVerify().verifyCapture(file(QStringLiteral("compute.topo"))));
    ASSERT_EQ(prompts_->reports.size(), 1);
    EXPECT_TRUE(prompts_->reports.front().contains(QStringLiteral("matches the design"))) << prompts_->reports.front().toStdString();
}

// The dialog the real prompts show: the summary over the CLI's text in a fixed-width font.
TEST_F(FabricExchangeTest, ReportDialogShowsTheReportInAFixedWidthFont) {
    const QString capture = file(QStringLiteral("compute.topo"));
    writeBytes(toPath(capture), exportedFabric() + "\nvendid=0x2c9\ndevid=0xd2f2\nsysimgguid=0xabcdef\nswitchguid=0xabcdef(abcdef)\n"
                                                   "Switch\t64 \"S-0000000000abcdef\"\t\t# \"lab-switch\" enhanced port 0 lid 9 lmc 0\n");
    ASSERT_TRUE(window_->toolsActions().fabricVerify().verifyCapture(capture));
    ASSERT_EQ(prompts_->reports.size(), 1);
    const QString shown = prompts_->reports.front();
    const QString title = QStringLiteral("Installed fabric differs");
    ASSERT_TRUE(shown.startsWith(title + QStringLiteral(": "))) << shown.toStdString();
    const qsizetype summaryEnd = shown.indexOf(QLatin1Char('\n'));
    const QString summary = shown.mid(title.size() + 2, summaryEnd - title.size() - 2);
    EXPECT_EQ(summary, QStringLiteral("The installed fabric differs from the design: 1 finding."));
    ReportDialog dialog(title, summary, shown.mid(summaryEnd + 1), window_.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(QFontInfo(text->font()).fixedPitch());
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("unknown_device  unknown device: \"lab-switch\"")));
    const QImage image = dialog.grab().toImage();
    saveScreenshot(image, QStringLiteral("verify-report-dialog"));
    EXPECT_GT(greyStdDev(image), 5.0) << "the dialog is drawn";
}

TEST_F(FabricExchangeTest, CaptureThatIsNotIbnetdiscoverOutputIsAnError) {
    const QString bad = file(QStringLiteral("cables.csv"));
    writeBytes(toPath(bad), "# exported\nname,a,b\ncable-1,leaf-01,spine-01\n");
    prompts_->inputAnswer = bad;
    trigger("actionVerifyFabric");
    EXPECT_TRUE(prompts_->reports.isEmpty());
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(bad + QStringLiteral(":2: not ibnetdiscover output")))
        << prompts_->errors.front().toStdString();
}

}  // namespace
}  // namespace rw::gui::test
