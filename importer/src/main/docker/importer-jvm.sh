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
# JDK build and one set of jars: a stale one is refused by the JVM with an error line, and the importer
# then starts without it.
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

if [ "${1:-}" = train ]; then
  shift
  rm -f "$home/app.aot" "$home/app.jsa"
  # only a training run asks the JVM what it supports: that costs a start of its own
  if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
    cache="-XX:AOTCacheOutput=$home/app.aot -Xlog:aot*=error"
  else
    cache="-XX:ArchiveClassesAtExit=$home/app.jsa -Xlog:cds*=error"
  fi
  # the command's own outcome does not matter here: the cache is recorded whenever the JVM exits
  # shellcheck disable=SC2086 # $opts and $cache are lists of options
  "$java" $opts ${JAVA_OPTS:-} $cache -jar "$home/quarkus-run.jar" "$@" || true
  [ -f "$home/app.aot" ] || [ -f "$home/app.jsa" ] || { echo "no start-up cache was recorded" >&2; exit 1; }
  exit 0
fi

# An older Java given app.aot ignores the option (it does not know it) and starts without a cache.
cache=
if [ -f "$home/app.aot" ]; then
  cache="-XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache=$home/app.aot"
elif [ -f "$home/app.jsa" ]; then
  cache="-XX:SharedArchiveFile=$home/app.jsa -Xlog:cds*=error"
fi
# shellcheck disable=SC2086
exec "$java" $opts ${JAVA_OPTS:-} $cache -jar "$home/quarkus-run.jar" "$@"
