# Sourced by the scripts: finds a JDK >= 25 (JAVA_HOME first, then /usr/lib/jvm/*25*) and exports JAVA_HOME.
# A bundle made by scripts/bundle carries its own runtime in ./runtime next to the jars; that wins when present.
loglinear_java_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
loglinear_find_java() {
  local candidate v
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* /usr/lib/jvm/temurin-*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    v=$(loglinear_java_version "$candidate")
    case "$v" in ''|1.*|[0-9]|1[0-9]|2[0-4]) continue ;; esac
    export JAVA_HOME="$candidate"
    return 0
  done
  echo "error: no JDK >= 25 found (looked at JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm/*25*)." >&2
  echo "       Install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
  return 1
}
loglinear_require_mvn() {
  command -v mvn >/dev/null 2>&1 || { echo "error: Maven (mvn) is not on PATH; install Maven 3.8+ (apt-get install maven)." >&2; return 1; }
}
