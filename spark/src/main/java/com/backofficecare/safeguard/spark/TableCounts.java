package com.backofficecare.safeguard.spark;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.redaction.TableReport;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.util.AccumulatorV2;

/**
 * Rows and findings by type, added up from every partition. Like any accumulator updated in a
 * transformation, a task that Spark runs again is counted again.
 */
public final class TableCounts extends AccumulatorV2<TableReport.Counter, long[]> {

  private static final long serialVersionUID = 1L;
  private static final int ROWS = PhiType.values().length;

  private final long[] counts = new long[ROWS + 1];

  @Override
  public boolean isZero() {
    for (long c : counts) {
      if (c != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public AccumulatorV2<TableReport.Counter, long[]> copy() {
    TableCounts c = new TableCounts();
    System.arraycopy(counts, 0, c.counts, 0, counts.length);
    return c;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(counts, 0);
  }

  @Override
  public void add(TableReport.Counter partition) {
    partition.findings().forEach((type, n) -> counts[type.ordinal()] += n);
    counts[ROWS] += partition.rows();
  }

  @Override
  public void merge(AccumulatorV2<TableReport.Counter, long[]> other) {
    long[] o = other.value();
    for (int i = 0; i < counts.length; i++) {
      counts[i] += o[i];
    }
  }

  @Override
  public long[] value() {
    return counts.clone();
  }

  /** The report of what was counted, with the columns' treatments. */
  public TableReport report(List<TableReport.Column> columns) {
    Map<PhiType, Long> findings = new EnumMap<>(PhiType.class);
    for (PhiType t : PhiType.values()) {
      findings.put(t, counts[t.ordinal()]);
    }
    return new TableReport(counts[ROWS], findings, columns);
  }
}
