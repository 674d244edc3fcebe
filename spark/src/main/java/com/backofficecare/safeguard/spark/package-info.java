/**
 * Safeguard on Apache Spark 4: {@link com.backofficecare.safeguard.spark.SafeguardFunctions}
 * ({@code safeguard_scan}, {@code safeguard_redact} for SQL and DataFrames), {@link
 * com.backofficecare.safeguard.spark.ColumnClassifier}, {@link
 * com.backofficecare.safeguard.spark.DataFrameRedactor} and the spark-submit job {@link
 * com.backofficecare.safeguard.spark.RedactTableJob}. Every closure carries a {@link
 * com.backofficecare.safeguard.spark.SafeguardSparkConfig} (paths, ids, the name of an environment
 * variable), never key bytes: each executor JVM builds its detector and opens its keys once.
 */
@NullMarked
package com.backofficecare.safeguard.spark;

import org.jspecify.annotations.NullMarked;
