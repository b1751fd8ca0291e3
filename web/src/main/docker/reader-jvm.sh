#!/bin/sh
# Runs the reader on a JVM with its start-up cache, or records that cache in a training run.
#   reader-jvm.sh train [java options]   starts the reader, asks it for the common pages, stops, and leaves
#                                        app.aot (Java 25+: classes loaded and linked, method profiles) or
#                                        app.jsa (older Java: a class-data archive) next to quarkus-run.jar
#   reader-jvm.sh [java options]         starts the reader with the cache a training run left, if any
# The cache belongs to one JDK build and one set of jars: record it again after either changes (a stale
# cache is refused by the JVM with an error line, and the reader then starts without it).
# READER_HOME: the folder with quarkus-run.jar (default: this script's folder); JAVA: the java to run;
# READER_JAVA_OPTS replaces the memory and compiler options below (src-docs/performance.md explains them).
set -eu
home=${READER_HOME:-$(cd "$(dirname "$0")" && pwd)}
java=${JAVA:-java}
# A small heap and the serial collector: under 300 MB resident under load. The native heap is trimmed
# every 2 s: the optimising compiler's work areas, freed after the start and the first load, otherwise
# stay resident (about 30 MB; Java 17.0.9 and later have the option, an older one ignores it). Adding
# -XX:TieredStopAtLevel=1 (the client compiler only) starts about 0.7 s sooner in 45 MB less, at half
# the throughput (src-docs/performance.md).
opts=${READER_JAVA_OPTS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
set -f # the options are split into words, never expanded as file names

if [ "${1:-}" = train ]; then
  shift
  rm -f "$home/app.aot" "$home/app.jsa"
  # only a training run asks the JVM what it supports: that costs a start of its own
  if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
    set -- "-XX:AOTCacheOutput=$home/app.aot" -Xlog:aot*=error "$@"
  else
    set -- "-XX:ArchiveClassesAtExit=$home/app.jsa" -Xlog:cds*=error "$@"
  fi
  # shellcheck disable=SC2086 # $opts is a list of options
  exec "$java" $opts "$@" -Dsongsong.training-run=true -jar "$home/quarkus-run.jar"
fi

# A training run on Java 25+ leaves app.aot, on older Java app.jsa. An older Java given app.aot ignores
# the option (it does not know it) and starts without a cache.
if [ -f "$home/app.aot" ]; then
  set -- -XX:+IgnoreUnrecognizedVMOptions "-XX:AOTCache=$home/app.aot" "$@"
elif [ -f "$home/app.jsa" ]; then
  set -- "-XX:SharedArchiveFile=$home/app.jsa" -Xlog:cds*=error "$@"
fi
# shellcheck disable=SC2086
exec "$java" $opts "$@" -jar "$home/quarkus-run.jar"
