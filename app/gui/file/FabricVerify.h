#pragma once
// Tools > Verify Installed Fabric: the as-built check of `rackweave-cli verify` in the app. Asks
// for what `ibnetdiscover` printed on the installed fabric, compares it with the design's compute
// fabric through the same core functions, and shows the CLI's report (missing, extra, miswired,
// swapped, wrong rate, unknown devices). Inline: a 1-SU check takes milliseconds and a
// 100,000-link one under two seconds (docs/verify.md), less than a worker's bookkeeping is worth.
#include <QObject>
#include <QString>

namespace rw::gui {

class ProjectSession;
class UserPrompts;

class FabricVerify final : public QObject {
    Q_OBJECT
public:
    FabricVerify(ProjectSession& session, UserPrompts& prompts, QObject* parent = nullptr);

    /// Asks for the capture, then verifyCapture(); false when cancelled or failed.
    bool verify();
    /// Compares `capture` with the design and shows the report; false (after an error naming the
    /// file and line) when the capture cannot be read or is not ibnetdiscover output.
    bool verifyCapture(const QString& capture);

signals:
    /// A report was shown; `matches` when the fabric is as designed.
    void verified(const QString& capture, bool matches);

private:
    ProjectSession& session_;
    UserPrompts& prompts_;
};

}  // namespace rw::gui
