// Plugins in the desktop app (issue 17, docs/plugins.md): the shipped plugins and a throwing
// fixture, copied into the user's plugin folder ($XDG_DATA_HOME/rackweave/plugins) as a user
// would install them, appear in File > Export and in the Findings dock; a plugin that throws is
// reported naming its file, never a crash.
#include <fstream>
#include <sstream>

#include <QAction>
#include <QTreeWidget>

#include "FileTestSupport.h"
#include "PathText.h"
#include "docks/FindingsPanel.h"
#include "persistence/ProjectFile.h"

namespace rw::gui::test {
namespace {

namespace fs = std::filesystem;

// One user data folder for the whole run: the app loads a plugin folder once per process, so
// every test here sees the same three libraries.
const fs::path& userDataHome() {
    static QTemporaryDir dir;
    static const fs::path home = [] {
        const fs::path root = toPath(dir.path());
        const fs::path plugins = root / "rackweave" / "plugins";
        fs::create_directories(plugins);
        for (const fs::path& lib : {fs::path(RACKWEAVE_BUILT_PLUGINS) / "rack_naming.so", fs::path(RACKWEAVE_BUILT_PLUGINS) / "rack_list.so",
                                    fs::path(RACKWEAVE_PLUGIN_FIXTURES) / "throws_when_run" / "throws_when_run.so"})
            fs::copy_file(lib, plugins / lib.filename(), fs::copy_options::overwrite_existing);
        return root;
    }();
    return home;
}

class PluginsGuiTest : public FileWindowTest {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        savedXdg_ = qgetenv("XDG_DATA_HOME");
        hadXdg_ = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QByteArray::fromStdString(userDataHome().string()));
        window_ = openWindow(prompts_);  // after XDG_DATA_HOME: the window loads the user's plugins
    }
    void TearDown() override {
        if (hadXdg_) qputenv("XDG_DATA_HOME", savedXdg_);
        else qunsetenv("XDG_DATA_HOME");
    }

    // Four compute racks, the second named against the default pattern, opened from a file.
    void openDesign() {
        Model model = projectWithRacks(4);
        badRack_ = model.racks().ids()[1];
        model.racks()[badRack_].name = "2nd rack";
        const QString path = file(QStringLiteral("pod.rackweave"));
        saveProject(model, toPath(path));
        ASSERT_TRUE(actions().openPath(path)) << prompts_->errors.join('\n').toStdString();
    }

    QAction* exportAction(const char* name) const {
        return window_->findChild<QAction*>(QStringLiteral("actionExportPlugin_") + QString::fromLatin1(name));
    }

    QByteArray savedXdg_;
    bool hadXdg_ = false;
    RackId badRack_;
};

TEST_F(PluginsGuiTest, PluginExporterInFileExportWritesItsFile) {
    openDesign();
    QAction* rackList = exportAction("rack-list");
    ASSERT_NE(rackList, nullptr) << "File > Export has an entry for the rack-list plugin";
    EXPECT_TRUE(rackList->text().contains(QStringLiteral("rack-list")));

    const QString out = file(QStringLiteral("racks.csv"));
    prompts_->exportAnswer = out;
    rackList->trigger();
    ASSERT_TRUE(prompts_->errors.isEmpty()) << prompts_->errors.join('\n').toStdString();
    std::istringstream csv(readBytes(toPath(out)));
    std::string line;
    std::vector<std::string> lines;
    while (std::getline(csv, line)) lines.push_back(line);
    ASSERT_EQ(lines.size(), 5u) << "a heading and one line per rack";
    EXPECT_EQ(lines[0], "rack,hall,row,x_m,y_m");
    EXPECT_EQ(lines[2].rfind("2nd rack,", 0), 0u) << lines[2];
}

TEST_F(PluginsGuiTest, PluginCheckFindingsAreInTheFindingsDock) {
    openDesign();
    FindingsPanel& panel = window_->findingsPanel();
    panel.recomputeAll();
    const auto& findings = panel.findings();
    const auto naming = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.source == FindingSource::Plugin && f.kind == EntityKind::Rack && f.id == badRack_.value;
    });
    ASSERT_NE(naming, findings.end()) << "the rack-naming plugin flags '2nd rack'";
    EXPECT_EQ(naming->severity, Severity::Warning);
    EXPECT_NE(naming->message.find("'2nd rack' does not match the naming pattern"), std::string::npos) << naming->message;
    const auto listed = panel.list().findItems(QStringLiteral("does not match the naming pattern"), Qt::MatchContains, 2);
    ASSERT_EQ(listed.size(), 1) << "one row in the dock";
    EXPECT_EQ(listed.front()->text(1), QStringLiteral("rack 2nd rack"));
}

TEST_F(PluginsGuiTest, ThrowingPluginCheckIsAnErrorFindingNamingItsFile) {
    openDesign();
    FindingsPanel& panel = window_->findingsPanel();
    panel.recomputeAll();
    const auto listed = panel.list().findItems(QStringLiteral("plugin check 'always-throws'"), Qt::MatchContains, 2);
    ASSERT_EQ(listed.size(), 1);
    const std::string message = listed.front()->text(2).toStdString();
    EXPECT_NE(message.find("throws_when_run.so"), std::string::npos) << message;
    EXPECT_NE(message.find("boom in check"), std::string::npos) << message;
    EXPECT_GE(panel.severityCounts()[0], 1) << "counted as an error";
}

TEST_F(PluginsGuiTest, ThrowingPluginExporterIsReportedAndWritesNothing) {
    openDesign();
    QAction* throwing = exportAction("always-throws");
    ASSERT_NE(throwing, nullptr);
    const QString out = file(QStringLiteral("never.txt"));
    prompts_->exportAnswer = out;
    throwing->trigger();
    ASSERT_EQ(prompts_->errors.size(), 1);
    const std::string error = prompts_->errors.front().toStdString();
    EXPECT_NE(error.find("throws_when_run.so"), std::string::npos) << error;
    EXPECT_NE(error.find("boom in exporter"), std::string::npos) << error;
    EXPECT_FALSE(fs::exists(toPath(out)));
}

}  // namespace
}  // namespace rw::gui::test
