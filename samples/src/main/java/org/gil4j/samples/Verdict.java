package org.gil4j.samples;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one program of the main job claims, the ratios this run measured for it, and whether the
 * claim held in this run: "holds", or "does not hold" with the figure that missed and by how much.
 * When the machine was busier than its cores, the verdict says so beside it, since a two-thread
 * figure cannot reach 2x when other processes take the second core; and when the program's control
 * (the same threads without the lock) missed the same bound, the verdict says that this run could
 * not show the claim either way.
 *
 * @param claim the program's claim, one line
 * @param checks the measured ratios and the bounds the claim sets for them, at least one
 * @param control the control's ratio against the same bound as the claim's, or null when the
 *     program has no control
 * @param load the machine's load when the verdict was made
 */
public record Verdict(String claim, List<Check> checks, Check control, Load load) {

  /** A verdict without a control. */
  public Verdict(String claim, List<Check> checks, Load load) {
    this(claim, checks, null, load);
  }

  /** Checks the components and copies the list. */
  public Verdict {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(load, "load");
    checks = List.copyOf(checks);
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("a verdict needs at least one check");
    }
  }

  /**
   * The machine's load.
   *
   * @param average the 1-minute load average; negative when the system does not report one
   * @param cores the processors available to this JVM
   */
  public record Load(double average, int cores) {
    /** The load now, as the operating system reports it. */
    public static Load now() {
      return new Load(
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    }

    /** Whether more threads wanted to run than there are cores (false when unknown). */
    public boolean overloaded() {
      return average > cores;
    }

    /** E.g. {@code load average 3.1 on 2 cores}, or {@code load average unknown on 2 cores}. */
    public String describe() {
      String value = average < 0 ? "unknown" : String.format("%.1f", average);
      return "load average " + value + " on " + cores + " cores";
    }
  }

  /**
   * One measured ratio and the bound the claim sets for it.
   *
   * @param figure what the ratio is, e.g. {@code work per second, 2 threads via wrapper / 1}
   * @param measured the ratio this run measured
   * @param bound the least (or, when {@code atLeast} is false, the most) the claim allows
   * @param atLeast whether the ratio must reach the bound (true) or stay below it (false)
   */
  public record Check(String figure, double measured, double bound, boolean atLeast) {
    /** A ratio that must be {@code bound} or more. */
    public static Check atLeast(String figure, double measured, double bound) {
      return new Check(figure, measured, bound, true);
    }

    /** A ratio that must be {@code bound} or less. */
    public static Check atMost(String figure, double measured, double bound) {
      return new Check(figure, measured, bound, false);
    }

    /** Refuses a bound that is not a positive number. */
    public Check {
      Objects.requireNonNull(figure, "figure");
      if (!(bound > 0) || Double.isInfinite(bound)) {
        throw new IllegalArgumentException("bound must be positive and finite: " + bound);
      }
    }

    /** Whether the measured ratio satisfies the bound (a missing figure, NaN, never does). */
    public boolean holds() {
      return atLeast ? measured >= bound : measured <= bound;
    }

    /**
     * How far the measured ratio misses the bound, as a fraction of the bound: 0 when it holds, 1
     * when the figure is missing.
     */
    public double miss() {
      if (Double.isNaN(measured)) {
        return 1;
      }
      if (holds()) {
        return 0;
      }
      return Math.abs(measured - bound) / bound;
    }

    /** E.g. {@code work per second, ...: 1.95x (claim: at least 1.50x)}. */
    public String describe() {
      return figure
          + ": "
          + ratio(measured)
          + " (claim: "
          + (atLeast ? "at least " : "at most ")
          + ratio(bound)
          + ")";
    }

    /** Why it fails, e.g. {@code ...: 1.20x, 20% short of at least 1.50x}. */
    String failure() {
      if (Double.isNaN(measured)) {
        return figure + ": not measured";
      }
      return String.format(
          "%s: %s, %.0f%% %s %s",
          figure, ratio(measured), 100 * miss(), atLeast ? "short of" : "over", ratio(bound));
    }
  }

  /** Whether every check holds. */
  public boolean holds() {
    return checks.stream().allMatch(Check::holds);
  }

  /**
   * The lines that end a program: one {@code measured:} line per check (and one {@code control:}
   * line when there is a control), then the verdict.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (Check check : checks) {
      lines.add("measured: " + check.describe());
    }
    if (control != null) {
      lines.add("control: " + control.describe());
    }
    lines.add(verdictLine());
    return lines;
  }

  /**
   * {@code verdict: holds}, or {@code verdict: does not hold (<figure>: 1.20x, 20% short of
   * 1.50x)}; with {@code [machine overloaded: load average 3.1 on 2 cores]} after it when so.
   */
  public String verdictLine() {
    StringBuilder line = new StringBuilder("verdict: ");
    if (holds()) {
      line.append("holds");
    } else {
      List<String> failures = new ArrayList<>();
      for (Check check : checks) {
        if (!check.holds()) {
          failures.add(check.failure());
        }
      }
      line.append("does not hold in this run (").append(String.join("; ", failures)).append(')');
      if (control != null && !control.holds()) {
        line.append("; the control without the lock missed too (")
            .append(Verdict.ratio(control.measured()))
            .append("), so this machine did not give the threads the cores the claim needs");
      }
    }
    if (load.overloaded()) {
      line.append(" [machine overloaded: ").append(load.describe()).append(']');
    }
    return line.toString();
  }

  /** A ratio as the tables show it, e.g. {@code 1.95x}; {@code n/a} when not measured. */
  static String ratio(double value) {
    return Double.isNaN(value) ? "n/a" : String.format("%.2fx", value);
  }
}
