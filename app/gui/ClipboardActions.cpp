#include "ClipboardActions.h"

#include <cmath>
#include <exception>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>

#include "EditingCatalog.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "UserPrompts.h"
#include "edit/PlacementCommands.h"
#include "floorplan/FloorCoordinates.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"

namespace rw::gui {
namespace {

QAction* makeAction(QObject* parent, const QString& text, const QKeySequence& key, const QString& name) {
    auto* action = new QAction(text, parent);
    action->setShortcut(key);
    action->setObjectName(name);
    return action;
}

QString summaryOf(const Fragment& f) {
    QStringList names;
    for (const FragmentRack& r : f.racks) names << QString::fromStdString(r.name);
    // Counted by hand: without a loaded translation "%n rack(s)" stays "rack(s)".
    const QString racks = f.racks.size() == 1 ? QObject::tr("1 rack") : QObject::tr("%1 racks").arg(f.racks.size());
    return QObject::tr("%1: %2 (%3 devices, %4 cables)")
        .arg(racks, names.join(QStringLiteral(", ")))
        .arg(f.devices.size())
        .arg(f.cables.size());
}

std::int32_t roundUpToTiles(double mm) { return std::int32_t(std::ceil(mm / kFloorTileMm)) * kFloorTileMm; }

}  // namespace

ClipboardActions::ClipboardActions(ProjectSession& session, RackSelection& selection, UserPrompts& prompts,
                                   const EditingCatalog& catalog, FloorPlanView& view, QObject* parent)
    : QObject(parent), session_(session), selection_(selection), prompts_(prompts), catalog_(catalog), view_(view) {
    cut_ = makeAction(this, tr("Cu&t"), QKeySequence(Qt::CTRL | Qt::Key_X), QStringLiteral("actionCut"));
    copy_ = makeAction(this, tr("&Copy"), QKeySequence(Qt::CTRL | Qt::Key_C), QStringLiteral("actionCopy"));
    paste_ = makeAction(this, tr("&Paste"), QKeySequence(Qt::CTRL | Qt::Key_V), QStringLiteral("actionPaste"));
    duplicate_ = makeAction(this, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("actionDuplicate"));
    connect(cut_, &QAction::triggered, this, &ClipboardActions::cut);
    connect(copy_, &QAction::triggered, this, &ClipboardActions::copy);
    connect(paste_, &QAction::triggered, this, &ClipboardActions::paste);
    connect(duplicate_, &QAction::triggered, this, &ClipboardActions::duplicate);
    connect(&selection_, &RackSelection::changed, this, &ClipboardActions::refresh);
    connect(&session_, &ProjectSession::modelChanged, this, &ClipboardActions::refresh);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardActions::refresh);
    refresh();
}

void ClipboardActions::populate(QMenu& menu) const {
    menu.addSeparator();
    menu.addAction(cut_);
    menu.addAction(copy_);
    menu.addAction(paste_);
    menu.addAction(duplicate_);
}

void ClipboardActions::refresh() {
    const bool any = !selection_.empty();
    cut_->setEnabled(any);
    copy_->setEnabled(any);
    duplicate_->setEnabled(any);
    const QMimeData* data = QApplication::clipboard()->mimeData();
    paste_->setEnabled(data && data->hasFormat(QString::fromLatin1(kFragmentMimeType)));
}

void ClipboardActions::copy() {
    const Fragment fragment = copyFragment(session_.model(), selection_.racks());
    if (fragment.empty()) return;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kFragmentMimeType), QByteArray::fromStdString(fragmentToJson(fragment)));
    data->setText(summaryOf(fragment));
    QApplication::clipboard()->setMimeData(data);  // takes ownership
}

void ClipboardActions::cut() {
    if (selection_.empty()) return;
    copy();
    try {
        cmd::cutRacks(session_.document(), selection_.racks());
    } catch (const std::exception& e) {
        prompts_.showError(tr("Cut"), QString::fromUtf8(e.what()));
    }
}

std::optional<Fragment> ClipboardActions::clipboardFragment() const {
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(QString::fromLatin1(kFragmentMimeType))) return std::nullopt;
    try {
        return fragmentFromJson(data->data(QString::fromLatin1(kFragmentMimeType)).toStdString(), "clipboard");
    } catch (const std::exception& e) {
        prompts_.showError(tr("Paste"), QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

std::optional<SiteLayout::Located> ClipboardActions::mouseOnPlan() const {
    if (!view_.isVisible()) return std::nullopt;
    const QPoint at = view_.viewport()->mapFromGlobal(pointer_());
    if (!view_.viewport()->rect().contains(at)) return std::nullopt;
    // The hall under the mouse as the site plan lays halls out, in that hall's coordinates.
    return view_.planScene().site().locate(session_.model(), view_.mapToScene(at));
}

HallId ClipboardActions::targetHall(HallId wanted) const {
    const auto& halls = session_.model().halls();
    if (halls.contains(wanted)) return wanted;
    // Beside the selection (the copied racks, usually): its hall.
    for (RackId id : selection_.racks())
        if (const Rack* r = session_.model().racks().find(id); r && halls.contains(r->hall)) return r->hall;
    return halls.empty() ? HallId{} : halls.ids().front();
}

std::int32_t ClipboardActions::widthStep(const Fragment& f) const {
    double west = 0, east = 0;
    bool first = true;
    for (const FragmentRack& r : f.racks) {
        const double half = catalog_.footprint(r.catalog, r.rotation).x / 2.0;
        west = first ? r.position.x - half : std::min(west, r.position.x - half);
        east = first ? r.position.x + half : std::max(east, r.position.x + half);
        first = false;
    }
    return roundUpToTiles(east - west) + kFloorTileMm;
}

Point2 ClipboardActions::besideOffset(const Fragment& f, HallId hall) const {
    const std::int32_t step = widthStep(f);
    return firstFreeEastOf(f, hall, snappedOffset(f, Point2{step, 0}), step);
}

Point2 ClipboardActions::firstFreeEastOf(const Fragment& f, HallId hall, Point2 first, std::int32_t step) const {
    constexpr int kTries = 100;  // then give up looking and overlap: the checks will say so
    for (int k = 0; k < kTries; ++k) {
        const Point2 offset{first.x + step * k, first.y};
        if (!overlapsARack(f, hall, offset)) return offset;
    }
    return Point2{first.x + step * (kTries - 1), first.y};
}

bool ClipboardActions::overlapsARack(const Fragment& f, HallId hall, Point2 offset) const {
    struct Box {
        double x0, y0, x1, y1;
        [[nodiscard]] bool overlaps(const Box& o) const noexcept { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    };
    const auto boxOf = [this](std::string_view type, Rotation rotation, Point2 centre) {
        const cmd::FloorExtent e = catalog_.footprint(type, rotation);
        return Box{centre.x - e.x / 2.0, centre.y - e.y / 2.0, centre.x + e.x / 2.0, centre.y + e.y / 2.0};
    };
    std::vector<Box> pasted;
    for (const FragmentRack& r : f.racks)
        pasted.push_back(boxOf(r.catalog, r.rotation, Point2{r.position.x + offset.x, r.position.y + offset.y}));
    const Model& model = session_.model();
    bool overlap = false;
    model.racks().forEach([&](RackId, const Rack& rack) {
        if (overlap || rack.hall != hall) return;  // every hall has floor coordinates of its own
        const Box box = boxOf(model.text(rack.catalog), rack.rotation, rack.position);
        for (const Box& p : pasted) overlap = overlap || p.overlaps(box);
    });
    return overlap;
}

void ClipboardActions::paste() {
    const auto fragment = clipboardFragment();
    if (!fragment || fragment->empty()) return;
    if (const auto mouse = mouseOnPlan()) {
        pasteAt(mouse->hall, mouse->at);
        return;
    }
    const HallId hall = targetHall({});
    insert(*fragment, hall, besideOffset(*fragment, hall), tr("Paste"));
}

void ClipboardActions::pasteAt(HallId wanted, Point2 centre) {
    const auto fragment = clipboardFragment();
    if (!fragment || fragment->empty()) return;
    const CentreBounds bounds = centreBounds(*fragment);
    const Point2 middle{(bounds.min.x + bounds.max.x) / 2, (bounds.min.y + bounds.max.y) / 2};
    // Under the cursor, or where that is taken (the previous paste), the next free place east of
    // it: pasting twice without moving the mouse lines the copies up instead of stacking them.
    const Point2 offset = snappedOffset(*fragment, Point2{centre.x - middle.x, centre.y - middle.y});
    const HallId hall = targetHall(wanted);
    insert(*fragment, hall, firstFreeEastOf(*fragment, hall, offset, widthStep(*fragment)), tr("Paste"));
}

void ClipboardActions::duplicate() {
    const Fragment fragment = copyFragment(session_.model(), selection_.racks());
    if (fragment.empty()) return;
    const HallId hall = targetHall({});
    insert(fragment, hall, besideOffset(fragment, hall), tr("Duplicate"));
}

Point2 ClipboardActions::snappedOffset(const Fragment& fragment, Point2 wanted) const {
    // Snap like a drag: the first rack's footprint corner lands on a tile, the others keep their offsets.
    const FragmentRack& anchor = fragment.racks.front();
    const cmd::FloorExtent extent = catalog_.footprint(anchor.catalog, anchor.rotation);
    const Point2 moved{anchor.position.x + wanted.x, anchor.position.y + wanted.y};
    const Point2 snapped = FloorPlanScene::snapToTiles(moved, render::BoxSizeMm{extent.x, extent.y, 0});
    return Point2{snapped.x - anchor.position.x, snapped.y - anchor.position.y};
}

void ClipboardActions::insert(const Fragment& fragment, HallId hall, Point2 offset, const QString& verb) {
    if (!hall.valid()) return;  // a design without halls
    try {
        const PastedIds pasted = cmd::pasteFragment(session_.document(), fragment, {hall, offset}, verb.toStdString());
        selection_.set(pasted.racks);
    } catch (const std::exception& e) {
        prompts_.showError(verb, QString::fromUtf8(e.what()));
    }
}

}  // namespace rw::gui
