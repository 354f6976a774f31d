#include "file/RouteStatusIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include "RouteState.h"

namespace rw::gui {

RouteStatusIndicator::RouteStatusIndicator(const RouteState& routing, QWidget* parent)
    : QWidget(parent), routing_(routing), label_(new QLabel(this)), busy_(new QProgressBar(this)) {
    setObjectName(QStringLiteral("routeStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    busy_->setRange(0, 0);  // the router reports no fraction: an indeterminate bar
    busy_->setMaximumWidth(80);
    busy_->setMaximumHeight(14);
    busy_->setTextVisible(false);
    layout->addWidget(busy_);
    layout->addWidget(label_);
    connect(&routing_, &RouteState::stateChanged, this, &RouteStatusIndicator::refresh);
    connect(&routing_, &RouteState::routesChanged, this, &RouteStatusIndicator::refresh);
    connect(&routing_, &RouteState::routingFailed, this, &RouteStatusIndicator::refresh);
    refresh();
}

QString RouteStatusIndicator::text() const { return label_->text(); }

bool RouteStatusIndicator::busyShown() const { return !busy_->isHidden(); }

void RouteStatusIndicator::refresh() {
    const RoutingResult* routes = routing_.routes();
    busy_->setVisible(routing_.isBusy());
    if (routing_.isBusy()) {
        label_->setText(tr("Routing..."));
    } else if (!routing_.lastError().isEmpty()) {
        label_->setText(tr("Routing failed"));
    } else if (routing_.isStale()) {
        label_->setText(routing_.catalog() ? tr("Routes out of date") : tr("Routes out of date (no catalog)"));
    } else if (routes) {
        const std::size_t unrouted = routes->countWith(RouteStatus::Unrouted);
        label_->setText(unrouted ? tr("Routed, %n cable(s) unrouted", nullptr, int(unrouted)) : tr("All cables routed"));
    } else {
        label_->clear();
    }
    label_->setToolTip(routing_.lastError());
    setVisible(routes || routing_.isBusy() || routing_.isStale());
}

}  // namespace rw::gui
