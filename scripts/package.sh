#!/usr/bin/env bash
# Builds the Azure Functions deployment package for the custom handler on Linux:
#   host.json and one folder per function (function.json) at the root, the self-contained linux-x64 handler named by
#   host.json customHandler.description.defaultExecutablePath (executable bit set), and — unless --no-pdftotext —
#   a relocatable pdftotext/pdfinfo under poppler/ (see docs/deploy.md, "PDF in Azure").
# Usage: scripts/package.sh [--out DIR] [--zip FILE] [--no-pdftotext]
#   defaults: --out artifacts/package --zip artifacts/reportpipeline.zip
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/package"
zipfile="$root/artifacts/reportpipeline.zip"
with_pdftotext=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$(realpath -m "$2")"; shift 2 ;;
    --zip) zipfile="$(realpath -m "$2")"; shift 2 ;;
    --no-pdftotext) with_pdftotext=0; shift ;;
    *) echo "package.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

json_string() { # json_string KEY FILE: first "KEY": "value" in FILE (host.json is flat enough for this)
  sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p" "$2" | head -n 1
}

owning_package() { # the Debian package that installed a file (usr-merge aware), empty if unknown
  command -v dpkg >/dev/null || return 0
  local real; real="$(readlink -f "$1")"
  { dpkg -S "$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || dpkg -S "/usr$real" 2>/dev/null; } \
    | head -n 1 | cut -d: -f1
}

# GPL poppler runs as a separate process; we ship its binaries with every shared library they load, including the
# glibc loader, so they run on any x86-64 Linux image whatever its own libraries. Licence texts and the exact Debian
# package versions (the corresponding source: `apt-get source <package>=<version>`) go along in poppler/NOTICE.txt.
bundle_poppler() {
  local dest="$1" tool lib pkg
  for tool in pdftotext pdfinfo; do
    command -v "$tool" >/dev/null || {
      echo "package.sh: WARNING: $tool not found; the package has NO PDF support (apt-get install poppler-utils)" >&2
      return 0
    }
  done
  mkdir -p "$dest/bin" "$dest/lib" "$dest/licenses"
  local -A packages=()
  for tool in pdftotext pdfinfo; do
    cp -L "$(command -v "$tool")" "$dest/bin/$tool"
    pkg="$(owning_package "$(command -v "$tool")")"; [[ -n "$pkg" ]] && packages[$pkg]=1
    for lib in $(ldd "$(command -v "$tool")" | grep -o '/[^ ]*'); do
      cp -L "$lib" "$dest/lib/$(basename "$lib")"
      pkg="$(owning_package "$lib")"; [[ -n "$pkg" ]] && packages[$pkg]=1
    done
    printf '#!/bin/sh\n# Runs the bundled %s with its own libraries and loader (see NOTICE.txt).\nhere="${0%%/*}"\nexec "$here/lib/ld-linux-x86-64.so.2" --library-path "$here/lib" "$here/bin/%s" "$@"\n' \
      "$tool" "$tool" > "$dest/$tool"
    chmod 755 "$dest/$tool" "$dest/bin/$tool"
  done
  [[ -f "$dest/lib/ld-linux-x86-64.so.2" ]] || { echo "package.sh: no x86-64 glibc loader found by ldd" >&2; exit 1; }
  {
    echo "pdftotext and pdfinfo from poppler-utils (GPL-2.0-or-later / GPL-3.0) with the libraries they load."
    echo "Corresponding source: the Debian source packages below, e.g. apt-get source <package>=<version>."
    for pkg in $(printf '%s\n' "${!packages[@]}" | sort); do
      echo "$pkg $(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null)"
      [[ -f "/usr/share/doc/$pkg/copyright" ]] && cp "/usr/share/doc/$pkg/copyright" "$dest/licenses/$pkg.copyright"
    done
  } > "$dest/NOTICE.txt"
  echo "package.sh: bundled pdftotext + pdfinfo ($(ls "$dest/lib" | wc -l) libraries) -> $dest"
}

host_json="$root/host.json"
[[ -f "$host_json" ]] || { echo "package.sh: $host_json not found" >&2; exit 1; }
exe="$(json_string defaultExecutablePath "$host_json")"
workdir="$(json_string workingDirectory "$host_json")"
[[ -n "$exe" ]] || { echo "package.sh: host.json has no customHandler.description.defaultExecutablePath" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out" "$(dirname "$zipfile")"
bindir="$out/${workdir:+$workdir/}"

# Build in artifacts/build (the SDK's artifacts layout), not in the projects' obj/ and bin/: a linux-x64 restore
# there would rewrite project.assets.json under developers' concurrent builds.
build_dir="${REPORTPIPELINE_BUILD_DIR:-$root/artifacts/build}"
echo "package.sh: dotnet publish (Release, linux-x64, self-contained) -> $bindir"
dotnet publish "$root/functions/ReportPipeline.Functions/ReportPipeline.Functions.csproj" \
  -c Release -r linux-x64 --self-contained true -p:UseAppHost=true \
  -p:UseArtifactsOutput=true -p:ArtifactsPath="$build_dir" -nologo -v quiet -o "$bindir"

[[ -f "$bindir/$exe" ]] || { echo "package.sh: publish produced no '$exe' (host.json defaultExecutablePath)" >&2; exit 1; }
chmod 755 "$bindir/$exe"

cp "$host_json" "$out/host.json"
count=0
for fj in "$root"/functions/*/function.json; do
  name="$(basename "$(dirname "$fj")")"
  mkdir -p "$out/$name"
  cp "$fj" "$out/$name/function.json"
  count=$((count + 1))
done
[[ $count -gt 0 ]] || { echo "package.sh: no functions/*/function.json found" >&2; exit 1; }

if [[ $with_pdftotext -eq 1 ]]; then
  bundle_poppler "$out/poppler"
fi

rm -f "$zipfile"
if command -v zip >/dev/null; then
  (cd "$out" && zip -q -r -X "$zipfile" .)
elif command -v python3 >/dev/null; then
  (cd "$out" && python3 -m zipfile -c "$zipfile" $(ls -A))
else
  echo "package.sh: neither zip nor python3 found (apt-get install zip)" >&2; exit 1
fi
echo "package.sh: $count functions, handler '$exe' -> $zipfile ($(du -h "$zipfile" | cut -f1))"
