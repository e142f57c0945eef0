package dev.responder.app.bench;

import java.util.Objects;

/**
 * One measured figure beside the baseline measured in the same run, and what produced it.
 *
 * @param suite the part of the harness that measured it ({@code ingest}, {@code correlator}, ...)
 * @param name what was measured, e.g. "ingest, batch 64, unique alerts"
 * @param value the figure
 * @param unit its unit, e.g. "alerts/s" or "ms p99"
 * @param baselineName what it is compared with, or empty when the figure stands alone
 * @param baselineValue the baseline's value in the same unit ({@code NaN} without a baseline)
 * @param note what bounds or qualifies the figure (may be empty)
 */
public record Figure(
    String suite,
    String name,
    double value,
    String unit,
    String baselineName,
    double baselineValue,
    String note) {

  public Figure {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    baselineName = baselineName == null ? "" : baselineName;
    note = note == null ? "" : note;
  }

  /** A figure with no baseline (a count, a size). */
  public static Figure alone(String suite, String name, double value, String unit, String note) {
    return new Figure(suite, name, value, unit, "", Double.NaN, note);
  }

  /** value / baseline, or {@code NaN} when there is no baseline or it is zero. */
  public double ratio() {
    if (Double.isNaN(baselineValue) || baselineValue == 0 || Double.isNaN(value)) {
      return Double.NaN;
    }
    return value / baselineValue;
  }
}
