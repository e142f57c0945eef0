#!/usr/bin/env bash
# Memory sizing benchmark: how much memory each Responder service uses when it runs as its pod runs
# it, idle and after a load, side by side with a bare JVM given the same options (the ratio).
# Usage, from anywhere: bench/service-memory.sh     (about 3 to 4 minutes; see bench/README.md)
#
# Tunables (environment): BENCH_REQUESTS (20000 webhooks), BENCH_CONCURRENCY (16),
# BENCH_STORM_ALERTS (200 distinct alerts) in each of BENCH_STORM_REQUESTS (48) webhooks,
# BENCH_SETTLE_SECONDS (15, idle time before each sample), BENCH_RESULTS (bench/results),
# BENCH_MANIFESTS (deploy/base: a copy with other limits measures candidate values),
# BENCH_KEEP=1 keeps the run directory (logs) even when the run succeeds.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

requests=${BENCH_REQUESTS:-20000}
concurrency=${BENCH_CONCURRENCY:-16}
settle=${BENCH_SETTLE_SECONDS:-15}
storm_alerts=${BENCH_STORM_ALERTS:-200}
storm_requests=${BENCH_STORM_REQUESTS:-48}
results_dir=${BENCH_RESULTS:-$root/bench/results}
fixture="$root/bench/alertmanager-0.25-webhook.json"
services=(ingest correlator remediator console)
manifests=${BENCH_MANIFESTS:-deploy/base}
declare -A manifest=(
  [ingest]=$manifests/040-Deployment-responder-ingest.yaml
  [correlator]=$manifests/041-StatefulSet-responder-correlator.yaml
  [remediator]=$manifests/042-Deployment-responder-remediator.yaml
  [console]=$manifests/043-Deployment-responder-console.yaml
)
declare -A command=([ingest]=ingest [correlator]=correlator [remediator]=remediator
  [console]="projection run")
declare -A pid=() baseline_pid=() port=() limit_mib=() cpus=() percent=() options=() heap_mib=()
declare -A rss=() hwm=() base=() # keyed "idle,<service>" and "after,<service>"
declare -A heap_live=() heap_committed=() gc_count=() non_heap=() full_heap=() threads=()
infra_pid=""
infra_children=()
run=""
succeeded=false
started_at=$(date +%s)
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

say() { printf '[%4ds] %s\n' "$(($(date +%s) - started_at))" "$*"; }
fail() { say "FAILED: $*" >&2; exit 1; }

# --- what this machine needs ----------------------------------------------------------------------
command -v hey >/dev/null || fail "the load tool 'hey' is missing; install it: apt-get install hey"
command -v curl >/dev/null || fail "curl is missing; install it: apt-get install curl"
command -v javac >/dev/null || fail "javac (a JDK 17) is needed to compile the benchmark's helpers"

# --- stopping everything, however the script ends -------------------------------------------------
stop_pid() { # pid, seconds to wait after SIGTERM before SIGKILL
  local p=$1 wait=$2 i
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null || return 0
  kill -TERM "$p" 2>/dev/null || return 0
  for ((i = 0; i < wait * 10; i++)); do kill -0 "$p" 2>/dev/null || return 0; sleep 0.1; done
  say "pid $p did not stop in ${wait}s; killing it"
  kill -KILL "$p" 2>/dev/null || true
}

cleanup() {
  local status=$? name p i
  trap - EXIT INT TERM
  set +e # stop everything, whatever fails on the way
  for name in "${services[@]}"; do stop_pid "${pid[$name]:-}" 30; stop_pid "${baseline_pid[$name]:-}" 5; done
  if [ -n "$infra_pid" ]; then
    stop_pid "$infra_pid" 60
    # Its ordered stop ends the broker (a child JVM), PostgreSQL (daemonized) and Redis; should it
    # have failed, end those by the pids recorded when they started.
    for p in "${infra_children[@]}"; do
      for ((i = 0; i < 100; i++)); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
      if kill -0 "$p" 2>/dev/null; then
        say "infrastructure process $p ($(ps -o comm= -p "$p")) still runs 10 s after; stopping it"
        stop_pid "$p" 10
      fi
    done
  fi
  if [ -n "$run" ]; then
    if $succeeded && [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$run"; else say "logs kept in $run"; fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the pods' settings, read from the manifests --------------------------------------------------
mib() { # 768Mi, 1Gi, 1G, 512M -> MiB
  case $1 in
    *Gi) echo $((${1%Gi} * 1024)) ;; *Mi) echo "${1%Mi}" ;;
    *G) echo $((${1%G} * 1000 * 1000 * 1000 / 1048576)) ;; *M) echo $((${1%M} * 1000 * 1000 / 1048576)) ;;
    *) fail "unknown memory quantity '$1'" ;;
  esac
}
whole_cpus() { # "2", 1500m -> 2 (what the JVM counts in a container: the CPU limit, rounded up)
  local q=${1//\"/}
  case $q in *m) echo $(((${q%m} + 999) / 1000)) ;; *) echo "$q" ;; esac
}
for name in "${services[@]}"; do
  file=${manifest[$name]}
  [ -f "$file" ] || fail "no manifest $file"
  read -r cpu_limit memory_limit < <(awk '/limits:/ {l = 1; next}
    l && $1 == "cpu:" {c = $2} l && $1 == "memory:" {print c, $2; exit}' "$file")
  limit_mib[$name]=$(mib "$memory_limit")
  cpus[$name]=$(whole_cpus "$cpu_limit")
  percent[$name]=$(grep -o 'MaxRAMPercentage=[0-9.]*' "$file" | head -1 | cut -d= -f2)
  [ -n "${percent[$name]}" ] || fail "$file sets no -XX:MaxRAMPercentage"
  # A pod's JVM sizes itself from the container: the heap from the memory limit (MaxRAM here), its
  # thread pools from the CPU limit, and below 2 CPUs or 1792 MiB it is not a "server class
  # machine" and picks SerialGC instead of G1. MaxRAM alone would keep this host's G1.
  options[$name]="-XX:MaxRAM=${limit_mib[$name]}m -XX:MaxRAMPercentage=${percent[$name]} -XX:ActiveProcessorCount=${cpus[$name]}"
  if ((limit_mib[$name] < 1792 || cpus[$name] < 2)); then options[$name]+=" -XX:+UseSerialGC"; fi
  heap_mib[$name]=$(java ${options[$name]} -XX:+PrintFlagsFinal -version 2>/dev/null |
    awk '$2 == "MaxHeapSize" {printf "%d", $4 / 1048576}')
done

# --- build ----------------------------------------------------------------------------------------
say "building Responder if needed (./responder builds on first use)"
./responder --version >/dev/null
run=$(mktemp -d "${TMPDIR:-/tmp}/responder-bench.XXXXXX")
app_classpath="$root/app/target/responder-app-0.1.0-SNAPSHOT.jar:$(cat "$root/app/target/runtime.classpath")"
javac -d "$run/classes" -cp "$app_classpath" $(find "$root/bench/src" -name '*.java')
mkdir -p "$run/secrets" "$run/logs"
chmod 700 "$run"
avro_limits="-Dorg.apache.avro.limits.string.maxLength=1048576 -Dorg.apache.avro.limits.bytes.maxLength=1048576"
# Every JVM starts from a clean environment, as in a pod: nothing from this shell leaks in.
clean_env=(env -i "PATH=$PATH" "HOME=$HOME" ${JAVA_HOME:+"JAVA_HOME=$JAVA_HOME"} "LANG=C.UTF-8")

# Below the kernel's ephemeral range: a port picked in it can be taken by any outgoing connection
# (a Kafka client's) between the check and the service's bind.
read -r ephemeral_low _ </proc/sys/net/ipv4/ip_local_port_range
free_port() {
  local p
  while :; do
    p=$((ephemeral_low - 1 - RANDOM % (ephemeral_low > 12000 ? 10000 : ephemeral_low / 2)))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    [[ " ${port[*]} " == *" $p "* ]] && continue
    echo "$p"
    return
  done
}

sample() { # pid field -> MiB with one decimal, from /proc/<pid>/status (kB)
  awk -v k="$2:" '$1 == k {printf "%.1f", $2 / 1024}' "/proc/$1/status"
}

settle_and_sample() { # phase (idle, after), what just happened
  say "$2; sampling ($1) in ${settle}s"
  sleep "$settle"
  for name in "${services[@]}"; do
    alive_or_fail "$name" "${pid[$name]}" "$run/logs/$name.log"
    rss[$1,$name]=$(sample "${pid[$name]}" VmRSS)
    hwm[$1,$name]=$(sample "${pid[$name]}" VmHWM)
    base[$1,$name]=$(sample "${baseline_pid[$name]}" VmRSS)
  done
}

alive_or_fail() { # name pid log
  kill -0 "$2" 2>/dev/null && return 0
  tail -n 30 "$3" >&2 || true
  fail "$1 exited; its log is above"
}

wait_ready() { # name pid url log seconds
  local i
  for ((i = 0; i < $5; i++)); do
    curl -fsS -o /dev/null --max-time 2 "$3" 2>/dev/null && return 0
    alive_or_fail "$1" "$2" "$4"
    sleep 1
  done
  fail "$1 was not ready at $3 within $5 s (log: $4)"
}

# --- infrastructure: local mode without its correlator and remediator -----------------------------
say "starting the infrastructure (Kafka, PostgreSQL, Redis, Kubernetes API, CRM simulator, local ingest)"
"${clean_env[@]}" java $avro_limits -Dresponder.root="$root" -cp "$run/classes:$app_classpath" \
  dev.responder.app.local.BenchInfrastructure "$run/infra.env" >"$run/logs/infrastructure.log" 2>&1 &
infra_pid=$!
for ((i = 0; i < 240; i++)); do
  [ -f "$run/infra.env" ] && break
  alive_or_fail infrastructure "$infra_pid" "$run/logs/infrastructure.log"
  sleep 1
done
[ -f "$run/infra.env" ] || fail "the infrastructure did not start within 240 s"
declare -A infra=()
while IFS='=' read -r key value; do [ -n "$key" ] && infra[$key]=$value; done <"$run/infra.env"
# The processes serving the broker, PostgreSQL and Redis, for the cleanup's fallback.
for url in "${infra[KAFKA]}" "${infra[JDBC_URL]}" "${infra[REDIS_URL]}"; do
  listening=$(grep -o ':[0-9]\{2,5\}' <<<"$url" | head -1)
  for p in $(ss -Hltnp "sport = $listening" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u); do
    if [ "$p" != "$infra_pid" ]; then infra_children+=("$p"); fi
  done
done
say "infrastructure ready: kafka ${infra[KAFKA]}, ${infra[JDBC_URL]}"

# --- the four services, each its own JVM, configured as its manifest configures it ---------------
token=$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n')
printf '%s' "$token" >"$run/secrets/ingest-token"
printf '%s' "${infra[DB_PASSWORD]}" >"$run/secrets/db-password"
printf '%s' "${infra[REDIS_URL]}" >"$run/secrets/redis-url"
printf '%s' "${infra[NOTIFY_WEBHOOK]}" >"$run/secrets/notify-webhook"
for name in "${services[@]}"; do port[$name]=$(free_port); done

service_env() { # the RESPONDER_* entries each pod sets (deploy/base/04*-*.yaml), wired to loopback
  local kafka="RESPONDER_KAFKA_BOOTSTRAP=${infra[KAFKA]}"
  case $1 in
    ingest) entries=("$kafka" RESPONDER_INGEST_HOST=127.0.0.1 "RESPONDER_INGEST_PORT=${port[ingest]}"
      "RESPONDER_INGEST_TOKEN_FILE=$run/secrets/ingest-token") ;;
    correlator) entries=("$kafka" RESPONDER_CORRELATOR_APPLICATION_ID=responder-correlator
      "RESPONDER_CORRELATOR_STATE_DIR=$run/correlator-state"
      "RESPONDER_CORRELATOR_HTTP_PORT=${port[correlator]}" "RESPONDER_CATALOG=${infra[CATALOG]}"
      # The manifest's 1 needs a second replica to hold the standbys; one instance alone runs as the
      # dev overlay's single replica does. It holds every task's state actively, about what each of
      # the two production replicas holds as half active, half standby.
      RESPONDER_CORRELATOR_STANDBY_REPLICAS=0) ;;
    remediator) entries=("$kafka" "RESPONDER_CATALOG=${infra[CATALOG]}"
      RESPONDER_REMEDIATOR_HOST=127.0.0.1 "RESPONDER_REMEDIATOR_PORT=${port[remediator]}"
      "RESPONDER_CRM_JDBC_URL=${infra[JDBC_URL]}" RESPONDER_CRM_DATABASE=crm
      "RESPONDER_CRM_DB_USER=${infra[DB_USER]}" "RESPONDER_CRM_DB_PASSWORD_FILE=$run/secrets/db-password"
      "RESPONDER_REDIS_URL_FILE=$run/secrets/redis-url" "RESPONDER_KUBERNETES_URL=${infra[KUBERNETES_URL]}"
      "RESPONDER_NOTIFY_WEBHOOK_FILE=$run/secrets/notify-webhook"
      RESPONDER_REMEDIATOR_DRY_RUN=false RESPONDER_REMEDIATOR_KILL_SWITCH=false) ;;
    console) entries=("$kafka" "RESPONDER_PROJECTION_JDBC_URL=${infra[JDBC_URL]}"
      "RESPONDER_PROJECTION_DB_USER=${infra[DB_USER]}"
      "RESPONDER_PROJECTION_DB_PASSWORD_FILE=$run/secrets/db-password"
      "RESPONDER_PROJECTION_HTTP_PORT=${port[console]}") ;;
  esac
}

say "starting ingest, correlator, remediator, console (projection run) and a bare JVM for each"
for name in "${services[@]}"; do
  # The launcher execs java, so $! is the service's JVM. The image's ENTRYPOINT adds
  # ExitOnOutOfMemoryError to the launcher's flags; RESPONDER_JAVA_OPTS adds it here, and a GC log
  # (one line per collection: heap after it and committed), which attach-free tells the heap apart.
  service_env "$name"
  # shellcheck disable=SC2086  # "projection run" is two words
  "${clean_env[@]}" JAVA_TOOL_OPTIONS="${options[$name]}" \
    RESPONDER_JAVA_OPTS="-XX:+ExitOnOutOfMemoryError -Xlog:gc:file=$run/logs/gc-$name.log" \
    "${entries[@]}" ./responder ${command[$name]} >"$run/logs/$name.log" 2>&1 &
  pid[$name]=$!
  "${clean_env[@]}" JAVA_TOOL_OPTIONS="${options[$name]}" \
    java -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$run/logs/gc-baseline-$name.log" $avro_limits \
    -cp "$run/classes" dev.responder.bench.IdleJvm >"$run/logs/baseline-$name.log" 2>&1 &
  baseline_pid[$name]=$!
done
for name in "${services[@]}"; do
  wait_ready "$name" "${pid[$name]}" "http://127.0.0.1:${port[$name]}/readyz" "$run/logs/$name.log" 180
done
settle_and_sample idle "all four ready"

# --- load -----------------------------------------------------------------------------------------
status_codes() { # hey's output -> "[200] 20000"
  awk '/Status code distribution/ {s = 1; next}
    s && /\[/ {printf "%s%s %s", sep, $1, $2; sep = ", "} s && NF == 0 && sep {exit}' "$1"
}

# Alertmanager groups by namespace here, so one webhook carries many alerts. Each has its own
# alertname, and unclassified alerts are grouped by alertname and namespace (runbooks/crm.yaml), so
# each opens an incident of its own: correlator state, a notification from the remediator, rows
# in the projection. The same payload sent again is deduplicated, as Alertmanager's resends are.
storm_payload() {
  local n=$1 now i sep=""
  now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  printf '{"receiver":"responder","status":"firing","version":"4","truncatedAlerts":0,'
  printf '"groupKey":"{}:{namespace=\\"crm\\"}","externalURL":"http://127.0.0.1:9093",'
  printf '"groupLabels":{"namespace":"crm"},"commonLabels":{"namespace":"crm","service":"crm-bench",'
  printf '"severity":"warning"},"commonAnnotations":{},"alerts":['
  for ((i = 1; i <= n; i++)); do
    printf '%s{"status":"firing","labels":{"alertname":"BenchStorm%04d","namespace":"crm",' "$sep" "$i"
    printf '"service":"crm-bench","severity":"warning"},"annotations":{"summary":"benchmark alert %d"},' "$i"
    printf '"startsAt":"%s","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://127.0.0.1/graph",' "$now"
    printf '"fingerprint":"%016x"}' "$((0xbe7c0000 + i))"
    sep=,
  done
  printf ']}\n'
}

say "load 1/3: ./responder demo, the runbook's five incidents, through the benchmarked correlator and remediator"
demo_started=$(date +%s)
demo_status=0
"${clean_env[@]}" ./responder demo --json "$run/demo.json" >"$run/logs/demo.log" 2>&1 || demo_status=$?
demo_seconds=$(($(date +%s) - demo_started))
grep -E '^(All|Not all|[0-9]+ of)|resolved as' "$run/logs/demo.log" | tail -n 1 | sed 's/^/        demo: /' || true
[ "$demo_status" = 0 ] || say "the demo exited $demo_status (see $run/logs/demo.log); measuring anyway"

say "load 2/3: hey, $requests Alertmanager webhooks ($concurrency connections) to the benchmarked ingest"
hey -n "$requests" -c "$concurrency" -m POST -T application/json -H "Authorization: Bearer $token" \
  -D "$fixture" "http://127.0.0.1:${port[ingest]}/v1/alertmanager" >"$run/logs/hey.txt"
hey_rate=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$run/logs/hey.txt")
hey_codes=$(status_codes "$run/logs/hey.txt")
say "        $hey_rate requests/s; status codes: $hey_codes"

say "load 3/3: an alert storm, $storm_alerts distinct alerts no runbook matches in each of $storm_requests webhooks (4 connections)"
storm_payload "$storm_alerts" >"$run/storm.json"
hey -n "$storm_requests" -c 4 -m POST -T application/json -H "Authorization: Bearer $token" \
  -D "$run/storm.json" "http://127.0.0.1:${port[ingest]}/v1/alertmanager" >"$run/logs/hey-storm.txt"
storm_codes=$(status_codes "$run/logs/hey-storm.txt")
say "        status codes: $storm_codes; each alert opens an unclassified incident the remediator notifies about"

say "waiting until the correlator, the remediator and the projection have consumed everything"
"${clean_env[@]}" java -cp "$run/classes:$app_classpath" dev.responder.bench.GroupLag \
  "${infra[KAFKA]}" 300 responder-correlator responder-remediator >"$run/logs/lag.log" 2>&1 ||
  fail "the consumers did not catch up: $(tail -n 1 "$run/logs/lag.log")"
for ((i = 0, zero = 0; zero < 2; i++)); do
  ((i < 300)) || fail "responder_projection_lag_records did not reach 0 in 300 s"
  lag=$(curl -fsS --max-time 2 "http://127.0.0.1:${port[console]}/metrics" |
    awk '$1 == "responder_projection_lag_records" {printf "%d", $2}')
  if [ "$lag" = 0 ]; then zero=$((zero + 1)); else zero=0; fi
  sleep 1
done
settle_and_sample after drained
for name in "${services[@]}"; do
  threads[$name]=$(awk '$1 == "Threads:" {print $2}' "/proc/${pid[$name]}/status")
  # The last collection's "used before->after(committed)": after a collection the heap holds
  # about the live data; the committed heap is resident, the rest of the RSS is not heap.
  read -r heap_live[$name] heap_committed[$name] < <(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' \
    "$run/logs/gc-$name.log" | tail -n 1 | sed 's/^[0-9]*M->\([0-9]*\)M(\([0-9]*\)M)$/\1 \2/') || true
  gc_count[$name]=$(grep -c 'Pause' "$run/logs/gc-$name.log" || true)
  non_heap[$name]=$(awk -v r="${rss[after,$name]}" -v c="${heap_committed[$name]:-0}" 'BEGIN {printf "%.0f", r - c}')
  full_heap[$name]=$((heap_mib[$name] + non_heap[$name]))
done
elapsed=$(($(date +%s) - started_at))
for name in "${services[@]}"; do
  curl -fsS --max-time 5 "http://127.0.0.1:${port[$name]}/metrics" >"$run/logs/metrics-$name.txt" || true
done
counter() { # file, metric name (Prometheus format): the sum over its series
  awk -v m="$2" '$1 == m || index($1, m "{") == 1 {s += $NF} END {printf "%d", s}' "$run/logs/$1"
}
processed="ingest received $(counter metrics-ingest.txt responder_ingest_alerts_total) alerts,"
processed+=" the correlator read $(counter metrics-correlator.txt responder_correlator_alerts_total) alerts,"
processed+=" the remediator processed $(counter metrics-remediator.txt responder_remediator_records_processed_total) records,"
processed+=" the projection read $(counter metrics-console.txt responder_projection_records_read_total) records"
say "        $processed"

# --- report ---------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
percent_of() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f", 100 * a / b}'; }
stamp=$(date -u +%Y-%m-%dT%H-%M-%SZ)
cpu_model=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
mem_total=$(awk '/MemTotal/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1)
machine="$(nproc) cores ($cpu_model), ${mem_total} GiB, $java_version; load average $load_at_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
# The demo exits 0 only when every scenario resolved as its runbook expects.
if [ "$demo_status" = 0 ]; then demo_result=true; else demo_result="false (exit $demo_status)"; fi

table() {
  printf '| service | limit | heap max | RSS idle | RSS after load | peak (VmHWM) | peak / limit |'
  printf ' heap after last GC / committed (GCs) | RSS with a full heap (est.) | bare JVM RSS | RSS after load / bare JVM |\n'
  printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
  for name in "${services[@]}"; do
    printf '| %s | %s MiB, %s CPU | %s MiB (%s%%) | %s MiB | %s MiB | %s MiB | %s%% | %s / %s MiB (%s) | %s MiB (%s%%) | %s MiB | %s |\n' \
      "$name" "${limit_mib[$name]}" "${cpus[$name]}" "${heap_mib[$name]}" "${percent[$name]}" \
      "${rss[idle,$name]}" "${rss[after,$name]}" "${hwm[after,$name]}" \
      "$(percent_of "${hwm[after,$name]}" "${limit_mib[$name]}")" \
      "${heap_live[$name]:-?}" "${heap_committed[$name]:-?}" "${gc_count[$name]}" \
      "${full_heap[$name]}" "$(percent_of "${full_heap[$name]}" "${limit_mib[$name]}")" \
      "${base[after,$name]}" "$(ratio "${rss[after,$name]}" "${base[after,$name]}")"
  done
}

mkdir -p "$results_dir"
markdown="$results_dir/service-memory-$stamp.md"
{
  echo "# Service memory, $stamp"
  echo
  echo "Machine: $machine."
  echo "Load: \`./responder demo\` (all resolved: $demo_result, ${demo_seconds} s), then $requests Alertmanager webhooks"
  echo "with \`hey -c $concurrency\` ($hey_rate requests/s; $hey_codes), then an alert storm: $storm_requests webhooks"
  echo "of the same $storm_alerts distinct unclassified alerts ($storm_codes). Whole run: ${elapsed} s."
  echo "Processed by the benchmarked services (their /metrics): $processed."
  echo "JVM options per service: the manifest's memory limit as \`-XX:MaxRAM\`, its \`MaxRAMPercentage\`,"
  echo "its CPU limit as \`-XX:ActiveProcessorCount\`, and \`-XX:+UseSerialGC\` where a container JVM would pick it."
  echo "RSS with a full heap (est.) = heap max + (RSS after load - committed heap): what the pod would"
  echo "use if its heap grew to the maximum while the rest stayed as measured; it must stay under the limit."
  echo
  table
} >"$markdown"

{
  printf '{\n  "date": "%s",\n  "machine": "%s",\n  "elapsedSeconds": %s,\n' "$stamp" "${machine//\"/\\\"}" "$elapsed"
  printf '  "load": {"demoAllResolved": "%s", "demoSeconds": %s, "webhooks": %s, "concurrency": %s, "requestsPerSecond": %s, "statusCodes": "%s", "stormAlerts": %s, "stormWebhooks": %s, "stormStatusCodes": "%s", "processed": "%s"},\n' \
    "$demo_result" "$demo_seconds" "$requests" "$concurrency" "${hey_rate:-0}" "$hey_codes" \
    "$storm_alerts" "$storm_requests" "$storm_codes" "$processed"
  printf '  "services": [\n'
  sep=""
  for name in "${services[@]}"; do
    printf '%s    {"service": "%s", "command": "responder %s", "manifest": "%s", "limitMiB": %s, "cpuLimit": %s, "maxRamPercentage": %s, "maxHeapMiB": %s, "javaToolOptions": "%s", "rssIdleMiB": %s, "rssAfterLoadMiB": %s, "peakMiB": %s, "heapAfterLastGcMiB": %s, "heapCommittedMiB": %s, "gcCount": %s, "threads": %s, "nonHeapMiB": %s, "fullHeapRssEstimateMiB": %s, "bareJvmRssIdleMiB": %s, "bareJvmRssMiB": %s, "ratioToBareJvm": %s}' \
      "$sep" "$name" "${command[$name]}" "${manifest[$name]}" "${limit_mib[$name]}" "${cpus[$name]}" \
      "${percent[$name]}" "${heap_mib[$name]}" "${options[$name]}" "${rss[idle,$name]}" \
      "${rss[after,$name]}" "${hwm[after,$name]}" "${heap_live[$name]:-null}" \
      "${heap_committed[$name]:-null}" "${gc_count[$name]}" "${threads[$name]}" "${non_heap[$name]}" "${full_heap[$name]}" \
      "${base[idle,$name]}" "${base[after,$name]}" "$(ratio "${rss[after,$name]}" "${base[after,$name]}")"
    sep=$',\n'
  done
  printf '\n  ]\n}\n'
} >"${markdown%.md}.json"

echo
table
echo
say "done in ${elapsed} s; written to ${markdown#"$root"/} and $(basename "${markdown%.md}.json")"
succeeded=true
