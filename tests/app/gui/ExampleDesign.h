#pragma once
// The 1-SU example design (generated and routed as `rackweave-cli generate` does) and the CLI
// from the same build, for tests that check File > Export gives the CLI's bytes.
#include <QCoreApplication>
#include <QFileInfo>
#include <QString>

#include "FileTestSupport.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"

namespace rw::gui::test {

/// examples/superpod-h100-1su.json, generated and routed once per run.
inline const OpenedProject& exampleDesign() {
    static const OpenedProject design = [] {
        OpenedProject p;
        p.model = generate(parseSpecFile(examplePath("superpod-h100-1su.json"), fileTestCatalog()), fileTestCatalog()).model;
        p.routes = Router(p.model, fileTestCatalog()).routeAll();
        return p;
    }();
    return design;
}

/// rackweave-cli from the same build (beside gui_tests: build/app/cli); empty when not built.
inline QString cliPath() {
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/../../../app/cli/rackweave-cli");
    return QFileInfo(path).isExecutable() ? QFileInfo(path).canonicalFilePath() : QString();
}

}  // namespace rw::gui::test
