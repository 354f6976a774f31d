#pragma once
// The properties inspector: the selected rack's properties (rw::properties) as a two-column
// table. Editing a value calls cmd::setProperty, so every change is one undo step; a refused
// value leaves the model as it was and shows the reason, which names the field. With several
// racks selected it shows their common properties (a value they do not share reads "<mixed>")
// and a change applies to all of them in one undo step; name and position stay per rack.
// Properties with a closed list of values (role, rotation) are edited with a drop-down.
// inspect() shows one other object instead (a hall, device, tray segment), until the rack
// selection changes; pages (inspector/*Page) add its derived figures and its special edits.
#include <memory>
#include <optional>
#include <vector>

#include <QWidget>

#include "edit/ChangeSet.h"
#include "edit/Properties.h"

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace rw::gui {

class InspectorPage;
class ProjectSession;
class RackSelection;

class PropertiesInspector final : public QWidget {
    Q_OBJECT
public:
    PropertiesInspector(ProjectSession& session, RackSelection& selection, QWidget* parent = nullptr);
    ~PropertiesInspector() override;

    /// Shows `ref` (any kind with properties) until the rack selection changes.
    void inspect(EntityRef ref);
    /// What is shown: the first selected rack or the inspected object; nothing: an invalid kind.
    [[nodiscard]] std::optional<EntityRef> shown() const;
    /// Adds a page asked about every shown object (see InspectorPage).
    void addPage(std::unique_ptr<InspectorPage> page);
    /// Re-reads the shown values (the routes or the power figures changed).
    void refreshFigures();

    /// Sets `key` of the shown entity to `value` as if typed into the table; false if refused.
    bool edit(const QString& key, const QString& value);

    [[nodiscard]] QTableWidget& table() const noexcept { return *table_; }
    /// The last refusal ("x_mm: 'abc' is not a number"), empty after a successful edit.
    [[nodiscard]] QString errorText() const;
    /// The shown value of `key`, empty if there is no such row.
    [[nodiscard]] QString valueOf(const QString& key) const;
    /// What a property reads when the selected racks do not share its value.
    static QString mixedText() { return QStringLiteral("<mixed>"); }

private:
    void showSelection();
    /// Fills the table with shownProperties().
    void fill();
    void refreshValues();
    void onDocumentChanged(const ChangeSet& changes);
    void onItemChanged(QTableWidgetItem* item);
    void showError(const QString& message);
    /// The shown entities' properties; for several, the value they share or kMixed.
    [[nodiscard]] std::vector<PropertyValue> shownProperties() const;
    [[nodiscard]] QString headingText() const;

    ProjectSession& session_;
    RackSelection& selection_;
    QLabel* heading_;
    QTableWidget* table_;
    QLabel* error_;
    EntityRef shown_{};
    std::vector<EntityRef> shownAll_;  // every selected rack; shown_ is the first
    bool hasShown_ = false;
    bool filling_ = false;
    std::vector<std::unique_ptr<InspectorPage>> pages_;
};

}  // namespace rw::gui
