#include "CatalogPalette.h"

#include <set>

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include "CatalogFilterProxy.h"
#include "CatalogPaletteModel.h"
#include "catalog/Catalog.h"

namespace rw::gui {

CatalogPalette::CatalogPalette(QWidget* parent)
    : QWidget(parent),
      model_(new CatalogPaletteModel(this)),
      proxy_(new CatalogFilterProxy(this)),
      search_(new QLineEdit(this)),
      kind_(new QComboBox(this)),
      view_(new QTreeView(this)) {
    setObjectName(QStringLiteral("catalogPalette"));
    search_->setObjectName(QStringLiteral("paletteSearch"));
    search_->setPlaceholderText(tr("Search id, name, vendor"));
    search_->setClearButtonEnabled(true);
    kind_->setObjectName(QStringLiteral("paletteKind"));
    kind_->addItem(tr("All kinds"), QString());
    proxy_->setSourceModel(model_);
    view_->setObjectName(QStringLiteral("paletteView"));
    view_->setModel(proxy_);
    view_->setRootIsDecorated(false);
    view_->setUniformRowHeights(true);  // cheap with every catalog entry listed
    view_->setSortingEnabled(true);
    view_->sortByColumn(CatalogPaletteModel::NameColumn, Qt::AscendingOrder);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setDragEnabled(true);
    view_->setDragDropMode(QAbstractItemView::DragOnly);
    view_->setDefaultDropAction(Qt::CopyAction);
    // A dock is narrow: the name takes the width the figures leave, so no column is cut off at
    // the edge. Kind (the drop-down filters by it) and vendor (searchable, in the tooltip) start
    // hidden; the header's context menu shows or hides any column.
    QHeaderView* header = view_->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CatalogPaletteModel::NameColumn, QHeaderView::Stretch);
    header->setSectionHidden(CatalogPaletteModel::KindColumn, true);
    header->setSectionHidden(CatalogPaletteModel::VendorColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& at) { columnMenu(at); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(search_);
    layout->addWidget(kind_);
    layout->addWidget(view_);

    connect(search_, &QLineEdit::textChanged, proxy_, &CatalogFilterProxy::setSearchText);
    connect(kind_, &QComboBox::currentIndexChanged, this,
            [this](int index) { proxy_->setKind(kind_->itemData(index).toString()); });
}

void CatalogPalette::setCatalog(const Catalog& catalog) {
    model_->setCatalog(catalog);
    const QString shown = kind_->currentData().toString();
    std::set<QString> kinds;
    for (const CatalogEntry& e : catalog.entries()) kinds.insert(QString::fromUtf8(toString(e.kind).data(), qsizetype(toString(e.kind).size())));
    kind_->blockSignals(true);
    while (kind_->count() > 1) kind_->removeItem(1);
    for (const QString& kind : kinds) kind_->addItem(kind, kind);
    kind_->setCurrentIndex(std::max(0, kind_->findData(shown)));
    kind_->blockSignals(false);
    proxy_->setKind(kind_->currentData().toString());
}

void CatalogPalette::columnMenu(const QPoint& at) {
    QMenu menu;
    QHeaderView* header = view_->header();
    for (int column = CatalogPaletteModel::UnitsColumn; column < CatalogPaletteModel::ColumnCount; ++column) {
        QAction* toggle = menu.addAction(model_->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(at));
}

QSize CatalogPalette::sizeHint() const {
    // Wide enough for the name and the key figures side by side; a preference, not a minimum, so
    // small windows still fit.
    return {300, QWidget::sizeHint().height()};
}

int CatalogPalette::visibleCount() const { return proxy_->rowCount(); }

void CatalogPalette::showKind(const QString& kind) { kind_->setCurrentIndex(std::max(0, kind_->findData(kind))); }

bool CatalogPalette::selectEntry(const QString& id) {
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, CatalogPaletteModel::NameColumn);
        if (index.data(CatalogPaletteModel::EntryIdRole).toString() != id) continue;
        view_->setCurrentIndex(index);
        view_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view_->scrollTo(index);
        return true;
    }
    return false;
}

}  // namespace rw::gui
