#!/bin/sh
# Runs the importer on a JVM with the compiler options measured for it: the same command line as
#   java -jar quarkus-run.jar import [--dry-run] [--report FILE] PATH...
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
# shellcheck disable=SC2086 # $opts is a list of options
exec "$java" $opts ${JAVA_OPTS:-} -jar "$home/quarkus-run.jar" "$@"
