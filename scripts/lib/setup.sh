# Makes sure a local PostgreSQL is running and holds the Song Song role and a database, and that the
# browser the end-to-end tests drive is installed. Sourced by the scripts in scripts/.

songsong_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Runs a command as the postgres superuser, whether we are root or a sudoer.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    sudo -u postgres "$@"
  fi
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_postgres_server() {
  if pg_isready -q -h localhost -p 5432 2>/dev/null; then
    return 0
  fi
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
      songsong_log "Installing PostgreSQL from the Debian packages"
      as_root apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    else
      echo "PostgreSQL is not installed and this is not a Debian system: install PostgreSQL 15+ and start it," >&2
      echo "or point QUARKUS_DATASOURCE_JDBC_URL at a running server." >&2
      return 1
    fi
  fi
  local version cluster
  read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
  if [ -z "${version:-}" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    cluster=main
    songsong_log "Creating PostgreSQL cluster $version/$cluster"
    as_root pg_createcluster "$version" "$cluster"
  fi
  songsong_log "Starting PostgreSQL cluster $version/$cluster"
  as_root pg_ctlcluster "$version" "$cluster" start || true
  for _ in $(seq 1 30); do
    pg_isready -q -h localhost -p 5432 && return 0
    sleep 1
  done
  echo "PostgreSQL did not start on localhost:5432; see /var/log/postgresql/" >&2
  return 1
}

# ensure_database NAME: the role songsong (password songsong) owns database NAME; the role
# songsong_reader (password songsong_reader), which the web reader uses in production, may connect to it
# (the migrations grant it read access to the tables).
ensure_database() {
  local database=$1
  if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ] && [ "$database" = songsong ]; then
    songsong_log "Using the database at QUARKUS_DATASOURCE_JDBC_URL"
    return 0
  fi
  ensure_postgres_server
  (cd / && as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres) <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'songsong') then
    create role songsong login password 'songsong';
  end if;
  if not exists (select from pg_roles where rolname = 'songsong_reader') then
    create role songsong_reader login password 'songsong_reader';
  end if;
end \$\$;
select 'create database $database owner songsong'
 where not exists (select from pg_database where datname = '$database') \gexec
grant connect on database $database to songsong_reader;
SQL
}

# The end-to-end tests drive Debian's chromium through chromium-driver; nothing downloads a browser.
ensure_browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return 0
  fi
  if command -v apt-get >/dev/null 2>&1; then
    songsong_log "Installing chromium and chromium-driver from the Debian packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need chromium and chromedriver at /usr/bin (or -Dsongsong.chromium=… -Dsongsong.chromedriver=…)." >&2
    return 1
  fi
}
