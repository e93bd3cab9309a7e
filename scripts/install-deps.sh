#!/bin/sh
# Install the Debian packages wagestat needs, and nothing when all are there.
#   scripts/install-deps.sh          build, test and chart dependencies
#   scripts/install-deps.sh --bench  also the tools the benchmark compares with
set -eu

packages="gcc make libc6-dev libcsv-dev libgsl-dev libgumbo-dev gnuplot-nox xlsx2csv python3 clang libclang-rt-14-dev \
	libxlsxwriter-dev chromium parallel"
if [ "${1:-}" = "--bench" ]; then
	packages="$packages python3-pandas datamash miller time"
fi

missing=""
for p in $packages; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "wagestat: installing:$missing"
sudo=""
if [ "$(id -u)" != 0 ]; then
	if command -v sudo >/dev/null 2>&1; then
		sudo=sudo
	else
		echo "wagestat: need root to install:$missing" >&2
		exit 2
	fi
fi
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
