#!/usr/bin/env bash
# Measures table redaction on one thread, Spark local[1] and local[2] (SparkThroughput).
# Usage: spark/throughput.sh [ROWS [ROUNDS]]   (default 1000000 3; extra Maven flags in $MVN_FLAGS)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MVN_FLAGS:-} -pl spark -am install -DskipTests
mvn -q ${MVN_FLAGS:-} -pl spark test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
    sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
SPARK_LOCAL_IP=127.0.0.1 exec java -Xmx6g $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true \
  -cp "spark/target/test-classes:spark/target/classes:$(cat spark/target/test-classpath.txt)" \
  com.backofficecare.safeguard.spark.SparkThroughput "$@"
