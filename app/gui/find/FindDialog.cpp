#include "FindDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ProjectSession.h"
#include "docks/CableFocus.h"
#include "floorplan/FloorPlanOverlays.h"

namespace rw::gui {
namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

QString kindText(SearchHit::Kind kind) {
    switch (kind) {
        case SearchHit::Kind::Rack: return FindDialog::tr("Rack");
        case SearchHit::Kind::Device: return FindDialog::tr("Device");
        case SearchHit::Kind::Cable: return FindDialog::tr("Cable");
    }
    return {};
}

}  // namespace

FindDialog::FindDialog(ProjectSession& session, FloorPlanOverlays& overlays, CableFocus& focus, QWidget* parent)
    : QDialog(parent),
      session_(session),
      overlays_(overlays),
      focus_(focus),
      action_(new QAction(tr("&Find..."), this)),
      query_(new QLineEdit(this)),
      summary_(new QLabel(this)),
      results_(new QTreeWidget(this)),
      typing_(new QTimer(this)) {
    setObjectName(QStringLiteral("findDialog"));
    setWindowTitle(tr("Find"));
    action_->setObjectName(QStringLiteral("actionFind"));
    action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    query_->setObjectName(QStringLiteral("findQuery"));
    query_->setPlaceholderText(tr("Rack, device or cable name (CBL1234), or a cable's end"));
    query_->setClearButtonEnabled(true);
    summary_->setObjectName(QStringLiteral("findSummary"));
    results_->setObjectName(QStringLiteral("findResults"));
    results_->setColumnCount(3);
    results_->setHeaderLabels({tr("Kind"), tr("Name"), tr("Where")});
    results_->setRootIsDecorated(false);
    results_->setUniformRowHeights(true);
    results_->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(query_);
    layout->addWidget(summary_);
    layout->addWidget(results_);
    resize(560, 420);

    // Searching a 370k-cable design takes a moment: wait for a pause in typing.
    typing_->setSingleShot(true);
    typing_->setInterval(200);
    connect(typing_, &QTimer::timeout, this, [this] { search(query_->text()); });
    connect(query_, &QLineEdit::textEdited, typing_, qOverload<>(&QTimer::start));
    connect(query_, &QLineEdit::returnPressed, this, [this] {
        typing_->stop();
        search(query_->text());
        if (results_->topLevelItemCount() > 0) choose(0);
    });
    connect(results_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { chooseItem(item); });
    connect(results_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { chooseItem(item); });
    connect(action_, &QAction::triggered, this, &FindDialog::open);
    // A new project makes the old matches' ids meaningless.
    connect(&session_, &ProjectSession::projectReplaced, this, [this] { search(query_->text()); });
}

void FindDialog::open() {
    show();
    raise();
    activateWindow();
    query_->setFocus();
    query_->selectAll();
}

void FindDialog::search(const QString& text) {
    const SearchResult found = searchDesign(session_.model(), text.toStdString(), kMaxListed);
    results_->clear();
    QList<QTreeWidgetItem*> items;
    for (const SearchHit& hit : found.hits) {
        auto* item = new QTreeWidgetItem({kindText(hit.kind), QString::fromStdString(hit.name), QString::fromStdString(hit.where)});
        item->setData(0, kKindRole, int(hit.kind));
        item->setData(0, kIdRole, hit.id);
        items << item;
    }
    results_->addTopLevelItems(items);
    results_->resizeColumnToContents(0);
    results_->resizeColumnToContents(1);
    if (text.trimmed().isEmpty())
        summary_->clear();
    else if (found.total > found.hits.size())
        summary_->setText(tr("%1 matches; the first %2 are listed").arg(found.total).arg(found.hits.size()));
    else
        summary_->setText(found.total == 1 ? tr("1 match") : tr("%1 matches").arg(found.total));
}

void FindDialog::choose(int row) { chooseItem(results_->topLevelItem(row)); }

void FindDialog::chooseItem(QTreeWidgetItem* item) {
    if (!item) return;
    results_->setCurrentItem(item);
    const auto kind = SearchHit::Kind(item->data(0, kKindRole).toInt());
    const std::uint32_t id = item->data(0, kIdRole).toUInt();
    const Model& model = session_.model();
    switch (kind) {
        case SearchHit::Kind::Rack:
            overlays_.focusRack(RackId(id));
            break;
        case SearchHit::Kind::Device:
            if (const Device* device = model.devices().find(DeviceId(id))) overlays_.focusRack(device->rack);
            break;
        case SearchHit::Kind::Cable:
            if (model.cables().contains(CableId(id))) focus_.set(CableId(id));
            break;
    }
}

}  // namespace rw::gui
