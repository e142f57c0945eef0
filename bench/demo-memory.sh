#!/usr/bin/env bash
# The demo's memory: runs `./responder demo` and samples, once a second, the resident set size (RSS)
# of every process it started: the launcher's JVM, its descendants (the Kafka broker's JVM, Redis,
# the watchdogs) and PostgreSQL, which pg_ctl daemonises (found through its watchdog's arguments).
# Prints the peak of the sum, and the peak of each part. RSS counts PostgreSQL's shared memory once
# per process, so the sum overstates the machine's use a little.
# Usage, from anywhere: bench/demo-memory.sh [demo options, e.g. --scenario api-unresponsive]
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=$(mktemp -d)
"$root/responder" --help >/dev/null || exit 1 # builds first, so no Maven process is sampled
"$root/responder" demo --json "$out/demo.json" "$@" >"$out/demo.log" 2>&1 &
demo=$!

tree() { # pid: the pid and all its descendants
  local p=$1 c
  echo "$p"
  for c in $(ps -o pid= --ppid "$p" 2>/dev/null); do tree "$c"; done
}
rss_kib() { # pids, in any number of words: the sum of their RSS in KiB
  local list
  list=$(echo $* | tr -s ' ' ',')
  [ -n "$list" ] || { echo 0; return; }
  ps -o rss= -p "$list" 2>/dev/null | awk '{s += $1} END {print s + 0}'
}

peak_total=0 peak_main=0 peak_broker=0 peak_pg=0 peak_other=0
while kill -0 "$demo" 2>/dev/null; do
  pids=$(tree "$demo")
  broker="" pg=""
  for p in $pids; do
    args=$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)
    case "$args" in
      *kafka.Kafka*) broker="$broker $p" ;;
      *"responder-watchdog PostgreSQL "*) # sh -c SCRIPT responder-watchdog PostgreSQL PID DIR
        postmaster=$(echo "$args" | awk 'END {print $(NF-1)}')
        pg="$pg $(tree "$postmaster")" ;;
    esac
  done
  main=$demo # the launcher execs the JVM
  m=$(rss_kib $main); b=$(rss_kib $broker); g=$(rss_kib $pg); t=$(rss_kib $pids $pg)
  o=$((t - m - b - g))
  ((t > peak_total)) && peak_total=$t
  ((m > peak_main)) && peak_main=$m
  ((b > peak_broker)) && peak_broker=$b
  ((g > peak_pg)) && peak_pg=$g
  ((o > peak_other)) && peak_other=$o
  sleep 1
done
wait "$demo" && result=passed || result="FAILED (log: $out/demo.log)"
tail -3 "$out/demo.log"
printf 'demo %s; peak RSS, sampled every second: total %d MiB (main JVM %d, Kafka broker %d, PostgreSQL %d, rest %d)\n' \
  "$result" $((peak_total / 1024)) $((peak_main / 1024)) $((peak_broker / 1024)) $((peak_pg / 1024)) $((peak_other / 1024))
