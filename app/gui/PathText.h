#pragma once
// Converting file paths between Qt strings and the core's std::filesystem::path without losing
// non-ASCII names.
#include <filesystem>

#include <QFile>
#include <QString>

namespace rw::gui {

[[nodiscard]] inline std::filesystem::path toPath(const QString& text) {
    return std::filesystem::path(QFile::encodeName(text).toStdString());
}

[[nodiscard]] inline QString toQString(const std::filesystem::path& path) {
    return QFile::decodeName(QByteArray::fromStdString(path.string()));
}

}  // namespace rw::gui
