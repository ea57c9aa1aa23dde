# Shared by scripts/run and scripts/test: install what is missing, configure
# and build. Sourced, not run.
set -euo pipefail

CASEBOOK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CASEBOOK_BUILD=${CASEBOOK_BUILD_DIR:-$CASEBOOK_ROOT/build}

# Debian 12 packages the build, the tests and the program need.
CASEBOOK_PACKAGES=(
  cmake ninja-build g++ pkg-config ccache git
  qt6-base-dev libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  catch2 libsodium-dev libsqlite3-dev sqlite3
  poppler-utils fonts-dejavu-core python3-nacl
  xvfb xauth dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0
  clang libclang-rt-14-dev
)

casebook_install() {
  local missing=()
  for package in "${CASEBOOK_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Please install as root: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

casebook_build() {
  local werror=OFF
  [ -n "${CI:-}" ] && werror=ON
  cmake -S "$CASEBOOK_ROOT" -B "$CASEBOOK_BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE="${CASEBOOK_BUILD_TYPE:-RelWithDebInfo}" \
    -DCASEBOOK_WARNINGS_AS_ERRORS="$werror" >/dev/null
  cmake --build "$CASEBOOK_BUILD"
}
