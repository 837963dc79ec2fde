#!/usr/bin/env bash
# Runs every test of the solution on this machine, installing and starting what the
# tests need first (PostgreSQL, Chromium, front-end packages). Safe to run again and
# again; see docs/operations.md ("Running the tests").
#
#   ./test.sh                        # everything
#   ./test.sh --filter 'FullyQualifiedName~Sailplan.Core'   # extra args go to dotnet test
#
# The last line printed is always `tests: N passed, N failed`, counted from the TRX
# files that dotnet test wrote. Exits non-zero if the build failed, a test failed,
# or no test ran at all.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
repo_root=$(pwd)
results_dir="$repo_root/artifacts/test-results"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"

log() { printf '==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# Whatever happens, the last line is the summary; if we die before the tests ran,
# say so and report nothing run.
summary_printed=0
# shellcheck disable=SC2317  # called through the trap
on_exit() {
    local rc=$?
    if [[ $summary_printed -eq 0 ]]; then
        printf 'test.sh: stopped before the tests ran (exit %s)\n' "$rc"
        printf 'tests: 0 passed, 0 failed\n'
        [[ $rc -ne 0 ]] || rc=1
    fi
    exit "$rc"
}
trap on_exit EXIT

as_root() {
    if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

as_postgres() { # as_postgres CMD... (runs from / so psql can read its cwd)
    if [[ $EUID -eq 0 ]]; then
        (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
    else
        (cd / && sudo -u postgres "$@")
    fi
}

apt_updated=0
apt_install() {
    if [[ $apt_updated -eq 0 ]]; then
        log "apt-get update"
        as_root apt-get update -qq
        apt_updated=1
    fi
    log "apt-get install $*"
    as_root apt-get install -y -qq "$@"
}

# --- PostgreSQL -------------------------------------------------------------------
setup_postgres() {
    command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql

    # The first cluster pg_lsclusters lists (15/main on Debian 12); create one if the
    # package's own was dropped.
    local line
    line=$(pg_lsclusters --no-header 2>/dev/null | head -n1 || true)
    if [[ -z $line ]]; then
        local version
        version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n1)
        [[ -n $version ]] || die "PostgreSQL is installed but no server version was found under /usr/lib/postgresql"
        log "pg_createcluster $version main"
        as_root pg_createcluster "$version" main >/dev/null
        line=$(pg_lsclusters --no-header | head -n1)
    fi

    local version cluster port status
    read -r version cluster port status _ <<<"$line"
    if [[ $status != online* ]]; then
        log "pg_ctlcluster $version $cluster start"
        as_root pg_ctlcluster "$version" "$cluster" start
    fi

    local tries=0
    until pg_isready -q -h 127.0.0.1 -p "$port"; do
        tries=$((tries + 1))
        [[ $tries -lt 30 ]] || die "PostgreSQL $version/$cluster did not accept connections on 127.0.0.1:$port"
        sleep 1
    done

    # Role for the tests: may log in with a password and create (and drop) databases.
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'sailplan') THEN
        CREATE ROLE sailplan LOGIN CREATEDB PASSWORD 'sailplan';
    ELSE
        ALTER ROLE sailplan LOGIN CREATEDB PASSWORD 'sailplan';
    END IF;
END
$$;
SQL

    PGPASSWORD=sailplan psql -X -q -t -h 127.0.0.1 -p "$port" -U sailplan -d postgres -c 'SELECT 1' >/dev/null \
        || die "cannot log in to PostgreSQL on 127.0.0.1:$port as sailplan"
    log "PostgreSQL $version/$cluster is up on 127.0.0.1:$port (role sailplan)"
    export SAILPLAN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=sailplan;Password=sailplan;Database=postgres"
}

if [[ -n ${SAILPLAN_TEST_POSTGRES:-} ]]; then
    log "SAILPLAN_TEST_POSTGRES is set: using that server, not setting up a local one"
else
    setup_postgres
fi

# --- Chromium ---------------------------------------------------------------------
if [[ -n ${SAILPLAN_CHROMIUM:-} ]]; then
    [[ -x $SAILPLAN_CHROMIUM ]] || die "SAILPLAN_CHROMIUM=$SAILPLAN_CHROMIUM is not an executable"
    log "SAILPLAN_CHROMIUM is set: $SAILPLAN_CHROMIUM"
else
    [[ -x /usr/bin/chromium ]] || apt_install chromium
    export SAILPLAN_CHROMIUM=/usr/bin/chromium
fi

# --- Front-end packages -------------------------------------------------------------
if [[ -f src/Sailplan.Web/package.json ]]; then
    command -v npm >/dev/null 2>&1 || apt_install nodejs npm
    log "npm ci (src/Sailplan.Web)"
    (cd src/Sailplan.Web && npm ci --no-audit --no-fund)
fi

# --- Tests --------------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 || die "dotnet is not on PATH"
log "dotnet tool restore"
dotnet tool restore

rm -rf "$results_dir"
mkdir -p "$results_dir"
log "dotnet test Sailplan.slnx $*"
test_rc=0
dotnet test Sailplan.slnx --logger trx --results-directory "$results_dir" "$@" 2>&1 \
    | tee "$results_dir/dotnet-test.log" || test_rc=$?

# --- Summary, from the TRX files ----------------------------------------------------
counter() { # counter NAME "<Counters .../>"
    local value
    value=$(printf '%s' "$2" | sed -n "s/.* $1=\"\([0-9][0-9]*\)\".*/\1/p")
    printf '%s' "${value:-0}"
}

passed=0 failed=0 skipped=0 trx_count=0
echo
echo "Test results ($results_dir):"
shopt -s nullglob
for trx in "$results_dir"/*.trx; do
    trx_count=$((trx_count + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1 || true)
    total=$(counter total "$counters")
    executed=$(counter executed "$counters")
    p=$(counter passed "$counters")
    # error, timeout and aborted results are failures too.
    f=$(( $(counter failed "$counters") + $(counter error "$counters") \
        + $(counter timeout "$counters") + $(counter aborted "$counters") ))
    # Skipped tests are counted in total but not in executed.
    s=$(( total > executed ? total - executed : 0 ))
    source=$(grep -o 'storage="[^"]*"' "$trx" | head -n1 | sed 's/^storage="\(.*\)"$/\1/' || true)
    printf '  %-40s passed=%s failed=%s skipped=%s\n' "$(basename "${source:-$trx}")" "$p" "$f" "$s"
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
done
shopt -u nullglob

# Every test project that ran must have left a TRX file (a crashed host, or two
# projects writing the same file name, would otherwise lose results silently).
runs=$(grep -c '^Test run for ' "$results_dir/dotnet-test.log" || true)

status=0
if [[ $test_rc -ne 0 ]]; then
    echo "FAILED: dotnet test exited with $test_rc (build error or failing tests)"
    status=1
fi
if [[ $trx_count -lt $runs ]]; then
    echo "FAILED: $runs test projects ran but only $trx_count TRX files were written"
    status=1
fi
if [[ $failed -gt 0 ]]; then
    echo "FAILED: $failed tests failed"
    status=1
fi
if [[ $((passed + failed)) -eq 0 ]]; then
    echo "FAILED: no test ran"
    status=1
fi
if [[ $skipped -gt 0 ]]; then
    echo "note: $skipped tests were skipped"
fi

summary_printed=1
echo "tests: $passed passed, $failed failed"
exit "$status"
