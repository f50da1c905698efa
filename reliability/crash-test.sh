#!/usr/bin/env bash
# Crash durability by hand: file notices at full speed, SIGKILL the service at a random moment,
# restart it, re-send what got no answer; prints per run: sent, acknowledged(201), found,
# duplicates, lost. Each run is one kill and one restart (CrashDurabilityIT).
#   reliability/crash-test.sh --db h2|postgres [--runs 10]
# PostgreSQL: the database of PILAR_IT_DB_URL (default jdbc:postgresql://127.0.0.1:5432/pilar_it,
# role pilar_test, see bin/test), the PostgreSQL build is made on the way.
set -euo pipefail
cd "$(dirname "$0")/.."

db=h2
runs=10
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 --db h2|postgres [--runs N]" >&2; exit 2 ;;
  esac
done
case "$db" in
  h2) profiles=() ;;
  postgres) profiles=(-Ppostgres-tests) ;;
  *) echo "--db must be h2 or postgres" >&2; exit 2 ;;
esac

log=api/target/crash-test-$db.log
mkdir -p api/target
echo ">>> $runs crash runs on $db (full log: $log)"
status=0
./mvnw -B verify -pl api -am "${profiles[@]}" -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test="CrashDurabilityIT#$db" -Dfailsafe.failIfNoSpecifiedTests=false -Dpilar.crash.runs="$runs" \
  >"$log" 2>&1 || status=$?
grep '^CRASH ' "$log" || true
grep -E 'Tests run:.*CrashDurabilityIT|BUILD (SUCCESS|FAILURE)' "$log" | tail -2
exit $status
