#!/usr/bin/env bash
# Lays out the responder application for a container image (or any host) from a built source tree:
#   OUT/lib/*.jar           the app jar and its runtime classpath (app/target/runtime.classpath)
#   OUT/classpath.argfile   `-cp` with every jar under PREFIX/lib, in the launcher's order
#   OUT/runbooks/crm.yaml   the default runbook catalog
# Usage: stage.sh SOURCE_ROOT OUT [PREFIX]   (PREFIX: where OUT will live; default OUT)
# Run `mvn -B -DskipTests package -pl app -am` in SOURCE_ROOT first.
set -euo pipefail

src="$(cd "$1" && pwd)"
out="$2"
prefix="${3:-$2}"
classpath_file="$src/app/target/runtime.classpath"
app_jars=("$src"/app/target/responder-app-*.jar)

[ -f "$classpath_file" ] && [ -f "${app_jars[0]}" ] || {
  echo "stage.sh: $src/app/target has no runtime.classpath or app jar; run mvn package first" >&2
  exit 1
}

mkdir -p "$out/lib" "$out/runbooks"
entries=()
for jar in "${app_jars[0]}" $(tr ':' ' ' < "$classpath_file"); do
  name="$(basename "$jar")"
  cp "$jar" "$out/lib/$name"
  entries+=("$prefix/lib/$name")
done
# The same order as ./responder: the app jar first, then the resolved runtime classpath.
printf -- '-cp\n%s\n' "$(IFS=:; echo "${entries[*]}")" > "$out/classpath.argfile"
cp "$src/runbooks/crm.yaml" "$out/runbooks/crm.yaml"
echo "stage.sh: ${#entries[@]} jars in $out/lib" >&2
