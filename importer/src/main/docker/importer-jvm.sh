#!/bin/sh
# Runs the importer on a JVM with the compiler options measured for it and its start-up cache, or records
# that cache in a training run:
#   importer-jvm.sh COMMAND...         the same command line as java -jar quarkus-run.jar COMMAND...
#                                      (import [--dry-run] [--report FILE] PATH..., generate ...)
#   importer-jvm.sh train COMMAND...   runs the command once and leaves, next to quarkus-run.jar, app.aot
#                                      (Java 25+: classes loaded and linked, method profiles) or app.jsa
#                                      (older Java: a class-data archive) of what it loaded
# A training run is best a dry run over a few articles against the database (train import --dry-run
# /seeds); one that cannot reach a database still records the framework's start. The cache belongs to one
# JDK build and one set of jars: the JVM refuses a stale one with a warning on the standard error, and
# the importer then starts without it.
# IMPORTER_HOME: the folder with quarkus-run.jar (default: this script's folder in an image, the build's
# importer/target/quarkus-app in a checkout); JAVA: the java to run; JAVA_OPTS: more options;
# IMPORTER_JAVA_OPTS replaces the compiler options below (empty: the JVM's defaults).
#
# The optimising compiler inlines less than it would by default: with its default limits it spent about
# as much CPU compiling the extraction's large methods as the import spent writing to the database, and
# the smaller compiled code extracts as fast (src-docs/performance.md, "How the import got there").
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -f "$here/quarkus-run.jar" ]; then default_home=$here; else default_home=$here/../../../target/quarkus-app; fi
home=${IMPORTER_HOME:-$default_home}
java=${JAVA:-java}
opts=${IMPORTER_JAVA_OPTS--XX:FreqInlineSize=50 -XX:InlineSmallCode=500 -XX:MaxInlineLevel=6}
set -f # the options are split into words, never expanded as file names

# The JVM's own warnings (a stale cache, say) go to the standard error: the standard output is the import's progress.
if [ "${1:-}" = train ]; then
  shift
  rm -f "$home/app.aot" "$home/app.jsa"
  # only a training run asks the JVM what it supports: that costs a start of its own
  if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
    set -- "-XX:AOTCacheOutput=$home/app.aot" -Xlog:disable -Xlog:all=error:stderr -jar "$home/quarkus-run.jar" "$@"
  else
    set -- "-XX:ArchiveClassesAtExit=$home/app.jsa" -Xlog:disable -Xlog:all=error:stderr -jar "$home/quarkus-run.jar" "$@"
  fi
  # the cache is recorded whenever the JVM exits, so a command that fails (no database to reach, as when
  # an image is built) still leaves one of what ran until then
  status=0
  # shellcheck disable=SC2086 # $opts and JAVA_OPTS are lists of options
  "$java" $opts ${JAVA_OPTS:-} "$@" || status=$?
  [ "$status" -eq 0 ] || echo "importer-jvm.sh train: the command exited with $status; the cache holds what ran until then" >&2
  [ -f "$home/app.aot" ] || [ -f "$home/app.jsa" ] || { echo "importer-jvm.sh train: no start-up cache was recorded" >&2; exit 1; }
  exit 0
fi

# An older Java given app.aot ignores the option (it does not know it) and starts without a cache.
if [ -f "$home/app.aot" ]; then
  set -- -XX:+IgnoreUnrecognizedVMOptions "-XX:AOTCache=$home/app.aot" -Xlog:disable -Xlog:all=warning:stderr \
    -jar "$home/quarkus-run.jar" "$@"
elif [ -f "$home/app.jsa" ]; then
  set -- "-XX:SharedArchiveFile=$home/app.jsa" -Xlog:disable -Xlog:all=warning:stderr -jar "$home/quarkus-run.jar" "$@"
else
  set -- -jar "$home/quarkus-run.jar" "$@"
fi
# shellcheck disable=SC2086
exec "$java" $opts ${JAVA_OPTS:-} "$@"
