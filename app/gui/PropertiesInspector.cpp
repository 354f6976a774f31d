#include "PropertiesInspector.h"

#include <algorithm>
#include <exception>

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ProjectSession.h"
#include "PropertyChoiceDelegate.h"
#include "RackSelection.h"
#include "edit/Commands.h"
#include "edit/PropertyCommands.h"
#include "inspector/InspectorPage.h"

namespace rw::gui {

PropertiesInspector::PropertiesInspector(ProjectSession& session, RackSelection& selection, QWidget* parent)
    : QWidget(parent), session_(session), selection_(selection) {
    setObjectName(QStringLiteral("propertiesInspector"));
    heading_ = new QLabel(this);
    table_ = new QTableWidget(0, 2, this);
    table_->setObjectName(QStringLiteral("propertiesTable"));
    table_->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    // Values wrap onto more lines rather than being cut off at the dock's width (a PDU's load,
    // a tray's fill); the key column is as wide as its longest key, the value column takes the rest.
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table_->setWordWrap(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setItemDelegateForColumn(1, new PropertyChoiceDelegate(
                                            [this](int row) {
                                                QStringList out;
                                                if (const QTableWidgetItem* key = table_->item(row, 0))
                                                    for (const std::string& c : propertyChoices(shown_.kind, key->text().toStdString()))
                                                        out << QString::fromStdString(c);
                                                return out;
                                            },
                                            table_));
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

PropertiesInspector::~PropertiesInspector() = default;

void PropertiesInspector::addPage(std::unique_ptr<InspectorPage> page) { pages_.push_back(std::move(page)); }

void PropertiesInspector::inspect(EntityRef ref) {
    hasShown_ = !properties(session_.model(), ref).empty();
    shownAll_.clear();
    if (hasShown_) shownAll_.push_back(ref);
    shown_ = ref;
    error_->hide();
    fill();
}

std::optional<EntityRef> PropertiesInspector::shown() const { return hasShown_ ? std::optional(shown_) : std::nullopt; }

void PropertiesInspector::refreshFigures() {
    if (hasShown_) refreshValues();
}

void PropertiesInspector::showSelection() {
    const auto& racks = selection_.racks();
    hasShown_ = !racks.empty();
    shownAll_.clear();
    for (RackId r : racks) shownAll_.push_back(EntityRef{EntityKind::Rack, r.value});
    if (hasShown_) shown_ = shownAll_.front();
    fill();
}

void PropertiesInspector::fill() {
    filling_ = true;
    table_->setRowCount(0);
    if (!hasShown_) {
        heading_->setText(tr("Nothing selected"));
        filling_ = false;
        return;
    }
    heading_->setText(headingText());
    const auto props = shownProperties();
    table_->setRowCount(int(props.size()));
    for (int row = 0; row < int(props.size()); ++row) {
        auto* key = new QTableWidgetItem(QString::fromStdString(props[row].key));
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* value = new QTableWidgetItem(QString::fromStdString(props[row].value));
        value->setToolTip(value->text());
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
        return std::any_of(shownAll_.begin(), shownAll_.end(),
                           [&](const EntityRef& ref) { return std::find(ids.begin(), ids.end(), ref.id) != ids.end(); });
    };
    if (changes.siteChanged || touched(changes.removedOf(shown_.kind))) showSelection();
    else if (touched(changes.modifiedOf(shown_.kind))) refreshValues();
    else if (shown_.kind != EntityKind::Rack) refreshValues();  // one object: its figures may follow any edit
}

void PropertiesInspector::refreshValues() {
    // In place: this runs inside the table's own itemChanged when the user edited a value, so
    // its items must not be deleted here.
    const auto props = shownProperties();
    if (int(props.size()) != table_->rowCount()) {
        QMetaObject::invokeMethod(this, &PropertiesInspector::fill, Qt::QueuedConnection);
        return;
    }
    filling_ = true;
    heading_->setText(headingText());
    for (int row = 0; row < int(props.size()); ++row)
        if (QTableWidgetItem* value = table_->item(row, 1)) {
            value->setText(QString::fromStdString(props[row].value));
            value->setToolTip(value->text());
        }
    filling_ = false;
}

void PropertiesInspector::onItemChanged(QTableWidgetItem* item) {
    if (filling_ || !item || item->column() != 1) return;
    const QTableWidgetItem* key = table_->item(item->row(), 0);
    if (key) edit(key->text(), item->text());
}

bool PropertiesInspector::edit(const QString& key, const QString& value) {
    if (!hasShown_) return false;
    if (shownAll_.size() > 1 && value == mixedText()) return false;  // the placeholder, not a value
    try {
        bool done = false;
        if (shownAll_.size() == 1)
            for (const auto& page : pages_)
                if (!done && page->shows(session_.model(), shown_))
                    done = page->edit(session_.document(), shown_, key.toStdString(), value.toStdString());
        if (!done) cmd::setPropertyOfAll(session_.document(), shownAll_, key.toStdString(), value.toStdString());
    } catch (const std::exception& e) {
        refreshValues();  // back to the model's value
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    error_->clear();
    error_->hide();
    return true;
}

QString PropertiesInspector::headingText() const {
    if (shownAll_.size() > 1) return tr("%n racks: common properties", nullptr, int(shownAll_.size()));
    return QString::fromStdString(describe(session_.model(), shown_));
}

std::vector<PropertyValue> PropertiesInspector::shownProperties() const {
    const Model& model = session_.model();
    std::vector<PropertyValue> props = properties(model, shown_);
    if (shownAll_.size() < 2) {
        for (const auto& page : pages_)
            if (page->shows(model, shown_))
                for (PropertyValue& row : page->rows(model, shown_)) props.push_back(std::move(row));
        return props;
    }
    for (std::size_t i = 1; i < shownAll_.size(); ++i) {
        const std::vector<PropertyValue> other = properties(model, shownAll_[i]);
        for (std::size_t p = 0; p < props.size() && p < other.size(); ++p)
            if (props[p].value != other[p].value) props[p].value = mixedText().toStdString();
    }
    // A name or a position is each rack's own: the same value for all would stack or clash them.
    for (PropertyValue& p : props)
        if (p.key == "name" || p.key == "x_mm" || p.key == "y_mm") p.editable = false;
    return props;
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
