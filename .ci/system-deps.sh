#!/usr/bin/env bash
# Installs the Debian packages Qt, Xvfb and the PDF checks need, only those missing.
set -euo pipefail
packages=(
  python3-venv libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6
  libdbus-1-3 fonts-dejavu-core fonts-dejavu-extra
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  poppler-utils
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
