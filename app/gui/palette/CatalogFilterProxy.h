#pragma once
// Filters the palette: every word of the search text must appear in the entry's id, name or
// vendor (case-insensitive), and the entry must be of the chosen kind (empty = any).
#include <QSortFilterProxyModel>
#include <QStringList>

namespace rw::gui {

class CatalogFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CatalogFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    /// A catalog kind name ("rack", "switch", ...); empty shows every kind.
    void setKind(const QString& kind);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList words_;
    QString kind_;
};

}  // namespace rw::gui
