#pragma once
// Editors of the properties inspector's value column: a drop-down for a property whose values
// form a closed list (role, rotation, face, tray kind: rw::propertyChoices), plain text for the
// rest. Picking an entry commits at once, as typing and Enter does.
#include <functional>

#include <QStringList>
#include <QStyledItemDelegate>

namespace rw::gui {

class PropertyChoiceDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// `choicesOfRow(row)`: the allowed values of that row's property, empty for free text.
    explicit PropertyChoiceDelegate(std::function<QStringList(int row)> choicesOfRow, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    std::function<QStringList(int)> choicesOfRow_;
};

}  // namespace rw::gui
