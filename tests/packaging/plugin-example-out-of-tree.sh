#!/usr/bin/env bash
# PluginExampleOutOfTree (ctest): the minimal plugin of docs/plugins.md, built outside the source
# tree against the headers `cmake --install` puts in <prefix>/include, then loaded and run by the
# installed rackweave-cli. Fails when an installed header is missing, when the guide's example no
# longer builds against the API, or when the CLI does not load or run it.
#   plugin-example-out-of-tree.sh BUILD_DIR GUIDE.md CXX
set -euo pipefail
build=$1 guide=$2 cxx=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" > "$work/install.log" || { cat "$work/install.log"; exit 1; }

# The guide's first C++ block is the minimal example.
mkdir -p "$work/src" "$work/plugins"
awk '/^```cpp$/ {inside = 1; next} inside && /^```$/ {exit} inside {print}' "$guide" > "$work/src/no_empty_halls.cpp"
grep -q rackweave_plugin_register "$work/src/no_empty_halls.cpp" || { echo "no C++ example found in $guide"; exit 1; }

# Only the installed headers: no -I into the source tree.
"$cxx" -std=c++20 -shared -fPIC -fvisibility=hidden -Wl,--no-undefined \
    -I"$prefix/include" -I"$prefix/include/rackweave/core" \
    "$work/src/no_empty_halls.cpp" -o "$work/plugins/no_empty_halls.so"

cli=$prefix/bin/rackweave-cli
"$cli" --plugins "$work/plugins" plugins list | tee "$work/list.txt"
grep -q "no-empty-halls" "$work/list.txt" || { echo "the example's check is not listed"; exit 1; }
grep -q "0 refused" "$work/list.txt" || { echo "a plugin was refused"; exit 1; }

# A new project's hall holds no rack: the example's check says so.
"$cli" new "$work/empty.rackweave"
status=0
"$cli" --plugins "$work/plugins" check "$work/empty.rackweave" > "$work/check.txt" 2>&1 || status=$?
cat "$work/check.txt"
[ "$status" -le 1 ] || { echo "check exited $status"; exit 1; }
grep -q "holds no rack" "$work/check.txt" || { echo "the example's finding is missing"; exit 1; }
echo "PluginExampleOutOfTree: built against $prefix/include, listed and run"
