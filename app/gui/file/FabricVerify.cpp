#include "file/FabricVerify.h"

#include <fstream>

#include "PathText.h"
#include "ProjectSession.h"
#include "UserPrompts.h"
#include "exchange/AsBuiltCheck.h"
#include "exchange/DesignedFabric.h"
#include "util/Errors.h"

namespace rw::gui {

FabricVerify::FabricVerify(ProjectSession& session, UserPrompts& prompts, QObject* parent)
    : QObject(parent), session_(session), prompts_(prompts) {}

bool FabricVerify::verify() {
    const QString capture = prompts_.chooseInputPath(tr("Installed fabric: ibnetdiscover output"),
                                                     tr("ibnetdiscover output (*.txt *.topo *.out);;All files (*)"));
    return !capture.isEmpty() && verifyCapture(capture);
}

bool FabricVerify::verifyCapture(const QString& capture) {
    const QString title = tr("Cannot verify the installed fabric");
    const Catalog* catalog = session_.routing().catalog();
    if (!catalog) {
        prompts_.showError(title, tr("No parts catalog is loaded, so the design's fabric cannot be exported."));
        return false;
    }
    const Fabric fabric = Fabric::Compute;
    AsBuiltReport report;
    try {
        std::ifstream in(toPath(capture), std::ios::binary);
        if (!in) throw InputError(capture.toStdString() + ": cannot read the capture");
        const IbnetdiscoverCapture found = parseIbnetdiscover(in, capture.toStdString());
        const std::string design = session_.hasPath() ? session_.path().string() : std::string("untitled");
        report = checkAsBuilt(designedFabric(session_.model(), design, fabric, *catalog), found);
    } catch (const std::exception& e) {
        prompts_.showError(title, QString::fromUtf8(e.what()));
        return false;
    }
    const QString text = QString::fromStdString(asBuiltReportText(report, capture.toStdString(), toString(fabric)));
    const QString summary =
        report.matches()
            ? tr("The installed fabric matches the design: all %1 designed links found.").arg(report.designedLinks)
            : report.findings.size() == 1 ? tr("The installed fabric differs from the design: 1 finding.")
                                          : tr("The installed fabric differs from the design: %1 findings.").arg(report.findings.size());
    prompts_.showReport(report.matches() ? tr("Installed fabric as designed") : tr("Installed fabric differs"), summary, text);
    emit verified(capture, report.matches());
    return true;
}

}  // namespace rw::gui
