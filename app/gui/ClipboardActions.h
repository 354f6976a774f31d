#pragma once
// Edit > Cut, Copy, Paste, Duplicate for racks. Copy puts the selected racks with their devices
// and the cables between them on the clipboard as a Fragment (JSON, kFragmentMimeType) plus a
// plain-text summary; Paste inserts it -- at the mouse when it is over the floor plan, else beside
// the copied racks on free floor -- snapped to the floor tiles, with fresh names and ids, as one undo step, and
// selects what it pasted. Cut is copy + delete; Duplicate pastes beside the selection without
// touching the clipboard.
#include <functional>
#include <optional>

#include <QCursor>
#include <QObject>

#include "edit/Fragment.h"
#include "floorplan/SiteLayout.h"

class QAction;
class QMenu;

namespace rw::gui {

class EditingCatalog;
class FloorPlanView;
class ProjectSession;
class RackSelection;
class UserPrompts;

inline constexpr char kFragmentMimeType[] = "application/x-rackweave-fragment+json";

class ClipboardActions final : public QObject {
    Q_OBJECT
public:
    ClipboardActions(ProjectSession& session, RackSelection& selection, UserPrompts& prompts,
                     const EditingCatalog& catalog, FloorPlanView& view, QObject* parent = nullptr);

    /// Adds the four actions to the Edit menu.
    void populate(QMenu& menu) const;

    void copy();
    void cut();
    /// Pastes at the mouse if it is over the floor plan, else beside the copied racks on free floor.
    void paste();
    void duplicate();
    /// Pastes the clipboard into `hall` (when it is one; else the selection's hall, else the first)
    /// so the copied racks' centre lands near `centre`, a point in that hall's coordinates (snapped).
    void pasteAt(HallId hall, Point2 centre);

    [[nodiscard]] QAction* cutAction() const noexcept { return cut_; }
    [[nodiscard]] QAction* copyAction() const noexcept { return copy_; }
    [[nodiscard]] QAction* pasteAction() const noexcept { return paste_; }
    [[nodiscard]] QAction* duplicateAction() const noexcept { return duplicate_; }

    /// Where paste reads the mouse (global screen coordinates); QCursor::pos() by default. Tests
    /// that run beside other GUI tests on one X server give their own, as the pointer is shared.
    void setPointerSource(std::function<QPoint()> globalPointer) { pointer_ = std::move(globalPointer); }

private:
    void refresh();
    [[nodiscard]] std::optional<Fragment> clipboardFragment() const;
    /// Inserts `fragment` moved by `offset` into `hall` as one step and selects what was pasted.
    void insert(const Fragment& fragment, HallId hall, Point2 offset, const QString& verb);
    /// `wanted` when it is a hall; else the hall of the selection; else the first hall.
    [[nodiscard]] HallId targetHall(HallId wanted) const;
    /// `wanted` adjusted so the fragment's first rack's footprint corner sits on a tile.
    [[nodiscard]] Point2 snappedOffset(const Fragment& fragment, Point2 wanted) const;
    /// The offset that puts a copy east of the fragment's racks on free floor: the first of steps
    /// of their width plus a tile where no pasted footprint overlaps a rack.
    [[nodiscard]] Point2 besideOffset(const Fragment& fragment, HallId hall) const;
    /// Whether the fragment moved by `offset` overlaps a rack of `hall`.
    [[nodiscard]] bool overlapsARack(const Fragment& fragment, HallId hall, Point2 offset) const;
    /// The fragment's east-west extent rounded up to tiles, plus one tile.
    [[nodiscard]] std::int32_t widthStep(const Fragment& fragment) const;
    /// The first of `first`, `first` + step, + 2 steps ... (east) where no pasted footprint overlaps a rack.
    [[nodiscard]] Point2 firstFreeEastOf(const Fragment& fragment, HallId hall, Point2 first, std::int32_t step) const;
    /// The hall and its point under the mouse, when the mouse is over the floor plan.
    [[nodiscard]] std::optional<SiteLayout::Located> mouseOnPlan() const;

    ProjectSession& session_;
    RackSelection& selection_;
    UserPrompts& prompts_;
    const EditingCatalog& catalog_;
    FloorPlanView& view_;
    QAction* cut_;
    QAction* copy_;
    QAction* paste_;
    QAction* duplicate_;
    std::function<QPoint()> pointer_ = [] { return QCursor::pos(); };
};

}  // namespace rw::gui
