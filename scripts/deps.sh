#!/usr/bin/env bash
# Installs the Debian 12 packages Loopscope needs, only when one is missing (so a second run costs
# a dpkg query, not an apt-get). Sourced by scripts/run and scripts/test. The list and its reasons
# are in ../shared/SETUP.md: QML runtime modules are separate packages and are needed at run time.
loopscope_packages=(
    cmake ninja-build g++ clang clang-format
    qt6-base-dev qt6-declarative-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qcoro-qt6-dev libgtest-dev libgmock-dev libbenchmark-dev
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
    qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-shapes
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    qml6-module-qttest
    xvfb xauth x11-utils x11-apps imagemagick poppler-utils librsvg2-bin
    libgl1-mesa-dri fonts-dejavu-core python3
)

loopscope_install_deps() {
    local missing=()
    local pkg
    for pkg in "${loopscope_packages[@]}"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != "installed" ]; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "loopscope: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "loopscope: these packages are missing and I am not root: ${missing[*]}" >&2
            return 1
        fi
    fi
    "${sudo[@]}" apt-get update -q &&
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
            "${missing[@]}"
}

# Configures the preset once; later runs let Ninja re-run CMake only when a CMake file changed.
loopscope_configure() {
    local preset=$1
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" >/dev/null || cmake --preset "$preset"
    fi
}
