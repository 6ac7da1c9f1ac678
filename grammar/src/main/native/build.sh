#!/usr/bin/env bash
# Builds libloclint_python.so: the tree-sitter runtime and the tree-sitter-python grammar from their npm registry
# source packages, compiled with optimisation together with loclint_python.c (the JNI glue), into the grammar jar.
# The binding's prebuilt natives are built with assertions on and need JNI calls per node; this library parses
# several times faster. Without a C compiler or the registry the build goes on and loclint uses the binding; the
# tests that need this library are then skipped, or fail under -Dloclint.requireNative=true (as in .ci/run).
#
#   build.sh OUTPUT_DIR WORK_DIR JAVA_HOME
set -euo pipefail
out="$1"; work="$2"; java_home="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Pinned packages and the sha512 the registry publishes for each (its base64 "integrity", here in hex); the grammar
# matches the binding's (0.23.4), the runtime is the one the tree-sitter 0.22.4 package vendors (ABI 14 and 15).
grammar_pkg="tree-sitter-python@0.23.4"
grammar_sha="31b994025ef2e540945aa1ec70791eec37510f042754d30d2906107381aada9d3d8fe7e03f1694f0956cb8e23fd070f70521047b993d8f7c6676d2166c3b4383"
runtime_pkg="tree-sitter@0.22.4"
runtime_sha="bac6c764ff7fa3136c518eb931052c76e191a831d03a8bb571a8144b08e1a126009926a18d00c056c87db3e4a56649fc5fcf8ed4550b446c07bbb0053f7923ce"

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
platform="$os-$(uname -m)"
dest="$out/io/loclint/grammar/python/native/$platform"
lib="$dest/libloclint_python.so"

skip() {
  echo "[loclint native] WARNING: $1; the Python front-end will use the slower tree-sitter binding" \
    "and the tests that need the native parser are skipped" >&2
  exit 0
}

if [ -f "$lib" ] && [ -f "$lib.sha256" ] && [ "$lib" -nt "$here/loclint_python.c" ] && [ "$lib" -nt "$0" ]; then
  exit 0
fi
[ "$os" = linux ] || skip "native build is set up for Linux only (this is $platform)"
cc="${CC:-gcc}"
command -v "$cc" >/dev/null || skip "no C compiler ($cc)"
command -v npm >/dev/null || skip "no npm to fetch the grammar's source package"

mkdir -p "$work"
# WORK_DIR (target/native) is kept from one build to the next until mvn clean, so sources are unpacked into a
# folder named by package, version and sha512: a changed pin can never compile the sources of the old one.
sources() { echo "$work/$1-$2"; } # sources PACKAGE SHA512
fetch() { # fetch PACKAGE SHA512
  local pkg="$1" sha="$2" dir tgz
  dir="$(sources "$pkg" "$sha")"
  if [ -f "$dir/.complete" ]; then return 0; fi
  rm -rf "$dir"; mkdir -p "$dir"
  tgz="$(cd "$work" && npm pack --silent --prefer-offline "$pkg" 2>/dev/null | tail -1)" || return 1
  [ -n "$tgz" ] && [ -f "$work/$tgz" ] || return 1
  if [ "$(sha512sum "$work/$tgz" | cut -d' ' -f1)" != "$sha" ]; then
    echo "[loclint native] $pkg does not have the pinned sha512" >&2
    return 1
  fi
  tar xzf "$work/$tgz" -C "$dir" && rm -f "$work/$tgz" && touch "$dir/.complete"
}
fetch "$grammar_pkg" "$grammar_sha" || skip "could not fetch $grammar_pkg from the npm registry"
fetch "$runtime_pkg" "$runtime_sha" || skip "could not fetch $runtime_pkg from the npm registry"

rt="$(sources "$runtime_pkg" "$runtime_sha")/package/vendor/tree-sitter/lib"
py="$(sources "$grammar_pkg" "$grammar_sha")/package/src"
mkdir -p "$dest"
# -O2 and no assertions (NDEBUG); symbols hidden except the JNI entry points
"$cc" -O2 -DNDEBUG -fPIC -shared -fvisibility=hidden -std=c11 -D_POSIX_C_SOURCE=200112L -D_DEFAULT_SOURCE \
  -I "$rt/include" -I "$rt/src" -I "$py" -I "$java_home/include" -I "$java_home/include/$os" \
  "$rt/src/lib.c" "$py/parser.c" "$py/scanner.c" "$here/loclint_python.c" -o "$lib.tmp" \
  || skip "the C compiler failed"
mv "$lib.tmp" "$lib"
sha256sum "$lib" | cut -d' ' -f1 > "$lib.sha256"
echo "[loclint native] built $lib" >&2
