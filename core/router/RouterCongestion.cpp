#include "router/RouterImpl.h"
#include "util/RadixSort.h"

// History costs, the ordered pass and remembered congestion searches (docs/routing.md, "Router").

namespace rw {

using namespace routing;

void Router::Impl::computeHistory(const std::vector<Bundle>& bundles) {
    baseArea.assign(cap.size(), 0.0);
    baseKg.assign(cap.size(), 0.0);
    for (const Bundle& b : bundles)
        for (std::uint32_t e : b.base->edges) {
            baseArea[e] += b.demand.area;
            baseKg[e] += b.demand.kg;
        }
    for (std::uint32_t e = 0; e < cap.size(); ++e) {
        const double overflow = std::max(baseArea[e] / std::max(cap[e], kEps), baseKg[e] / std::max(load[e], kEps)) - 1.0;
        const double h = overflow > 0.0 ? opt.historyCost * std::ceil(overflow * opt.costSteps) / opt.costSteps : 0.0;
        if (h != history[e]) markChanged(e);
        history[e] = h;
    }
}

double Router::Impl::congestionCost(std::uint32_t e, Demand d) const {
    if (!fits(e, d)) return kInf;
    const double fill = std::max((area[e] + d.area) / std::max(cap[e], kEps), (kg[e] + d.kg) / std::max(load[e], kEps));
    const double present = std::floor(std::min(fill, 1.0) * opt.costSteps) / opt.costSteps;
    return edge(e).lengthMm * (1.0 + history[e]) * (1.0 + opt.presentCost * present);
}

void Router::Impl::readCost(std::uint32_t e, double c) {
    if (recording && readStamp[e] != readToken) {
        readStamp[e] = readToken;
        recording->costReads.emplace_back(e, c);
    }
}

bool Router::Impl::fitsRecorded(std::uint32_t e, Demand d) {
    if (readStamp[e] != readToken) {
        readStamp[e] = readToken;
        readIndex[e] = static_cast<std::uint32_t>(recording->rawReads.size());
        recording->rawReads.push_back({e, false, false, area[e], kg[e]});
    }
    const bool ok = fits(e, d);
    Memo::RawRead& r = recording->rawReads[readIndex[e]];
    (ok ? r.anyFit : r.anyMiss) = true;
    return ok;
}

bool Router::Impl::readStillHolds(const Memo& m, const Memo::RawRead& r) const {
    const double a = area[r.edge], k = kg[r.edge];
    if (m.outcome.paths.empty()) {
        // Nothing fitted anywhere: that stays so while every failed test still fails (an
        // edge that passed may fill up: fewer usable edges never make a path appear).
        return !r.anyMiss || (limitsRun[r.edge] <= m.run && a >= r.area && k >= r.kg);
    }
    if (limitsRun[r.edge] > m.run) return false;
    if (a == r.area && k == r.kg) return true;
    if (!r.anyMiss && a <= r.area && k <= r.kg) return true;  // fuller never; every test still passes
    return !r.anyFit && a >= r.area && k >= r.kg;             // emptier never; every test still fails
}

bool Router::Impl::readStillHolds(const Memo&, const Bundle& b, std::uint32_t e, double c) const {
    return congestionCost(e, b.demand) == c;
}

bool Router::Impl::stillValid(const Memo& m, const Bundle& b, bool usedLastCall) const {
    if (m.source != b.source || m.target != b.target || m.cables.size() != b.count) return false;
    for (std::size_t i = 0; i < b.count; ++i)
        if (m.cables[i] != b.cables[i] || m.options[i] != plans[b.cables[i].value].option) return false;
    const auto check = [&](const auto& reads, auto&& holds) {
        if (usedLastCall && changed.size() * 16 < reads.size()) {
            for (std::uint32_t e : changed) {
                const auto it = std::lower_bound(reads.begin(), reads.end(), e,
                                                 [](const auto& r, std::uint32_t x) { return edgeOf(r) < x; });
                if (it != reads.end() && edgeOf(*it) == e && !holds(*it)) return false;
            }
            return true;
        }
        for (const auto& r : reads)
            if ((!usedLastCall || isChanged[edgeOf(r)]) && !holds(r)) return false;
        return true;
    };
    if (m.raw) return check(m.rawReads, [&](const Memo::RawRead& r) { return readStillHolds(m, r); });
    return check(m.costReads, [&](const std::pair<std::uint32_t, double>& r) { return readStillHolds(m, b, r.first, r.second); });
}

void Router::Impl::search(const Bundle& b, Memo& m) {
    m = Memo{};
    m.source = b.source;
    m.target = b.target;
    m.run = run;
    for (std::size_t i = 0; i < b.count; ++i) {
        m.cables.push_back(b.cables[i]);
        m.options.push_back(plans[b.cables[i].value].option);
    }
    recording = &m;
    if (++readToken == 0) {
        std::fill(readStamp.begin(), readStamp.end(), 0);
        readToken = 1;
    }
    dijkstra(b.source, b.target, [&](std::uint32_t e) {
        const double c = congestionCost(e, b.demand);
        readCost(e, c);
        return c;
    });
    stats.edgesSearched += m.costReads.size();
    if (distanceTo(b.target) != kInf) {
        m.outcome.paths.push_back(pathTo(b.source, b.target));
        m.outcome.pathOf.assign(b.count, 0);
        // By edge (each edge is read once per search), for stillValid's lookups.
        radixSortBy(m.costReads, costReadScratch, [](const std::pair<std::uint32_t, double>& r) { return r.first; });
        recording = nullptr;
        return;
    }
    // Split: from here on the outcome follows from fit tests at changing fill states.
    ++stats.splitBundles;
    m.raw = true;
    for (const auto& [e, c] : m.costReads) {  // the failed search: a finite cost is a passed test
        readIndex[e] = static_cast<std::uint32_t>(m.rawReads.size());
        m.rawReads.push_back({e, c != kInf, c == kInf, area[e], kg[e]});
    }
    m.costReads.clear();
    m.outcome.pathOf.assign(b.count, kNoRoute);
    std::vector<std::size_t> rest(b.count);
    for (std::size_t i = 0; i < b.count; ++i) rest[i] = i;
    const auto demandOf = [&](std::size_t i) {
        const MediaOption* o = m.options[i];
        return Demand{o->areaMm2, o->kgPerM};
    };
    std::stable_sort(rest.begin(), rest.end(), [&](std::size_t x, std::size_t y) { return demandOf(x).area < demandOf(y).area; });
    std::size_t next = 0;
    while (next < rest.size()) {
        const Demand first = demandOf(rest[next]);
        dijkstra(b.source, b.target, [&](std::uint32_t e) { return fitsRecorded(e, first) ? double(edge(e).lengthMm) : kInf; });
        if (distanceTo(b.target) == kInf) break;  // the smallest cable fits nowhere: none of the rest does
        std::vector<std::uint32_t> path = pathTo(b.source, b.target);
        const auto index = static_cast<std::uint32_t>(m.outcome.paths.size());
        while (next < rest.size()) {
            const Demand d = demandOf(rest[next]);
            if (!std::all_of(path.begin(), path.end(), [&](std::uint32_t e) { return fitsRecorded(e, d); })) break;
            apply(path, d);
            m.outcome.pathOf[rest[next]] = index;
            ++next;
        }
        m.outcome.paths.push_back(std::move(path));
    }
    // Restore the usage bit for bit (every edge used was read first): the caller applies
    // the outcome the same way whether it was just found or reused.
    for (const Memo::RawRead& r : m.rawReads) {
        area[r.edge] = r.area;
        kg[r.edge] = r.kg;
    }
    std::sort(m.rawReads.begin(), m.rawReads.end(), [](const Memo::RawRead& x, const Memo::RawRead& y) { return x.edge < y.edge; });
    recording = nullptr;
}

void Router::Impl::forget(Memo& m) {
    // Keeps the outcome (and whether it is split) for this call's results; without a source the
    // next call searches again.
    // Swapped with empty vectors: `v = {}` would keep the capacity, and the memory.
    m.source = m.target = kNoNode;
    std::vector<CableId>().swap(m.cables);
    std::vector<const MediaOption*>().swap(m.options);
    std::vector<std::pair<std::uint32_t, double>>().swap(m.costReads);
    std::vector<Memo::RawRead>().swap(m.rawReads);
}

void Router::Impl::route(std::vector<Bundle>& bundles) {
    area.assign(cap.size(), 0.0);
    kg.assign(cap.size(), 0.0);
    const std::uint32_t previous = run - 1;  // run 0 has no previous call: nothing matches kNoNode - 1
    for (Bundle& b : bundles) {
        BundleState& st = states[{b.group, b.chunk}];
        const bool existed = run > 0 && st.committedRun == previous;
        bool differs = !existed || std::binary_search(dirtyGroups.begin(), dirtyGroups.end(), b.group);
        const auto& base = b.base->edges;
        const bool onBase = std::all_of(base.begin(), base.end(), [&](std::uint32_t e) { return fits(e, b.demand); });
        differs = differs || st.wasCongested == onBase;
        if (onBase) {
            apply(base, b.demand);
        } else {
            ++stats.congestedBundles;
            Memo& m = st.memo;
            const bool usedLastCall = run > 0 && st.memoUsedRun == previous;
            if (m.source != kNoNode && stillValid(m, b, usedLastCall)) {
                ++stats.reusedSearches;
            } else {
                ++stats.rippedUp;
                Outcome before = std::move(m.outcome);
                search(b, m);
                const bool same = before.pathOf == m.outcome.pathOf && before.paths == m.outcome.paths;
                differs = differs || !same;
            }
            st.memoUsedRun = run;
            if (!opt.rememberSearches) forget(m);
            b.congested = &m.outcome;  // map nodes do not move; each key is one bundle of this pass
            if (!m.raw) {
                apply(m.outcome.paths.front(), b.demand);
            } else {
                for (std::size_t i = 0; i < b.count; ++i)
                    if (m.outcome.pathOf[i] != kNoRoute) {
                        const MediaOption* o = plans[b.cables[i].value].option;
                        apply(m.outcome.paths[m.outcome.pathOf[i]], Demand{o->areaMm2, o->kgPerM});
                    }
            }
        }
        if (differs) {
            if (existed)
                for (std::uint32_t e : st.commitEdges) markChanged(e);
            st.commitEdges.clear();
            if (b.congested)
                for (const auto& path : b.congested->paths) st.commitEdges.insert(st.commitEdges.end(), path.begin(), path.end());
            else
                st.commitEdges = base;
            std::sort(st.commitEdges.begin(), st.commitEdges.end());
            st.commitEdges.erase(std::unique(st.commitEdges.begin(), st.commitEdges.end()), st.commitEdges.end());
            for (std::uint32_t e : st.commitEdges) markChanged(e);
        }
        st.committedRun = run;
        st.wasCongested = !onBase;
    }
}

}  // namespace rw
