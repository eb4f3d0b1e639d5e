#!/usr/bin/env bash
# Builds circle-view and installs it under PREFIX (default ~/.local):
#   PREFIX/bin/circle-view               the launcher
#   PREFIX/share/circle-view/            the jar, a private Java runtime, its start-up archive, jansi's native library
#   PREFIX/share/bash-completion/...     shell completions (see README)
#   PREFIX/share/man/man1/circle-view*.1 man pages
# Usage: ./install.sh            PREFIX=/opt/circle-view ./install.sh
#        JDK=/usr/lib/jvm/java-17-openjdk-amd64 ./install.sh   (use this JDK instead of the newest found)
# Needs a JDK 17 or newer (with jlink); Maven, when not installed, comes through the wrapper (./mvnw).
# Safe to run again: it replaces what it installed; interrupted, it leaves the previous install as it was.
# Portable to bash 3.2 and BSD tools (macOS) as well as Linux: no install -D, sed -i, readlink -f or timeout.
set -euo pipefail

PREFIX=${PREFIX:-$HOME/.local}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
share=$PREFIX/share/circle-view
say() { printf 'install.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
# a path as it can be pasted into a shell
quoted() { printf '"%s"' "$1"; }
# the folder a path leads to once every symbolic link is followed (readlink -f, which older macOS lacks)
resolve() {
  local path=$1 link
  while [ -L "$path" ]; do
    link=$(readlink "$path")
    case $link in /*) path=$link ;; *) path=$(dirname "$path")/$link ;; esac
  done
  if [ -d "$path" ]; then (cd "$path" && pwd -P); else printf '%s/%s' "$(cd "$(dirname "$path")" && pwd -P)" "$(basename "$path")"; fi
}

# --- 1. the newest JDK >= 17 that has jlink ------------------------------------------------
feature_of() { # prints the feature version of the JDK at $1, or nothing
  local release=$1/release v
  [ -r "$release" ] || return 0
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  printf '%s' "$v"
}
candidates=()
if [ -n "${JDK:-}" ]; then
  [ -x "$JDK/bin/jlink" ] || die "JDK=$JDK has no bin/jlink; give the folder of a JDK 17 or newer"
  candidates+=("$JDK")
else
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(resolve "$(command -v javac)")")")")
  fi
  # macOS: the JDKs the system knows, and Homebrew's openjdk kegs (keg-only: not on PATH)
  if [ -x /usr/libexec/java_home ]; then
    d=$(/usr/libexec/java_home -v 17+ 2>/dev/null) && [ -n "$d" ] && candidates+=("$d")
  fi
  if command -v brew >/dev/null 2>&1; then
    for d in "$(brew --prefix)"/opt/openjdk*/libexec/openjdk.jdk/Contents/Home; do
      [ -d "$d" ] && candidates+=("$d")
    done
  fi
  # the JDK Maven runs on ("Java home: ..." in mvn -v)
  if command -v mvn >/dev/null 2>&1; then
    d=$(mvn -v 2>/dev/null | sed -n 's/^Java home: //p' | head -n 1)
    if [ -n "$d" ]; then
      candidates+=("$d")
      [ "$(basename "$d")" = jre ] && candidates+=("$(dirname "$d")")
    fi
  fi
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$d" ] && candidates+=("$d")
  done
fi
jdk=
best=0
seen=
# "${candidates[@]}" of an empty array is an error under set -u in bash 3.2
for d in ${candidates[@]+"${candidates[@]}"}; do
  d=$(resolve "$d")
  case " $seen " in *" $d "*) continue ;; esac
  seen="$seen $d"
  v=$(feature_of "$d")
  if [ -z "$v" ] || [ ! -x "$d/bin/jlink" ] || [ ! -x "$d/bin/java" ]; then
    continue
  fi
  if [ "$v" -ge 17 ] && [ "$v" -gt "$best" ]; then
    jdk=$d
    best=$v
  fi
done
if [ -z "$jdk" ]; then
  case "$(uname -s)" in
    Darwin) how="brew install openjdk (then run install.sh again; or set JDK=/path/to/jdk)" ;;
    Linux)
      if command -v apt-get >/dev/null 2>&1; then how="sudo apt-get install openjdk-17-jdk-headless"
      elif command -v dnf >/dev/null 2>&1; then how="sudo dnf install java-17-openjdk-devel"
      elif command -v yum >/dev/null 2>&1; then how="sudo yum install java-17-openjdk-devel"
      elif command -v apk >/dev/null 2>&1; then how="sudo apk add openjdk17-jdk"
      else how="install a JDK 17 or newer from your distribution"
      fi ;;
    *) how="install a JDK 17 or newer" ;;
  esac
  found=
  command -v java >/dev/null 2>&1 && found=$(java -version 2>&1 | head -n 1)
  die "circle-view needs a JDK 17 or newer with jlink${found:+; found only: $found}. Run: $how, or set JDK=/path/to/jdk."
fi
if command -v mvn >/dev/null 2>&1; then
  mvn=(mvn)
else
  mvn=("$here/mvnw")
  say "Maven is not installed: using the Maven wrapper (./mvnw), which fetches Maven once"
fi
say "using the JDK $best at $jdk"

# --- 2. build --------------------------------------------------------------------------------
build=$(mktemp -d "${TMPDIR:-/tmp}/circle-view-build.XXXXXX")
# Ctrl-C: the previous install stays as it was (or is put back, if it was being replaced); exit 130
interrupted() {
  trap - INT TERM
  if [ -d "$share.old" ] && [ ! -d "$share" ]; then mv "$share.old" "$share"; fi
  say "interrupted; the previous install (if any) is left as it was"
  exit 130
}
trap 'rm -rf "$build"' EXIT
trap interrupted INT TERM
say "building (tests skipped; run './mvnw -B verify' for them)"
maven_opts=${MAVEN_OPTS:-}
# Maven's own libraries still use sun.misc.Unsafe, which JDK 24+ warns about on every build
if [ "$best" -ge 24 ]; then maven_opts="$maven_opts --sun-misc-unsafe-memory-access=allow"; fi
# Maven's output is kept and shown (if it says anything) without escape codes: Maven 3.8 writes colour
# resets even in batch mode, which a log file or a CI page shows as garbage
esc=$(printf '\033')
if ! (cd "$here" && JAVA_HOME=$jdk MAVEN_OPTS=$maven_opts "${mvn[@]}" -B -q -Dstyle.color=never -DskipTests \
      -Dbuild.dir="$build/target" package) >"$build/maven.log" 2>&1; then
  sed "s/${esc}\[[0-9;]*[A-Za-z]//g" "$build/maven.log" >&2
  die "the build failed (above); run './mvnw -B package' in $(quoted "$here") to see more"
fi
sed "s/${esc}\[[0-9;]*[A-Za-z]//g" "$build/maven.log" | grep -v '^$' >&2 || true
jar=$build/target/circle-view.jar

# --- 3. a private runtime with only the modules circle-view needs ---------------------------
stage=$build/stage
mkdir -p "$stage/native"
modules=java.base,java.net.http
if [ "$best" -lt 22 ]; then modules=$modules,jdk.crypto.ec; fi   # before 22 the EC code (TLS) is its own module
jlink_flags=(--add-modules "$modules" --strip-debug --no-header-files --no-man-pages --output "$stage/runtime")
# JDK 25's AOT cache covers the JDK's own classes; before it, the runtime needs its default CDS archive
if [ "$best" -lt 25 ]; then jlink_flags+=(--generate-cds-archive); fi
"$jdk/bin/jlink" "${jlink_flags[@]}" || die "jlink failed"
rm -f "$stage/runtime/lib/server/classes_nocoops.jsa"   # only used with heaps over 32 GB
cp "$jar" "$stage/circle-view.jar"

# jansi's native library at a fixed path, instead of extracting it to /tmp on every run
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) native=Linux/x86_64 ;; Linux-aarch64) native=Linux/arm64 ;;
  Darwin-x86_64) native=Mac/x86_64 ;; Darwin-arm64) native=Mac/arm64 ;; *) native= ;;
esac
if [ -n "$native" ]; then
  (cd "$stage/native" && "$jdk/bin/jar" xf "$stage/circle-view.jar" "org/fusesource/jansi/internal/native/$native") || true
  lib=$(find "$stage/native" -type f -name 'libjansi.*' | head -n 1)
  if [ -n "$lib" ]; then mv "$lib" "$stage/native/"; fi
  rm -rf "$stage/native/org"
fi

# --- 4. install: replace the old files as a whole -------------------------------------------
mkdir -p "$PREFIX/bin" "$(dirname "$share")"
rm -rf "$share.old"
if [ -d "$share" ]; then mv "$share" "$share.old"; fi
mv "$stage" "$share"
rm -rf "$share.old"

# --- 5. start-up archive: one training run at the final path (archives record the jar's path),
#        with the flags the launcher uses, then a strict check that it maps ----------------------
# the same JVM flags as the launcher (src/main/sh/circle-view): an archive is trained for the flags it runs with
java_flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxNewSize=16m -Dlibrary.jansi.path="$share/native")
if [ "$best" -ge 25 ]; then
  archive=app.aot
  # without the method profiles a training run records by default (JDK 25): they serve the C2
  # compiler, which -XX:TieredStopAtLevel=1 leaves out, and replaying them costs CPU time (docs/performance.md)
  make_archive=(-XX:+UnlockDiagnosticVMOptions -XX:+IgnoreUnrecognizedVMOptions -XX:-AOTRecordTraining
                -XX:AOTCacheOutput="$share/app.aot")
  use_archive=(-XX:AOTMode=on -XX:AOTCache="$share/app.aot")
else
  archive=app.jsa
  make_archive=(-XX:ArchiveClassesAtExit="$share/app.jsa")
  use_archive=(-Xshare:on -XX:SharedArchiveFile="$share/app.jsa")
fi
if ! "$share/runtime/bin/java" "${java_flags[@]}" "${make_archive[@]}" -jar "$share/circle-view.jar" --aot-training \
     >"$build/train.log" 2>&1; then
  cat "$build/train.log" >&2
  rm -f "$share/$archive"
  die "the start-up training run failed (circle-view is installed, but starts slowly); please report the lines above"
fi
if ! "$share/runtime/bin/java" "${java_flags[@]}" "${use_archive[@]}" -jar "$share/circle-view.jar" --version >/dev/null 2>&1; then
  rm -f "$share/$archive"
  die "the start-up archive does not map on this runtime (circle-view is installed, but starts slowly)"
fi
install -m 755 "$here/src/main/sh/circle-view" "$PREFIX/bin/circle-view"

# --- 6. completions (BSD install has no -D: the folders are made first) ------------------------
place() { # place FILE FOLDER NAME
  [ -f "$1" ] || return 0
  mkdir -p "$2"
  install -m 644 "$1" "$2/$3"
}
place "$here/completions/circle-view.bash" "$PREFIX/share/bash-completion/completions" circle-view
place "$here/completions/_circle-view" "$PREFIX/share/zsh/site-functions" _circle-view
place "$here/completions/circle-view.fish" "$PREFIX/share/fish/vendor_completions.d" circle-view.fish

# --- 7. man pages: the set of this version (a command that is gone takes its page along) -------
man1=$PREFIX/share/man/man1
if compgen -G "$here/docs/man/*.1" >/dev/null; then
  mkdir -p "$man1"
  rm -f "$man1/circle-view.1" "$man1"/circle-view-*.1
  install -m 644 "$here"/docs/man/*.1 "$man1/"
fi

say "installed $("$PREFIX/bin/circle-view" --version) in $(quoted "$PREFIX") (Java $best runtime, start-up archive $archive)"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) say "add $(quoted "$PREFIX/bin") to your PATH, e.g.: echo 'export PATH=$(quoted "$PREFIX/bin"):\$PATH' >> ~/.bashrc" ;;
esac
say "check the set-up (token, project, config file, API) with: circle-view doctor"
if [ -d "$here/completions" ]; then
  say "bash completion: add 'source $(quoted "$PREFIX/share/bash-completion/completions/circle-view")' to ~/.bashrc (bash-completion finds it by itself under ~/.local)"
  say "zsh completion: in ~/.zshrc, before compinit: fpath=($(quoted "$PREFIX/share/zsh/site-functions") \$fpath)"
  say "fish completion: in ~/.config/fish/config.fish: set -p fish_complete_path $(quoted "$PREFIX/share/fish/vendor_completions.d")"
fi
# man finds PREFIX/share/man by itself when PREFIX/bin is on PATH, unless MANPATH says otherwise
if [ -f "$man1/circle-view.1" ] && command -v manpath >/dev/null 2>&1; then
  case ":$(PATH="$PREFIX/bin:$PATH" manpath 2>/dev/null):" in
    *":$PREFIX/share/man:"*) ;;
    *) say "man pages: 'man circle-view' does not look in $(quoted "$PREFIX/share/man"); add it, e.g.: echo 'export MANPATH=$(quoted "$PREFIX/share/man"):\$MANPATH' >> ~/.bashrc" ;;
  esac
fi
