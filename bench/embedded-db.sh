# Sourced by the benchmarks: how to reach the embedded PostgreSQL of a zhifa data directory as its superuser
# (benchmarks load and remove bulk rows; the application itself connects as zhifa_app). The server listens only with
# password authentication; the password is generated at the first start in data/keys/db-passwords.properties.
#
#   . bench/embedded-db.sh && embedded_db DATA_DIR    # exports PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE, sets PG_JDBC_URL
embedded_db() {
  local data=$1
  if [ ! -f "$data/pg/postmaster.pid" ] || [ ! -f "$data/keys/db-passwords.properties" ]; then
    echo "no running embedded PostgreSQL under $data (start zhifa first)" >&2
    return 1
  fi
  export PGHOST=localhost PGPORT=$(sed -n 4p "$data/pg/postmaster.pid" | tr -d ' ') PGUSER=postgres PGDATABASE=postgres
  export PGPASSWORD=$(sed -n 's/^postgres=//p' "$data/keys/db-passwords.properties")
  PG_JDBC_URL="jdbc:postgresql://localhost:$PGPORT/postgres"
}
