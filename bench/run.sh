#!/usr/bin/env bash
# The benchmark: one command, one Markdown table (also written to bench/results/).
#   bench/run.sh --db h2|postgres --rows 20000|1000000
# Builds when needed (through bin/run, so the service runs exactly as in production, same JVM flags),
# starts it on a fresh data directory / fresh PostgreSQL schema to migrate, stops it, seeds with
# bench/Seed.java (JDBC batches), starts it again (measuring start-to-ready and idle RSS), warms
# up, runs every scenario with wrk -t2 -c32 and ends with the field client's flush() of 1,000 notices.
# PostgreSQL: BENCH_PG_DB (default pilar_bench, its public schema is WIPED), BENCH_PG_USER/PASSWORD
# (default pilar_test), BENCH_PG_HOST/PORT (127.0.0.1:5432).
# Tuning: BENCH_DURATION (15s), BENCH_WARMUP (5s), BENCH_PORT (18080), JAVA_OPTS (as bin/run).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

db=h2 rows=20000
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    *) echo "usage: bench/run.sh --db h2|postgres --rows N" >&2; exit 2 ;;
  esac
done
case "$db" in h2|postgres) ;; *) echo "--db is h2 or postgres" >&2; exit 2 ;; esac

duration=${BENCH_DURATION:-15s}
warmup=${BENCH_WARMUP:-5s}
port=${BENCH_PORT:-18080}
base=http://127.0.0.1:$port
work=$root/bench/target/$db-$rows
results=$root/bench/results
password=bench-admin-password
export BENCH_LUA=$root/bench/lua THREADS=2
mkdir -p "$results"
rm -rf "$work" && mkdir -p "$work"
log() { echo ">>> $*" >&2; }

for tool in curl jq java; do
  command -v $tool >/dev/null || { echo "bench needs $tool" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi

# --- the service --------------------------------------------------------------------------------
run_args=()
export PORT=$port PILAR_ADMIN_PASSWORD=$password PILAR_DATA_DIR=$work/data
if [ "$db" = postgres ]; then
  run_args=(--postgres)
  pg_db=${BENCH_PG_DB:-pilar_bench}
  export PGHOST=${BENCH_PG_HOST:-127.0.0.1} PGPORT=${BENCH_PG_PORT:-5432}
  export PGUSER=${BENCH_PG_USER:-pilar_test} PGPASSWORD=${BENCH_PG_PASSWORD:-pilar_test}
  export PILAR_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$pg_db" PILAR_DB_USER=$PGUSER PILAR_DB_PASSWORD=$PGPASSWORD
  if ! psql -d "$pg_db" -qc 'SELECT 1' >/dev/null 2>&1; then
    log "creating database $pg_db owned by $PGUSER"
    env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD su postgres -c "psql -qc 'CREATE DATABASE $pg_db OWNER $PGUSER'"
  fi
  log "wiping schema public of $pg_db"
  psql -d "$pg_db" -qc 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;' >/dev/null
  mkdir -p "$work/keys"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/keys/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$work/keys/jwt-private.pem" -pubout -out "$work/keys/jwt-public.pem"
  export PILAR_JWT_PRIVATE_KEY=$work/keys/jwt-private.pem PILAR_JWT_PUBLIC_KEY=$work/keys/jwt-public.pem
fi

pid=""
start_service() { # $1: log file; sets pid and ready_ms
  local t0 now
  t0=$(date +%s%N)
  bin/run "${run_args[@]}" >"$1" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$base/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$1" >&2; echo "the service died" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  ready_ms=$(( (now - t0) / 1000000 ))
}
stop_service() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; wait "$pid" || true
  fi
  pid=""
}
trap stop_service EXIT
rss_mb() { echo $(( $(ps -o rss= -p "$pid") / 1024 )); }

log "first start: build if needed, migrate, create the administrator"
start_service "$work/migrate.log"
stop_service

# --- seeding, with the service stopped (H2 in file mode allows one process only) -------------------
app=api/target/quarkus-app
if [ "$db" = h2 ]; then
  driver=$(ls $app/lib/main/com.h2database.h2-*.jar)
  # a 512 MB page cache for the bulk load only: the indexes of a million random UUIDs outgrow the default 16 MB
  url="jdbc:h2:file:$work/data/pilar-bima;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=524288"
  db_user=pilar db_password=""
else
  driver=$(ls $app/lib/main/org.postgresql.postgresql-*.jar)
  url="$PILAR_DB_URL?reWriteBatchedInserts=true"
  db_user=$PGUSER db_password=$PGPASSWORD
fi
log "seeding $rows notices and $rows cases"
seed_t0=$(date +%s)
java -Xmx1g -cp "$driver" bench/Seed.java "$url" "$db_user" "$db_password" "$rows" | tee "$work/seed.log" >&2
seed_s=$(( $(date +%s) - seed_t0 ))

# --- measured start ----------------------------------------------------------------------------
log "start (measured)"
start_service "$work/service.log"
sleep 3
idle_rss=$(rss_mb)
jvm_cmd=$(tr '\0' ' ' </proc/$pid/cmdline | sed 's/ -jar .*//')
log "ready after ${ready_ms} ms, idle RSS ${idle_rss} MB"

token() { # username -> access token
  curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$password\"}" | jq -r .accessToken
}
kelurahan=52.72.03.1004 kecamatan=52.72.03
admin=$(token admin) pillar=$(token bench.pillar.0) officer=$(token "bench.kel.$kelurahan")
all_kelurahan=$(curl -fs "$base/api/v1/areas/kelurahan" | jq -r '.items | map(.code) | join(",")')
from=$(date -u -d '-15 days' +%Y-%m-%dT00:00:00Z) to=$(date -u -d '+15 days' +%Y-%m-%dT00:00:00Z)
tomorrow=$(TZ=Asia/Makassar date -d '+1 day' +%Y-%m-%d)
notices_q="kelurahan=$kelurahan&from=$from&to=$to&limit=50"

# name | target ratio | wrk script | token | path
scenarios=(
  "baseline GET /ppks-categories|-|get.lua||/api/v1/ppks-categories"
  "notices, kelurahan + 30 days (PILLAR)|list|get.lua|$pillar|/api/v1/notices?$notices_q"
  "notices inbox (KELURAHAN)|list|get.lua|$officer|/api/v1/notices?$notices_q"
  "agenda one day, one kecamatan|agenda|get.lua|$pillar|/api/v1/agenda?date=$tomorrow&kecamatan=$kecamatan"
  "cases ?kelurahan&status (ADMIN)|cases|get.lua|$admin|/api/v1/cases?kelurahan=$kelurahan&status=IN_SERVICE&limit=50"
  "POST /notices + Idempotency-Key|create|create-notice.lua|$pillar|/api/v1/notices"
  "POST /notices/{id}/acknowledge|ack|acknowledge.lua|$admin|/api/v1/notices"
  "POST /auth/token (bcrypt)|-|login.lua||/api/v1/auth/token"
)
target() { # kind -> required ratio to the baseline
  case "$db:$1" in
    h2:list) echo 0.50 ;; h2:agenda) echo 0.30 ;; h2:cases) echo 0.40 ;; h2:create|h2:ack) echo 0.15 ;;
    postgres:list|postgres:agenda|postgres:cases) echo 0.25 ;; postgres:create) echo 0.06 ;;
    *) echo "" ;;
  esac
}

submitted_ids() { # the SUBMITTED notices still ahead, for the acknowledge scenario (ADMIN may answer any)
  local cursor="" page
  : >"$work/ids"
  while :; do
    page=$(curl -fs -H "Authorization: Bearer $admin" \
      "$base/api/v1/notices?status=SUBMITTED&from=$(date -u +%Y-%m-%dT%H:%M:%SZ)&limit=200${cursor:+&cursor=$cursor}")
    jq -r '.items[].id' <<<"$page" >>"$work/ids"
    cursor=$(jq -r '.nextCursor // empty' <<<"$page")
    # 6,000 outlast 20 s of acknowledging here; at 1,000,000 rows each page of 200 takes seconds
    [ -n "$cursor" ] && [ "$(wc -l <"$work/ids")" -lt 6000 ] || break
  done
  # the warm-up takes a tenth, the measured run the rest
  local warm=$(( $(wc -l <"$work/ids") / 10 ))
  head -n "$warm" "$work/ids" >"$work/ids-warmup"; tail -n +$((warm + 1)) "$work/ids" >"$work/ids-run"
}

wrk_run() { # seconds script token path [ids file]
  TOKEN=$3 IDS=${5:-} KELURAHAN=$all_kelurahan USERNAME=bench.pillar.1 PASSWORD=$password \
    wrk -t2 -c32 -d"$1" --timeout 10s -s "bench/lua/$2" "$base$4" | tee -a "$work/wrk.log" | grep '^BENCH' || true
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows_md=""
baseline=""
for s in "${scenarios[@]}"; do
  IFS='|' read -r name kind script tok path <<<"$s"
  ids_warm="" ids_run=""
  if [ "$script" = acknowledge.lua ]; then
    submitted_ids; ids_warm=$work/ids-warmup; ids_run=$work/ids-run
    log "acknowledge pool: $(wc -l <"$ids_run") notices"
  fi
  log "$name: warm-up $warmup"
  wrk_run "$warmup" "$script" "$tok" "$path" "$ids_warm" >/dev/null
  log "$name: $duration"
  line=$(wrk_run "$duration" "$script" "$tok" "$path" "$ids_run")
  echo "$line" >&2
  rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.*p99=([0-9.]+).*/\1/' <<<"$line")
  errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
  [ -z "$baseline" ] && baseline=$rps
  # a thread that ran out of notices to acknowledge stops early, while wrk still divides by the whole run
  if [ -n "$ids_run" ] && [ "$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")" -ge "$(( $(wc -l <"$ids_run") - 40 ))" ]; then
    name="$name (pool of $(wc -l <"$ids_run") used up: req/s is a lower bound)"
  fi
  ratio=$(awk -v a="$rps" -v b="$baseline" 'BEGIN { printf "%.3f", a / b }')
  want=$(target "$kind")
  verdict=""
  if [ -n "$want" ]; then
    verdict=$(awk -v r="$ratio" -v w="$want" 'BEGIN { print (r >= w ? "≥ " w " ✅" : "≥ " w " ❌") }')
  fi
  rows_md+="| $name | $rps | $p50 | $p99 | $errors | ${ratio}× | $verdict |"$'\n'
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
after_rss=$(rss_mb)

# --- the field client's offline outbox ----------------------------------------------------------
cp_file=bench/target/field-client.classpath
if [ ! -s "$cp_file" ] || [ field-client/pom.xml -nt "$cp_file" ]; then
  ./mvnw -B -q dependency:build-classpath -pl field-client -Dmdep.outputFile="$root/$cp_file" >/dev/null
fi
client_cp="$(ls field-client/target/pilar-field-client-*.jar | grep -v tests | head -1):$(cat "$cp_file")"
log "field client: flush() of 1,000 outbox notices"
# The client JVM runs C1 only, as the service does: with both on two cores, its C2 compiler threads
# took 4 of the 7 CPU seconds the client used during a flush, CPU the service then lacked. On a phone
# the client has a processor of its own. The line printed gives the client's CPU seconds.
flush_line=$(java -XX:TieredStopAtLevel=1 -cp "$client_cp" bench/Flush.java "$base" bench.pillar.2 "$password" "$kelurahan" 1000 | grep '^FLUSH')
flush_s=$(sed -E 's/.* seconds=([0-9.]+).*/\1/' <<<"$flush_line")
stop_service

# --- the table ---------------------------------------------------------------------------------
yes_no() { awk -v v="$1" -v w="$2" 'BEGIN { print (v <= w ? "✅" : "❌") }'; }
out=$results/$(date -u +%Y-%m-%d)-$db-$rows.md
{
  echo "# Benchmark: $db, $rows notices and $rows cases"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores,"
  echo "load average before/after the scenarios: $load_before / $load_after (other work on the machine skews absolute figures; ratios are to the baseline of this same run)."
  echo "wrk -t2 -c32, warm-up $warmup, $duration per scenario; JVM: \`$jvm_cmd\`"
  echo
  echo "| Scenario | req/s | p50 ms | p99 ms | errors | × baseline | target |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  printf '%s' "$rows_md"
  echo
  echo "| Measure | value | target |"
  echo "|---|---:|---|"
  echo "| seeding $rows + $rows rows | ${seed_s} s | minutes |"
  echo "| start to ready | $(awk -v m="$ready_ms" 'BEGIN { printf "%.2f", m / 1000 }') s | ≤ 4 s $(yes_no "$ready_ms" 4000) |"
  echo "| idle RSS | $idle_rss MB | ≤ 300 MB $(yes_no "$idle_rss" 300) |"
  echo "| RSS after the run | $after_rss MB | |"
  echo "| field client flush() of 1,000 notices | ${flush_s} s ($flush_line) | ≤ 10 s $(yes_no "${flush_s:-99}" 10) |"
} >"$out"
cat "$out"
log "written to $out"
