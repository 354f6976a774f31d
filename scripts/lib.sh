# Shared by scripts/run and scripts/test. Sourced, not executed.
# Debian 12 packages Rackweave needs to build, test and run; README.md names each one.
RACKWEAVE_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libsqlite3-dev nlohmann-json3-dev libfmt-dev libboost-dev libyaml-cpp-dev libcli11-dev
  qt6-base-dev qt6-3d-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libassimp-dev zlib1g-dev
  libqrencode-dev libxlsxwriter-dev libtinygltf-dev
  libgtest-dev libgmock-dev libexpat1-dev poppler-utils zbar-tools unzip
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core
  ibsim-utils libumad2sim0 opensm infiniband-diags
  slurmctld slurm-client munge
  nodejs
  debhelper lintian desktop-file-utils appstream xdg-utils shared-mime-info fakeroot dpkg-dev
  clang libclang-rt-14-dev
)

step() { printf '\n==> %s\n' "$*"; }

# Installs whatever is missing; does nothing (and needs no network) when all are present.
install_packages() {
  local missing=()
  for p in "${RACKWEAVE_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "All ${#RACKWEAVE_PACKAGES[@]} packages are installed."
    return 0
  fi
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # munge's postinst makes its key with `su munge -s /bin/sh -c 'mungekey -c'`, which fails where
  # the system root is not readable by other users (a chroot made in a 0700 folder, as the fresh
  # Debian CI does). A key made here first, as mungekey would (1024 random bytes, 0400), is kept.
  if [[ " ${missing[*]} " == *" munge "* ]] && [ ! -e /etc/munge/munge.key ]; then
    $sudo mkdir -p /etc/munge
    $sudo sh -c 'umask 0377 && head -c 1024 /dev/urandom > /etc/munge/munge.key'
  fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

# The Khronos glTF Validator the glTF export tests run (pure JavaScript, not packaged for Debian),
# pinned and vendored as npm published it (tests/tools/vendor/README.md): unpacked once into
# BUILD/tools/node_modules (git-ignored); no network needed. node runs it.
GLTF_VALIDATOR_TARBALL=tests/tools/vendor/gltf-validator-2.0.0-dev.3.10.tgz
# $1: the build folder whose tests use it (build-release, build-asan).
install_gltf_validator() {
  local dir=${1:-build-release}/tools/node_modules
  local version
  version=$(basename "$GLTF_VALIDATOR_TARBALL" .tgz)
  version=${version#gltf-validator-}
  if [ -f "$dir/gltf-validator/package.json" ] && grep -q "\"version\": \"$version\"" "$dir/gltf-validator/package.json"; then
    echo "gltf-validator $version is in $dir."
    return 0
  fi
  rm -rf "$dir/gltf-validator" "$dir/package"
  mkdir -p "$dir"
  tar -xzf "$GLTF_VALIDATOR_TARBALL" -C "$dir"
  mv "$dir/package" "$dir/gltf-validator"
  echo "Unpacked gltf-validator $version into $dir."
}

# Configures (once) and builds the Release tree in build-release/.
build_release() {
  local jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  if [ ! -f build-release/build.ninja ]; then
    cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
  fi
  cmake --build build-release -j "$jobs"
}

# Configures (once) and builds the AddressSanitizer + UndefinedBehaviorSanitizer tree in build-asan/
# (scripts/test --sanitize).
build_sanitize() {
  local jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  if [ ! -f build-asan/build.ninja ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRACKWEAVE_SANITIZE=ON
  fi
  # The build runs each test binary to list its tests (gtest_discover_tests); a leak check there
  # would judge Qt's start-up, not a test. The tests themselves run with leak checks on.
  ASAN_OPTIONS=detect_leaks=0 cmake --build build-asan -j "$jobs"
}

# Configures (once) and builds the core and the libFuzzer targets with clang in build-fuzz/
# (scripts/fuzz, docs/fuzzing.md).
build_fuzz() {
  local jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRACKWEAVE_FUZZ=ON \
      -DRACKWEAVE_BUILD_GUI=OFF -DRACKWEAVE_BUILD_PRINT=OFF -DRACKWEAVE_BUILD_TESTS=OFF
  fi
  cmake --build build-fuzz -j "$jobs"
}
