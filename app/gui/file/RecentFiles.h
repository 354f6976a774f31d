#pragma once
// File > Open Recent: the last projects opened or saved, newest first, at most kMaxFiles, kept in
// QSettings ("file/recent"). Choosing one that no longer exists says so and drops it from the list.
#include <QObject>
#include <QStringList>

class QMenu;

namespace rw::gui {

class RecentFiles final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 10;

    /// Fills `menu` (File > Open Recent) whenever it is shown.
    explicit RecentFiles(QMenu& menu, QObject* parent = nullptr);

    /// The list, newest first, as stored.
    [[nodiscard]] QStringList files() const;
    /// Puts `path` at the top (moving it up if it is already listed) and drops the oldest beyond
    /// kMaxFiles.
    void add(const QString& path);
    void removeFile(const QString& path);
    void clear();

signals:
    /// The user chose `path` from the menu (it exists).
    void openRequested(const QString& path);
    /// The user chose `path`, which no longer exists; it has been removed from the list.
    void missing(const QString& path);

private:
    void rebuildMenu();
    void choose(const QString& path);
    void store(const QStringList& files);

    QMenu& menu_;
};

}  // namespace rw::gui
