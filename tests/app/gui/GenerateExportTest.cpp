// File > Generate from Spec and File > Export on the real window: the example spec becomes an
// untitled, routed project; a bad spec is reported naming the file and the JSON path; exports
// are byte-identical to rackweave-cli's for the same design. Tools > Route reroutes everything.
#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>

#include "ExampleDesign.h"
#include "FileTestSupport.h"
#include "PathText.h"
#include "file/ExportActions.h"
#include "file/GenerateFromSpec.h"
#include "file/RouteStatusIndicator.h"
#include "file/ToolsActions.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

namespace fs = std::filesystem;

class GenerateExportTest : public FileWindowTest {
protected:
    GenerateFromSpec& generator() const { return actions().generator(); }

    // Starts File > Generate from Spec with `spec` and waits for it to end; true when it succeeded.
    bool generateFrom(const QString& spec) {
        prompts_->specAnswer = spec;
        QSignalSpy finished(&generator(), &GenerateFromSpec::finished);
        actions().generateAction()->trigger();
        if (!generator().isRunning()) return false;
        if (!finished.wait(300'000)) return false;
        return finished.first().first().toBool();
    }
};

TEST_F(GenerateExportTest, ExampleSpecBecomesAnUntitledRoutedProject) {
    QSignalSpy progress(&generator(), &GenerateFromSpec::progress);
    ASSERT_TRUE(generateFrom(toQString(examplePath("superpod-h100-1su.json")))) << prompts_->errors.join('\n').toStdString();
    EXPECT_TRUE(prompts_->errors.isEmpty());
    EXPECT_GE(progress.count(), 3) << "the dialog names the phases";
    EXPECT_FALSE(session().hasPath());
    EXPECT_TRUE(session().isModified()) << "a generated project is unsaved until saved";
    EXPECT_FALSE(session().document().canUndo()) << "a new project, not an undoable edit";
    EXPECT_TRUE(session().model() == exampleDesign().model);
    EXPECT_EQ(session().model().racks().size(), exampleDesign().model.racks().size());
    EXPECT_GT(session().model().racks().size(), 4u);
    ASSERT_NE(session().routes(), nullptr);
    EXPECT_TRUE(*session().routes() == *exampleDesign().routes);
    EXPECT_GT(session().routes()->countWith(RouteStatus::Routed), 0u);
}

TEST_F(GenerateExportTest, UnsavedWorkIsAskedAboutFirst) {
    addRacks(2);
    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Cancel;
    prompts_->specAnswer = toQString(examplePath("superpod-h100-1su.json"));
    actions().generateAction()->trigger();
    EXPECT_EQ(prompts_->unsavedQuestions, 1);
    EXPECT_FALSE(generator().isRunning());
    EXPECT_EQ(session().model().racks().size(), 2u);
}

TEST_F(GenerateExportTest, BadSpecNamesTheFileAndTheJsonPath) {
    const QString spec = file(QStringLiteral("bad-spec.json"));
    writeBytes(toPath(spec), R"({"name": "bad", "compute": {"system": "nvidia-dgx-h100", "nodes": "many"}})");
    addRacks(1);
    prompts_->unsavedAnswer = UserPrompts::UnsavedChoice::Discard;
    EXPECT_FALSE(generateFrom(spec));
    ASSERT_EQ(prompts_->errors.size(), 1);
    const QString error = prompts_->errors.front();
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot generate from spec: "))) << error.toStdString();
    EXPECT_TRUE(error.contains(spec)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("$.compute.nodes"))) << error.toStdString();
}

TEST_F(GenerateExportTest, CancelKeepsTheCurrentProject) {
    ASSERT_TRUE(generator().startFrom(toQString(examplePath("superpod-h100-1su.json"))));
    QSignalSpy finished(&generator(), &GenerateFromSpec::finished);
    generator().cancel();
    ASSERT_TRUE(finished.wait(300'000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_EQ(session().model().racks().size(), 0u);
    EXPECT_TRUE(prompts_->errors.isEmpty());
}

TEST_F(GenerateExportTest, ExportsEqualTheCliOutputForTheSameDesign) {
    const QString cli = cliPath();
    if (cli.isEmpty()) GTEST_SKIP() << "rackweave-cli is not built beside gui_tests";
    const QString design = file(QStringLiteral("pod.rackweave"));
    saveProject(exampleDesign().model, &*exampleDesign().routes, toPath(design));
    ASSERT_TRUE(actions().openPath(design));

    const auto runCli = [&](const QStringList& args) {
        QProcess process;
        process.start(cli, args);
        EXPECT_TRUE(process.waitForFinished(300'000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return process.readAllStandardOutput().toStdString();
    };

    const QString topoGui = file(QStringLiteral("gui.topo")), topoCli = file(QStringLiteral("cli.topo"));
    prompts_->exportAnswer = topoGui;
    window_->findChild<QAction*>(QStringLiteral("actionExportTopology_compute"))->trigger();
    ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
    runCli({QStringLiteral("export"), QStringLiteral("fabric"), design, QStringLiteral("--fabric"), QStringLiteral("compute"),
            QStringLiteral("-o"), topoCli});
    EXPECT_FALSE(readBytes(toPath(topoGui)).empty());
    EXPECT_EQ(readBytes(toPath(topoGui)), readBytes(toPath(topoCli)));

    const QString cablesGui = file(QStringLiteral("gui.csv")), cablesCli = file(QStringLiteral("cli.csv"));
    prompts_->exportAnswer = cablesGui;
    window_->findChild<QAction*>(QStringLiteral("actionExportCables"))->trigger();
    ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
    runCli({QStringLiteral("export"), QStringLiteral("cables"), design, QStringLiteral("-o"), cablesCli});
    EXPECT_GT(readBytes(toPath(cablesGui)).size(), 1000u);
    EXPECT_EQ(readBytes(toPath(cablesGui)), readBytes(toPath(cablesCli)));

    const QString statsGui = file(QStringLiteral("gui.json"));
    prompts_->exportAnswer = statsGui;
    window_->findChild<QAction*>(QStringLiteral("actionExportStats"))->trigger();
    ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
    EXPECT_EQ(readBytes(toPath(statsGui)), runCli({QStringLiteral("stats"), design, QStringLiteral("--json")}));
    EXPECT_EQ(prompts_->exportTitles.size(), 3);
}

// File > Export's exchange formats (issue 15) give the CLI's bytes for the same design.
TEST_F(GenerateExportTest, ExchangeExportsEqualTheCliOutputForTheSameDesign) {
    const QString cli = cliPath();
    if (cli.isEmpty()) GTEST_SKIP() << "rackweave-cli is not built beside gui_tests";
    const QString design = file(QStringLiteral("hall.rackweave"));
    saveProject(exampleDesign().model, &*exampleDesign().routes, toPath(design));
    ASSERT_TRUE(actions().openPath(design));
    const auto runCli = [&](QStringList args) {
        args.prepend(QStringLiteral("export"));
        QProcess process;
        process.start(cli, args);
        EXPECT_TRUE(process.waitForFinished(300'000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    };
    const auto trigger = [&](const char* action, const QString& answer) {
        prompts_->exportAnswer = answer;
        window_->findChild<QAction*>(QString::fromLatin1(action))->trigger();
        ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
    };

    trigger("actionExportXlsx", file(QStringLiteral("gui.xlsx")));
    runCli({QStringLiteral("xlsx"), design, QStringLiteral("-o"), file(QStringLiteral("cli.xlsx"))});
    EXPECT_GT(readBytes(toPath(file(QStringLiteral("gui.xlsx")))).size(), 1000u);
    EXPECT_EQ(readBytes(toPath(file(QStringLiteral("gui.xlsx")))), readBytes(toPath(file(QStringLiteral("cli.xlsx")))));
    trigger("actionExportBomXlsx", file(QStringLiteral("gui-bom.xlsx")));
    runCli({QStringLiteral("bom"), design, QStringLiteral("-o"), file(QStringLiteral("cli-bom.xlsx"))});
    EXPECT_GT(readBytes(toPath(file(QStringLiteral("gui-bom.xlsx")))).size(), 1000u);
    EXPECT_EQ(readBytes(toPath(file(QStringLiteral("gui-bom.xlsx")))), readBytes(toPath(file(QStringLiteral("cli-bom.xlsx")))));

    for (const bool compact : {false, true}) {
        const QString gui = file(compact ? QStringLiteral("gui-c.glb") : QStringLiteral("gui.glb"));
        const QString fromCli = file(compact ? QStringLiteral("cli-c.glb") : QStringLiteral("cli.glb"));
        trigger(compact ? "actionExportGltfCompact" : "actionExportGltf", gui);
        QStringList args{QStringLiteral("gltf"), design, QStringLiteral("-o"), fromCli};
        if (compact) args << QStringLiteral("--compact");
        runCli(args);
        EXPECT_GT(readBytes(toPath(gui)).size(), 100u);
        EXPECT_EQ(readBytes(toPath(gui)), readBytes(toPath(fromCli))) << (compact ? "compact" : "compatible");
    }

    const QString guiPack = file(QStringLiteral("gui-netbox")), cliPack = file(QStringLiteral("cli-netbox"));
    trigger("actionExportNetbox", guiPack);
    runCli({QStringLiteral("netbox"), design, QStringLiteral("-o"), cliPack});
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(toPath(cliPack)))
        if (entry.is_regular_file()) names.push_back(std::filesystem::relative(entry.path(), toPath(cliPack)).string());
    EXPECT_GT(names.size(), 8u);
    for (const std::string& name : names)
        EXPECT_EQ(readBytes(toPath(guiPack) / name), readBytes(toPath(cliPack) / name)) << name;
    std::size_t guiFiles = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(toPath(guiPack))) guiFiles += entry.is_regular_file();
    EXPECT_EQ(guiFiles, names.size());
}

TEST_F(GenerateExportTest, FailedExportNamesTheFileAndWritesNothing) {
    const QString nowhere = file(QStringLiteral("no-such-folder/cables.csv"));
    EXPECT_FALSE(actions().exports().exportStatsTo(nowhere));
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_TRUE(prompts_->errors.front().contains(nowhere)) << prompts_->errors.front().toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));

    prompts_->errors.clear();
    EXPECT_FALSE(actions().exports().exportTopologyTo(Fabric::Compute, file(QStringLiteral("empty.topo"))))
        << "an empty project has no compute fabric";
    ASSERT_EQ(prompts_->errors.size(), 1);
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("empty.topo"))));
}

TEST_F(GenerateExportTest, ToolsRouteRoutesAProjectWithoutRoutesAndShowsProgress) {
    const QString design = file(QStringLiteral("unrouted.rackweave"));
    saveProject(exampleDesign().model, toPath(design));
    ASSERT_TRUE(actions().openPath(design));
    ASSERT_EQ(session().routes(), nullptr);
    auto* indicator = window_->findChild<RouteStatusIndicator*>(QStringLiteral("routeStatus"));
    ASSERT_NE(indicator, nullptr);
    EXPECT_FALSE(indicator->isVisible()) << "no routes, nothing to show";

    window_->findChild<QAction*>(QStringLiteral("actionRoute"))->trigger();
    EXPECT_TRUE(session().routing().isBusy());
    EXPECT_TRUE(indicator->isVisible());
    EXPECT_TRUE(indicator->busyShown());
    EXPECT_EQ(indicator->text(), QStringLiteral("Routing..."));
    ASSERT_TRUE(waitUntil([&] { return !session().routing().isBusy(); }, 300'000));
    ASSERT_NE(session().routes(), nullptr);
    EXPECT_TRUE(*session().routes() == *exampleDesign().routes);
    EXPECT_FALSE(indicator->busyShown());
    EXPECT_FALSE(indicator->text().isEmpty());
    EXPECT_FALSE(indicator->text().contains(QStringLiteral("out of date")));
}

TEST_F(GenerateExportTest, ToolsCheckShowsTheFindingsDock) {
    QDockWidget* findings = window_->findChild<QDockWidget*>(QStringLiteral("findingsDock"));
    ASSERT_NE(findings, nullptr);
    findings->hide();
    QAction* check = window_->findChild<QAction*>(QStringLiteral("actionCheck"));
    ASSERT_NE(check, nullptr);
    ASSERT_TRUE(check->isEnabled());
    check->trigger();
    EXPECT_TRUE(findings->isVisible());
}

}  // namespace
}  // namespace rw::gui::test
