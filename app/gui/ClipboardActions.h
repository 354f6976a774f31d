#pragma once
// Edit > Cut, Copy, Paste, Duplicate for racks. Copy puts the selected racks with their devices
// and the cables between them on the clipboard as a Fragment (JSON, kFragmentMimeType) plus a
// plain-text summary; Paste inserts it -- at the mouse when it is over the floor plan, else beside
// the copied racks -- snapped to the floor tiles, with fresh names and ids, as one undo step, and
// selects what it pasted. Cut is copy + delete; Duplicate pastes beside the selection without
// touching the clipboard.
#include <optional>

#include <QObject>

#include "edit/Fragment.h"

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
    /// Pastes at the mouse if it is over the floor plan, else beside the copied racks.
    void paste();
    void duplicate();
    /// Pastes the clipboard so the copied racks' centre lands near `centre` (snapped).
    void pasteAt(Point2 centre);

    [[nodiscard]] QAction* cutAction() const noexcept { return cut_; }
    [[nodiscard]] QAction* copyAction() const noexcept { return copy_; }
    [[nodiscard]] QAction* pasteAction() const noexcept { return paste_; }
    [[nodiscard]] QAction* duplicateAction() const noexcept { return duplicate_; }

private:
    void refresh();
    [[nodiscard]] std::optional<Fragment> clipboardFragment() const;
    /// Inserts `fragment` moved by about `wanted`, snapped so its first rack's corner sits on a tile.
    void insert(const Fragment& fragment, Point2 wanted, const QString& verb);
    /// The offset that puts a copy just east of the fragment's racks, a tile apart.
    [[nodiscard]] Point2 besideOffset(const Fragment& fragment) const;
    [[nodiscard]] std::optional<Point2> mouseOnPlan() const;

    ProjectSession& session_;
    RackSelection& selection_;
    UserPrompts& prompts_;
    const EditingCatalog& catalog_;
    FloorPlanView& view_;
    QAction* cut_;
    QAction* copy_;
    QAction* paste_;
    QAction* duplicate_;
    int pastesSinceCopy_ = 0;  // repeated pastes step further east instead of piling up
};

}  // namespace rw::gui
