#include "CatalogFilterProxy.h"

#include "CatalogPaletteModel.h"

namespace rw::gui {

CatalogFilterProxy::CatalogFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(Qt::UserRole);
}

void CatalogFilterProxy::setSearchText(const QString& text) {
    words_ = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CatalogFilterProxy::setKind(const QString& kind) {
    kind_ = kind;
    invalidateFilter();
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex name = sourceModel()->index(sourceRow, CatalogPaletteModel::NameColumn, sourceParent);
    if (!kind_.isEmpty() && name.data(CatalogPaletteModel::KindRole).toString() != kind_) return false;
    const QString haystack = name.data(CatalogPaletteModel::SearchTextRole).toString();
    for (const QString& word : words_)
        if (!haystack.contains(word, Qt::CaseInsensitive)) return false;
    return true;
}

}  // namespace rw::gui
