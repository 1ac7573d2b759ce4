# Shared helpers of the bash checks in bin/ (two-instances, crash-test). Source it after setting:
#   PG_HOST, PG_PORT, PG_USER, DB   the PostgreSQL the ledger uses (for sql)
#   ADMIN                           the ledger's bootstrap ADMIN key (for caught_up)
# Every check prints one PASS or FAIL line; FAILED becomes 1 on the first failure.

FAILED=${FAILED:-0}

need_tools() { # tool... : exits 2 naming the first missing tool
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install curl jq postgresql-client)" >&2; exit 2; }
  done
}

sql() { # query [database] -> unaligned rows, no headers
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "${2:-$DB}" -tAqc "$1"
}

check() { # name, condition (0 = passed), detail
  if [ "$2" -eq 0 ]; then echo "PASS  $1: $3"; else echo "FAIL  $1: $3"; FAILED=1; fi
}

await_up() { # port [seconds]: waits until the instance answers its health check
  local _
  for _ in $(seq 1 "${2:-120}"); do
    curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "instance on port $1 did not become healthy" >&2
  return 1
}

post() { # port, key, path, body -> prints the response body; fails on a non-2xx answer
  curl -sf -X POST "http://127.0.0.1:$1/api/v1$3" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$4"
}

caught_up() { # port: every projection has read up to the newest event
  curl -sf "http://127.0.0.1:$1/api/v1/admin/projections" -H "Authorization: Bearer $ADMIN" \
    | jq -e 'length > 0 and all(.[]; .eventsDone == .eventsTotal)' >/dev/null
}

await_caught_up() { # port [seconds]
  local _
  for _ in $(seq 1 "${2:-60}"); do caught_up "$1" && return 0; sleep 1; done
  return 1
}
