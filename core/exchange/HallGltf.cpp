#include "exchange/HallGltf.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

#include "exchange/GltfBuilder.h"
#include "router/RoutingWorld.h"
#include "util/Errors.h"

namespace rw::gltf {

namespace {

namespace tg = tinygltf;

using Colour = std::array<double, 4>;

// Box colours by role (linear RGB): what the 3D view of the app shows, roughly.
Colour roleColour(RackRole role) {
    switch (role) {
        case RackRole::Compute: return {0.13, 0.35, 0.75, 1.0};
        case RackRole::Network: return {0.15, 0.60, 0.25, 1.0};
        case RackRole::Storage: return {0.85, 0.45, 0.05, 1.0};
        case RackRole::Management: return {0.45, 0.45, 0.45, 1.0};
        case RackRole::Power: return {0.75, 0.15, 0.15, 1.0};
        case RackRole::Cooling: return {0.10, 0.60, 0.70, 1.0};
        case RackRole::Other: break;
    }
    return {0.6, 0.6, 0.6, 1.0};
}

Colour deviceColour(DeviceRole role) {
    switch (role) {
        case DeviceRole::GpuNode: return {0.05, 0.05, 0.06, 1.0};
        case DeviceRole::Leaf:
        case DeviceRole::Spine:
        case DeviceRole::Core: return {0.20, 0.75, 0.30, 1.0};
        default: break;
    }
    return {0.70, 0.70, 0.72, 1.0};
}

Colour trayColour(TrayKind kind) {
    switch (kind) {
        case TrayKind::Data: return {0.80, 0.80, 0.82, 1.0};
        case TrayKind::Fiber: return {0.95, 0.75, 0.10, 1.0};
        case TrayKind::Power: return {0.55, 0.10, 0.10, 1.0};
    }
    return {0.6, 0.6, 0.6, 1.0};
}

// Floor (x, y, height) in mm -> glTF (x, y, z) in metres: x stays, y becomes -z, height is +Y.
Vec3 toGltf(double x, double y, double height) { return {x / 1000.0, height / 1000.0, -y / 1000.0}; }

// A quarter turn counter-clockwise seen from above is the same angle about +Y.
Quat turn(Rotation rot) {
    const double half = degrees(rot) * std::numbers::pi / 360.0;
    return {0.0, std::sin(half), 0.0, std::cos(half)};
}

tg::Value text(std::string_view s) { return tg::Value(std::string(s)); }

std::string nameOf(const Model& model, HallId hall) { return model.halls().contains(hall) ? model.halls()[hall].name : ""; }

/// Gathers meshes, materials and placed objects, then writes them as nodes (compatible) or as
/// instanced batches per hall and mesh (compact).
class HallWriter {
public:
    HallWriter(const Model& model, const Catalog& catalog, const GltfOptions& options)
        : model_(model), catalog_(catalog), compact_(options.compact), b_(out_) {
        scene_.name = model.site.name;
    }

    void racks(GltfSummary& summary) {
        model_.racks().forEach([&](RackId id, const Rack& r) {
            const Dimensions& size = rackSize(r);
            const int mesh = meshFor(fmt::format("{} ({})", model_.text(r.catalog), toString(r.role)), [&] {
                return b_.box(fmt::format("{} ({})", model_.text(r.catalog), toString(r.role)), size.widthMm / 1000.0,
                              size.heightMm / 1000.0, size.depthMm / 1000.0, material(std::string(toString(r.role)), roleColour(r.role)));
            });
            Placement p{toGltf(r.position.x, r.position.y, 0), turn(r.rotation), {1, 1, 1}};
            ++summary.racks;
            if (compact_) return batch(r.hall, mesh, "racks").add(p, id.value, r.name);
            tg::Node n = node(r.name, mesh, p);
            n.extras = tg::Value(tg::Value::Object{{"id", tg::Value(static_cast<int>(id.value))},
                                                   {"role", text(toString(r.role))},
                                                   {"type", text(model_.text(r.catalog))},
                                                   {"hall", text(nameOf(model_, r.hall))},
                                                   {"row", text(model_.rows().contains(r.row) ? model_.rows()[r.row].name : "")}});
            rackNode_.resize(std::max<std::size_t>(rackNode_.size(), id.value + 1), -1);
            rackNode_[id.value] = root(std::move(n));
        });
    }

    // Each device with a U position, as a box of its catalog size at its units, flush with the
    // face it is mounted on; 0U parts (vertical PDUs) and parts without a U height are left out.
    void devices(GltfSummary& summary) {
        model_.devices().forEach([&](DeviceId id, const Device& d) {
            const Rack* rack = model_.racks().find(d.rack);
            const CatalogEntry* e = catalog_.find(model_.text(d.catalog));
            if (!rack || !e || d.uPosition == 0 || e->uHeight <= 0) return;
            const Dimensions& rackBox = rackSize(*rack);
            const double width = e->dimensions.widthMm > 0 ? e->dimensions.widthMm : 440.0;
            const double depth = e->dimensions.depthMm > 0 ? std::min(e->dimensions.depthMm, rackBox.depthMm) : rackBox.depthMm * 0.8;
            const double height = std::max(1.0, e->uHeight * kRackUnitMm - 1.0);  // a gap between units shows them apart
            const int mesh = meshFor(fmt::format("device {} ({})", e->id, toString(d.role)), [&] {
                return b_.box(fmt::format("{} ({})", e->id, toString(d.role)), width / 1000.0, height / 1000.0, depth / 1000.0,
                              material(fmt::format("device {}", toString(d.role)), deviceColour(d.role)));
            });
            // The mounting space is centred in the rack's height (as the app draws it); the front
            // face is at the rack's +z before its turn (floor -y).
            const CatalogEntry* rackEntry = catalog_.find(model_.text(rack->catalog));
            const int units = rackEntry && rackEntry->rack && rackEntry->rack->uHeight > 0 ? rackEntry->rack->uHeight : 42;
            const double bottom = std::max(0.0, (rackBox.heightMm - units * kRackUnitMm) / 2.0);
            const double faceZ = (rackBox.depthMm - depth) / 2.0;
            const Vec3 local{0, (bottom + (d.uPosition - 1) * kRackUnitMm) / 1000.0, (d.face == Face::Rear ? -faceZ : faceZ) / 1000.0};
            ++summary.devices;
            if (compact_) {
                const Quat q = turn(rack->rotation);
                const Vec3 offset = rotate(q, local);
                const Vec3 at = toGltf(rack->position.x, rack->position.y, 0);
                return batch(rack->hall, mesh, "devices").add({{at[0] + offset[0], at[1] + offset[1], at[2] + offset[2]}, q, {1, 1, 1}},
                                                              id.value, d.name);
            }
            tg::Node n = node(d.name, mesh, Placement{local, {0, 0, 0, 1}, {1, 1, 1}});
            n.extras = tg::Value(tg::Value::Object{{"id", tg::Value(static_cast<int>(id.value))},
                                                   {"role", text(toString(d.role))},
                                                   {"type", text(e->id)},
                                                   {"u", tg::Value(static_cast<int>(d.uPosition))},
                                                   {"face", text(d.face == Face::Rear ? "rear" : "front")}});
            out_.nodes.push_back(std::move(n));
            out_.nodes[static_cast<std::size_t>(rackNode_[d.rack.value])].children.push_back(static_cast<int>(out_.nodes.size() - 1));
        });
    }

    // Each tray segment a box of its width and depth along it (one unit box per tray kind, scaled).
    void trays(GltfSummary& summary) {
        model_.trays().forEach([&](TrayId id, const TraySegment& t) {
            const auto p = along(t, t.widthMm, t.depthMm, 0.0);
            if (!p) return;
            const int mesh = meshFor(fmt::format("tray {}", toString(t.kind)), [&] {
                return b_.box(fmt::format("tray ({})", toString(t.kind)), 1, 1, 1,
                              material(fmt::format("tray {}", toString(t.kind)), trayColour(t.kind)), true);
            });
            ++summary.trays;
            const std::string name = fmt::format("tray {}", id.value);
            if (compact_) return batch(t.hall, mesh, "trays").add(*p, id.value, name);
            tg::Node n = node(name, mesh, *p);
            n.extras = tg::Value(tg::Value::Object{{"id", tg::Value(static_cast<int>(id.value))},
                                                   {"kind", text(toString(t.kind))},
                                                   {"level", tg::Value(static_cast<int>(t.level))},
                                                   {"hall", text(nameOf(model_, t.hall))}});
            root(std::move(n));
        });
    }

    // The cables routed along each tray segment as one bundle: a box lying in the tray, as wide as
    // the tray and as high as the cables' summed cross-section needs, one per segment (not per cable).
    void bundles(const RoutingResult& routes, GltfSummary& summary) {
        std::vector<double> areaOfSku(routes.skus.size(), 0.0);
        for (std::size_t i = 0; i < routes.skus.size(); ++i) {
            const CatalogEntry* e = catalog_.find(routes.skus[i]);
            const double od = e && e->cable && e->cable->outerDiameterMm > 0 ? e->cable->outerDiameterMm : 5.0;
            areaOfSku[i] = std::numbers::pi * od * od / 4.0;
        }
        std::vector<double> area(model_.trays().capacity(), 0.0);
        std::vector<std::uint32_t> cables(model_.trays().capacity(), 0);
        for (const CableRoute& c : routes.cables) {
            if (c.route == kNoRoute || c.route >= routes.routes.size()) continue;
            const double a = c.sku < areaOfSku.size() ? areaOfSku[c.sku] : areaOfSku.empty() ? 20.0 : areaOfSku.front();
            for (TrayId s : routes.routes[c.route].segments)
                if (s.value < area.size()) area[s.value] += a, ++cables[s.value];
        }
        model_.trays().forEach([&](TrayId id, const TraySegment& t) {
            if (cables[id.value] == 0) return;
            const double width = t.widthMm * 0.9;
            const double height = std::max(5.0, area[id.value] / width);
            const auto p = along(t, width, height, 0.0);
            if (!p) return;
            const int mesh = meshFor("bundle", [&] { return b_.box("cable bundle", 1, 1, 1, material("cable bundle", {0.10, 0.45, 0.85, 1.0}), true); });
            ++summary.bundles;
            const std::string name = fmt::format("bundle on tray {}", id.value);
            if (compact_) return batch(t.hall, mesh, "bundles").add(*p, id.value, name);
            tg::Node n = node(name, mesh, *p);
            n.extras = tg::Value(tg::Value::Object{{"tray", tg::Value(static_cast<int>(id.value))},
                                                   {"cables", tg::Value(static_cast<int>(cables[id.value]))}});
            root(std::move(n));
        });
    }

    tg::Model& finish(GltfSummary& summary) {
        for (auto& [key, batch] : batches_) {
            const auto& [hall, mesh, list] = key;
            const std::string name = fmt::format("{}: {}", nameOf(model_, HallId(hall)), out_.meshes[static_cast<std::size_t>(mesh)].name);
            scene_.nodes.push_back(batch.flush(b_, out_, name, mesh, list));
        }
        if (compact_ && !batches_.empty()) {
            out_.extensionsUsed.push_back("EXT_mesh_gpu_instancing");
            out_.extensionsRequired.push_back("EXT_mesh_gpu_instancing");
        }
        out_.scenes.push_back(std::move(scene_));
        out_.defaultScene = 0;
        summary.meshes = out_.meshes.size();
        summary.nodes = out_.nodes.size();
        return out_;
    }

private:
    const Dimensions& rackSize(const Rack& r) {
        const CatalogEntry* e = catalog_.find(model_.text(r.catalog));
        if (!e || e->dimensions.widthMm <= 0 || e->dimensions.depthMm <= 0 || e->dimensions.heightMm <= 0)
            throw InputError(fmt::format("rack '{}': catalog entry '{}' gives no dimensions", r.name, model_.text(r.catalog)));
        return e->dimensions;
    }

    template <class Make>
    int meshFor(const std::string& key, Make make) {
        if (auto it = meshes_.find(key); it != meshes_.end()) return it->second;
        const int mesh = make();
        meshes_.emplace(key, mesh);
        return mesh;
    }

    int material(const std::string& name, const Colour& colour) {
        if (auto it = materials_.find(name); it != materials_.end()) return it->second;
        return materials_[name] = b_.material(name, colour);
    }

    // A w x h mm cross-section along a tray segment, its bottom `lift` mm above the segment's
    // line: a unit box turned to the segment and scaled. Nothing for a zero-length segment.
    static std::optional<Placement> along(const TraySegment& t, double w, double h, double lift) {
        const Vec3 a = toGltf(t.a.x, t.a.y, t.a.z), b = toGltf(t.b.x, t.b.y, t.b.z);
        const Vec3 d{b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        const double length = std::hypot(d[0], d[1], d[2]);
        if (length <= 0) return std::nullopt;
        const bool vertical = std::abs(d[1]) > 0.5 * length;  // a drop: the box stands on its own line
        const double up = vertical ? 0.0 : (lift + h / 2.0) / 1000.0;
        return Placement{{(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + up, (a[2] + b[2]) / 2}, turnXTo(d), {length, h / 1000.0, w / 1000.0}};
    }

    static tg::Node node(const std::string& name, int mesh, const Placement& p) {
        tg::Node n;
        n.name = name;
        n.mesh = mesh;
        n.translation = {p.t[0], p.t[1], p.t[2]};
        if (p.r != Quat{0, 0, 0, 1}) n.rotation = {p.r[0], p.r[1], p.r[2], p.r[3]};
        if (p.s != Vec3{1, 1, 1}) n.scale = {p.s[0], p.s[1], p.s[2]};
        return n;
    }

    int root(tg::Node n) {
        out_.nodes.push_back(std::move(n));
        const int index = static_cast<int>(out_.nodes.size() - 1);
        scene_.nodes.push_back(index);
        return index;
    }

    InstanceBatch& batch(HallId hall, int mesh, const char* list) { return batches_[{hall.value, mesh, list}]; }

    const Model& model_;
    const Catalog& catalog_;
    bool compact_;
    tg::Model out_;
    Builder b_;
    tg::Scene scene_;
    std::map<std::string, int> meshes_, materials_;
    std::vector<int> rackNode_;  // by RackId value; compatible files only
    std::map<std::tuple<std::uint32_t, int, std::string>, InstanceBatch> batches_;
};

}  // namespace

GltfSummary writeHallGltf(const std::filesystem::path& file, const Model& model, const Catalog& catalog,
                          const RoutingResult* routes, const GltfOptions& options) {
    const std::string ext = file.extension().string();
    if (ext != ".glb" && ext != ".gltf")
        throw InputError(fmt::format("{}: the name must end in .glb (binary) or .gltf (JSON)", file.string()));
    GltfSummary summary;
    HallWriter writer(model, catalog, options);
    writer.racks(summary);
    writer.devices(summary);
    writer.trays(summary);
    if (routes) writer.bundles(*routes, summary);
    tg::Model& out = writer.finish(summary);

    namespace fs = std::filesystem;
    const fs::path temp = file.parent_path() / fmt::format(".{}.tmp-{}{}", file.stem().string(), ::getpid(), ext);
    const bool binary = ext == ".glb";
    tg::TinyGLTF gltf;
    const bool ok = gltf.WriteGltfSceneToFile(&out, temp.string(), false, true, !binary, binary);
    std::error_code ec;
    if (ok) fs::rename(temp, file, ec);
    if (!ok || ec) {
        fs::remove(temp, ec);
        throw InputError(fmt::format("{}: cannot write file", file.string()));
    }
    return summary;
}

}  // namespace rw::gltf
