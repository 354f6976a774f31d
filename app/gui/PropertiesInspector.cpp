#include "PropertiesInspector.h"

#include <algorithm>
#include <exception>

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ProjectSession.h"
#include "RackSelection.h"
#include "edit/Commands.h"
#include "edit/Properties.h"

namespace rw::gui {

PropertiesInspector::PropertiesInspector(ProjectSession& session, RackSelection& selection, QWidget* parent)
    : QWidget(parent), session_(session), selection_(selection) {
    setObjectName(QStringLiteral("propertiesInspector"));
    heading_ = new QLabel(this);
    table_ = new QTableWidget(0, 2, this);
    table_->setObjectName(QStringLiteral("propertiesTable"));
    table_->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("propertiesError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(heading_);
    layout->addWidget(table_, 1);
    layout->addWidget(error_);

    connect(&selection_, &RackSelection::changed, this, &PropertiesInspector::showSelection);
    connect(&session_, &ProjectSession::documentChanged, this, &PropertiesInspector::onDocumentChanged);
    connect(table_, &QTableWidget::itemChanged, this, &PropertiesInspector::onItemChanged);
    showSelection();
}

void PropertiesInspector::showSelection() {
    const auto& racks = selection_.racks();
    hasShown_ = racks.size() == 1;
    if (hasShown_) shown_ = EntityRef{EntityKind::Rack, racks.front().value};
    filling_ = true;
    table_->setRowCount(0);
    if (!hasShown_) {
        heading_->setText(racks.empty() ? tr("Nothing selected") : tr("%n racks selected", nullptr, int(racks.size())));
        filling_ = false;
        return;
    }
    const Model& model = session_.model();
    heading_->setText(QString::fromStdString(describe(model, shown_)));
    const auto props = properties(model, shown_);
    table_->setRowCount(int(props.size()));
    for (int row = 0; row < int(props.size()); ++row) {
        auto* key = new QTableWidgetItem(QString::fromStdString(props[row].key));
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* value = new QTableWidgetItem(QString::fromStdString(props[row].value));
        value->setFlags(props[row].editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                            : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table_->setItem(row, 0, key);
        table_->setItem(row, 1, value);
    }
    filling_ = false;
}

void PropertiesInspector::onDocumentChanged(const ChangeSet& changes) {
    if (!hasShown_) return;
    const auto touched = [&](const ChangeSet::IdList& ids) {
        return std::find(ids.begin(), ids.end(), shown_.id) != ids.end();
    };
    if (changes.siteChanged || touched(changes.removedOf(shown_.kind))) showSelection();
    else if (touched(changes.modifiedOf(shown_.kind))) refreshValues();
}

void PropertiesInspector::refreshValues() {
    // In place: this runs inside the table's own itemChanged when the user edited a value, so
    // its items must not be deleted here.
    const Model& model = session_.model();
    const auto props = properties(model, shown_);
    if (int(props.size()) != table_->rowCount()) {
        QMetaObject::invokeMethod(this, &PropertiesInspector::showSelection, Qt::QueuedConnection);
        return;
    }
    filling_ = true;
    heading_->setText(QString::fromStdString(describe(model, shown_)));
    for (int row = 0; row < int(props.size()); ++row)
        if (QTableWidgetItem* value = table_->item(row, 1)) value->setText(QString::fromStdString(props[row].value));
    filling_ = false;
}

void PropertiesInspector::onItemChanged(QTableWidgetItem* item) {
    if (filling_ || !item || item->column() != 1) return;
    const QTableWidgetItem* key = table_->item(item->row(), 0);
    if (key) edit(key->text(), item->text());
}

bool PropertiesInspector::edit(const QString& key, const QString& value) {
    if (!hasShown_) return false;
    try {
        cmd::setProperty(session_.document(), shown_, key.toStdString(), value.toStdString());
    } catch (const std::exception& e) {
        refreshValues();  // back to the model's value
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    error_->clear();
    error_->hide();
    return true;
}

void PropertiesInspector::showError(const QString& message) {
    error_->setText(message);
    error_->show();
}

QString PropertiesInspector::errorText() const { return error_->text(); }

QString PropertiesInspector::valueOf(const QString& key) const {
    for (int row = 0; row < table_->rowCount(); ++row)
        if (table_->item(row, 0) && table_->item(row, 0)->text() == key)
            return table_->item(row, 1) ? table_->item(row, 1)->text() : QString();
    return {};
}

}  // namespace rw::gui
