#include "EditActions.h"

#include <exception>

#include <QAction>
#include <QMenu>

#include "ProjectSession.h"
#include "RackSelection.h"
#include "UserPrompts.h"
#include "edit/Commands.h"
#include "floorplan/FloorCoordinates.h"

namespace rw::gui {

EditActions::EditActions(ProjectSession& session, RackSelection& selection, UserPrompts& prompts, QObject* parent)
    : QObject(parent), session_(session), selection_(selection), prompts_(prompts) {
    undo_ = makeAction(tr("&Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z), QStringLiteral("actionUndo"));
    redo_ = makeAction(tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QStringLiteral("actionRedo"));
    // Both documented redo keys, set explicitly: QKeySequence::Redo is only Ctrl+Shift+Z on Linux.
    redo_->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    delete_ = makeAction(tr("&Delete"), QKeySequence(Qt::Key_Delete), QStringLiteral("actionDelete"));
    rotate_ = makeAction(tr("&Rotate 90°"), QKeySequence(Qt::Key_R), QStringLiteral("actionRotate"));
    selectAll_ = makeAction(tr("Select &All"), QKeySequence(Qt::CTRL | Qt::Key_A), QStringLiteral("actionSelectAll"));
    connect(undo_, &QAction::triggered, this, &EditActions::undo);
    connect(redo_, &QAction::triggered, this, &EditActions::redo);
    connect(delete_, &QAction::triggered, this, &EditActions::deleteSelected);
    connect(rotate_, &QAction::triggered, this, &EditActions::rotateSelected);
    connect(selectAll_, &QAction::triggered, this, &EditActions::selectAll);
    connect(&session_, &ProjectSession::modelChanged, this, &EditActions::refresh);
    connect(&selection_, &RackSelection::changed, this, &EditActions::refresh);
    refresh();
}

QAction* EditActions::makeAction(const QString& text, const QKeySequence& shortcut, const QString& name) {
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setObjectName(name);
    return action;
}

void EditActions::populate(QMenu& menu) const {
    menu.addAction(undo_);
    menu.addAction(redo_);
    menu.addSeparator();
    menu.addAction(rotate_);
    menu.addAction(delete_);
    menu.addSeparator();
    menu.addAction(selectAll_);
}

namespace {
// Step descriptions hold user text (rack names); a lone '&' would become a menu mnemonic.
QString menuText(const std::string& text) { return QString::fromStdString(text).replace(u'&', QStringLiteral("&&")); }
}  // namespace

void EditActions::refresh() {
    const Document& doc = session_.document();
    selection_.dropMissing(doc.model());
    undo_->setEnabled(doc.canUndo());
    redo_->setEnabled(doc.canRedo());
    undo_->setText(doc.canUndo() ? tr("&Undo %1").arg(menuText(doc.undoText())) : tr("&Undo"));
    redo_->setText(doc.canRedo() ? tr("&Redo %1").arg(menuText(doc.redoText())) : tr("&Redo"));
    delete_->setEnabled(!selection_.empty());
    rotate_->setEnabled(!selection_.empty());
    selectAll_->setEnabled(!doc.model().racks().empty());
}

void EditActions::undo() { session_.document().undo(); }
void EditActions::redo() { session_.document().redo(); }

void EditActions::deleteSelected() {
    if (selection_.empty()) return;
    const std::vector<RackId> racks = selection_.racks();
    try {
        cmd::deleteRacks(session_.document(), racks);
    } catch (const std::exception& e) {
        prompts_.showError(tr("Delete"), QString::fromUtf8(e.what()));
    }
}

void EditActions::rotateSelected() {
    const std::vector<RackId> racks = selection_.racks();
    try {
        // One undo step for the whole selection; each rack's corner stays on the tile grid.
        if (footprint_)
            cmd::rotateRacksOnGrid(session_.document(), racks, 1, footprint_, kFloorTileMm);
        else
            cmd::rotateRacks(session_.document(), racks);
    } catch (const std::exception& e) {
        prompts_.showError(tr("Rotate"), QString::fromUtf8(e.what()));
    }
}

void EditActions::selectAll() { selection_.set(session_.model().racks().ids()); }

}  // namespace rw::gui
