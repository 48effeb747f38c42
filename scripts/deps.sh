# Sourced by scripts/run and scripts/test: installs the Debian packages ReportLens needs,
# but only when one is missing, so a second run does not touch apt.
REPORTLENS_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache python3
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
    libicu-dev libpoppler-qt6-dev libminizip-dev zlib1g-dev libxlsxwriter-dev libbenchmark-dev
    fonts-noto-cjk xvfb xauth unzip
)

reportlens_install_deps() {
    local missing=() pkg
    for pkg in "${REPORTLENS_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "scripts: installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build BUILD_DIR [cmake args…]: configures once, then builds incrementally.
reportlens_build() {
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$REPORTLENS_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}
