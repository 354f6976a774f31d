#include "PropertyChoiceDelegate.h"

#include <QComboBox>

namespace rw::gui {

PropertyChoiceDelegate::PropertyChoiceDelegate(std::function<QStringList(int row)> choicesOfRow, QObject* parent)
    : QStyledItemDelegate(parent), choicesOfRow_(std::move(choicesOfRow)) {}

QWidget* PropertyChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QStringList choices = choicesOfRow_(index.row());
    if (choices.isEmpty()) return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("propertyChoice"));
    combo->addItems(choices);
    // A pick is the edit: commit it and close, like Enter in a text editor.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<PropertyChoiceDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void PropertyChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findText(index.data(Qt::EditRole).toString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PropertyChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0) model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

}  // namespace rw::gui
