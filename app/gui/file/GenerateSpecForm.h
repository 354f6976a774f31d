#pragma once
// File > Generate from Spec's form: the cluster spec (docs/spec.md) as fields -- name, compute
// system and node count, fabrics, hall -- instead of a JSON file. The system's reference
// architecture from the catalog (its fabrics, power and cooling and where they are published) is
// shown beside the fabric fields: left on "from the reference architecture", the spec leaves
// `fabrics` out and the generator takes the vendor's design; otherwise the switches chosen here
// are written. The spec it makes is shown as JSON as the fields change, can be saved, and is what
// Generate hands to the generator. "Open Spec File..." leaves the form for a file picker.
#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rw {
class Catalog;
struct CatalogEntry;
}

namespace rw::gui {

class GenerateSpecForm final : public QDialog {
    Q_OBJECT
public:
    /// What exec() returns besides Accepted (generate the form's spec) and Rejected.
    static constexpr int kOpenFile = 2;

    explicit GenerateSpecForm(const Catalog& catalog, QWidget* parent = nullptr);

    /// The spec the fields describe, as JSON text (what Generate uses and the preview shows).
    [[nodiscard]] QString specJson() const;
    /// The reference architecture shown for the chosen system (fabrics, power, cooling, source).
    [[nodiscard]] QString referenceText() const;

    // The fields, for tests and for callers that fill the form in.
    [[nodiscard]] QComboBox& system() const noexcept { return *system_; }
    [[nodiscard]] QSpinBox& nodes() const noexcept { return *nodes_; }
    [[nodiscard]] QCheckBox& fabricsFromReference() const noexcept { return *fromReference_; }
    /// The switch of fabric `key` ("compute", "storage", "inband", "oob"); first item "none".
    [[nodiscard]] QComboBox& fabricSwitch(const QString& key) const;
    [[nodiscard]] QCheckBox& hallAutomatic() const noexcept { return *hallAuto_; }
    [[nodiscard]] QDoubleSpinBox& hallWidth() const noexcept { return *width_; }
    [[nodiscard]] QDoubleSpinBox& hallDepth() const noexcept { return *depth_; }
    [[nodiscard]] QLineEdit& name() const noexcept { return *name_; }

    /// The reference architecture of `system` as a reader sees it: each object on its own lines,
    /// then its source (and the basis when it is an estimate); says so when there is none.
    [[nodiscard]] static QString describeReference(const CatalogEntry& system);

private:
    void systemChanged();
    void refresh();
    void saveSpec();
    [[nodiscard]] const CatalogEntry* chosenSystem() const;

    const Catalog& catalog_;
    QLineEdit* name_;
    QComboBox* system_;
    QSpinBox* nodes_;
    QCheckBox* fromReference_;
    QPlainTextEdit* reference_;
    QComboBox* compute_;
    QComboBox* storage_;
    QComboBox* inband_;
    QComboBox* oob_;
    QCheckBox* hallAuto_;
    QDoubleSpinBox* width_;
    QDoubleSpinBox* depth_;
    QPlainTextEdit* preview_;
};

}  // namespace rw::gui
