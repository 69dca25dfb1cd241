package org.gil4j.samples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gil4j.Gil;
import org.gil4j.GilDiagnostic;
import org.gil4j.GilStats;

/**
 * The main job: runs the five reference programs and checks every result. Each program states its
 * claim in one line, prints its table in the style of PyO3's word-count benchmark, the ratios the
 * claim is about, and a verdict for this run (holds, or does not hold and by how much); the lock's
 * statistics and a summary of the verdicts come last. Results go to standard output, progress and
 * the runtime's own log (one line per record) to standard error.
 *
 * <p>Run it from the repository root with {@code mvn -B -q -pl samples -am -DskipTests
 * -Prun-samples package}; {@code quick} gives a seconds-long smoke run, {@code --stacks} the
 * holder's whole stack in diagnostics.
 */
public final class Main {
  /**
   * The sizes of one run.
   *
   * @param textChars characters of generated text for the word count
   * @param rounds timed rounds per word-count, update and countdown row
   * @param updateInputs the list the update-in-place program starts from
   * @param countdown where each countdown starts
   * @param convoyOps most measured operations per convoy row
   * @param convoyTime longest measured window per convoy row
   */
  public record Sizes(
      int textChars,
      int rounds,
      long[] updateInputs,
      long countdown,
      int convoyOps,
      Duration convoyTime) {

    /** The sizes of the main job: about half a minute on 2 idle cores. */
    public static Sizes full() {
      return new Sizes(
          32 << 20, 10, inputs(16, 6_000, 14_000), 50_000_000, 2_000, Duration.ofSeconds(1));
    }

    /** Small sizes for a smoke run in a few seconds. */
    public static Sizes quick() {
      return new Sizes(1 << 20, 2, inputs(4, 1_000, 3_000), 2_000_000, 100, Duration.ofMillis(150));
    }

    /** {@code count} inputs spread evenly over [low, high]. */
    private static long[] inputs(int count, long low, long high) {
      long[] values = new long[count];
      for (int i = 0; i < count; i++) {
        values[i] = low + (high - low) * i / Math.max(1, count - 1);
      }
      return values;
    }
  }

  /** The programs' names on the command line, in the order they run. */
  static final List<String> PROGRAMS =
      List.of("wordcount", "update", "workers", "countdown", "convoy");

  /** Least two-thread speed-up a claim of "twice the work in the same time" accepts. */
  static final double PARALLEL_BOUND = 1.5;

  /** Most two-thread speed-up a claim of "the lock serialises them" accepts. */
  static final double SERIAL_BOUND = 1.25;

  /** The long-wait threshold of the worker-threads demo, and the most its report may lag. */
  static final Duration LONG_WAIT = Duration.ofMillis(250);

  static final double LONG_WAIT_BOUND = 2;

  private final Sizes sizes;
  private final PrintStream out;
  private final PrintStream progress;
  private final List<String> selected;
  private final boolean stacks;
  private DiagnosticLog log;

  private Main(
      Sizes sizes, PrintStream out, PrintStream progress, List<String> selected, boolean stacks) {
    this.sizes = sizes;
    this.out = out;
    this.progress = progress;
    this.selected = selected;
    this.stacks = stacks;
  }

  /**
   * Runs the main job. Arguments: {@code quick} (or {@code --quick}) for the small sizes; {@code
   * --stacks} to print the holder's whole stack with each diagnostic; program names (of {@link
   * #PROGRAMS}) to run only those. An argument may hold several words separated by spaces, as Maven
   * passes {@code -Dsamples.args="quick convoy"}. A claim that does not hold is reported, not an
   * error; a wrong result is (the exit status is then not zero).
   */
  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    List<String> names = new ArrayList<>();
    for (String arg : args) {
      for (String word : arg.trim().split("\\s+")) {
        if (!word.isEmpty()) {
          names.add(word);
        }
      }
    }
    boolean quick = names.remove("--quick") | names.remove("quick");
    boolean stacks = names.remove("--stacks") | names.remove("stacks");
    for (String name : names) {
      if (!PROGRAMS.contains(name)) {
        System.err.println(
            "unknown argument '"
                + name
                + "'; usage: Main [quick] [--stacks] [program...],"
                + " programs: "
                + PROGRAMS);
        System.exit(2);
      }
    }
    new Main(
            quick ? Sizes.quick() : Sizes.full(),
            System.out,
            System.err,
            names.isEmpty() ? PROGRAMS : names,
            stacks)
        .runAll();
  }

  /**
   * Runs all five programs with {@code sizes}, printing results to {@code out} and progress to
   * {@code progress}.
   *
   * @return each program's verdict, in order
   * @throws IllegalStateException if any program computes a wrong result
   */
  public static List<Verdict> run(Sizes sizes, PrintStream out, PrintStream progress)
      throws Exception {
    return new Main(sizes, out, progress, PROGRAMS, false).runAll();
  }

  /** The selected programs in order, then the statistics and the summary. */
  private List<Verdict> runAll() throws Exception {
    long start = System.nanoTime();
    Verdict.Load load = Verdict.Load.now();
    out.printf(
        "gil4j samples on %d cores, Java %s, %s%n",
        Runtime.getRuntime().availableProcessors(), Runtime.version(), load.describe());
    if (load.overloaded()) {
      out.printf(
          "machine overloaded: %s (over the last minute, so a build that just ran counts too);"
              + " two-thread figures may fall short of what the lock allows, the control rows"
              + " show what the machine gave%n",
          load.describe());
    }
    if (sizes.textChars() < Sizes.full().textChars()) {
      out.println("quick sizes: a smoke run, its figures are too small to judge the claims by");
    }
    out.printf(
        "each program states its claim, prints its table and the ratios the claim is about, and"
            + " judges this run%n%n");
    Gil.setStatsEnabled(true);
    Gil.resetStats();
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    try (DiagnosticLog installed = DiagnosticLog.install(progress, stacks)) {
      log = installed;
      int n = 0;
      for (String program : PROGRAMS) {
        if (!selected.contains(program)) {
          continue;
        }
        n++;
        Verdict verdict = runProgram(program, n);
        for (String line : verdict.lines()) {
          out.println(line);
        }
        out.println();
        verdicts.put(program, verdict);
      }
      printStats(Gil.stats());
    } finally {
      log = null;
    }
    printSummary(verdicts);
    progress.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    return List.copyOf(verdicts.values());
  }

  /** Prints the program's header and claim, runs it, and returns its verdict. */
  private Verdict runProgram(String program, int n) throws Exception {
    String of = "[" + n + "/" + selected.size() + "] ";
    ExecutorService pool = Executors.newFixedThreadPool(2, daemonThreads("sample-thread"));
    try {
      return switch (program) {
        case "wordcount" -> wordCount(of, pool);
        case "update" -> updateInPlace(of, pool);
        case "workers" -> workerThreads(of);
        case "countdown" -> countdown(of, pool);
        default -> convoy(of);
      };
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** Prints a program's header line and its claim. */
  private void header(String of, String title, String claim) {
    out.println(of + title);
    out.println("claim: " + claim);
  }

  /** Program 1: the word count, four ways. */
  private Verdict wordCount(String of, ExecutorService pool) throws Exception {
    String claim =
        "two threads through the @NoGil wrapper do twice the work of one thread in the same"
            + " time; two threads holding the lock do not (it serialises them)";
    header(of, "word count (PyO3's parallelism guide)", claim);
    String text = WordCount.generateText(sizes.textChars(), 2020);
    String needle = "gil";
    long expected = WordCount.searchSequential(text, needle);
    Rows rows = new Rows(Math.max(1, sizes.rounds() / 3));
    int one =
        rows.add(
            "1 thread, lock held",
            () -> check(expected, WordCount.sequentialHoldingLock(text, needle)));
    rows.add(
        "parallel stream, lock released",
        () -> check(expected, WordCount.parallelReleased(text, needle)));
    int wrapper =
        rows.add(
            "2 threads, @NoGil wrapper",
            () -> check(expected, WordCount.twoThreadsThroughWrapper(pool, text, needle)));
    int held =
        rows.add(
            "2 threads, lock held",
            () -> check(expected, WordCount.twoThreadsHoldingLock(pool, text, needle)));
    int control =
        rows.add(
            "2 threads, no lock (control)",
            () -> check(expected, WordCount.twoThreadsWithoutLock(pool, text, needle)));
    rows.run();
    rows.print(
        String.format(
            "\"%s\" %d times in %d MiB; 2-thread rows count it twice",
            needle, expected, sizes.textChars() >> 20));
    return new Verdict(
        claim,
        List.of(
            Verdict.Check.atLeast(
                "work per second, 2 threads via wrapper / 1 thread",
                2 * rows.speedup(one, wrapper),
                PARALLEL_BOUND),
            Verdict.Check.atMost(
                "work per second, 2 threads holding the lock / 1 thread",
                2 * rows.speedup(one, held),
                SERIAL_BOUND)),
        Verdict.Check.atLeast(
            "work per second, 2 threads without the lock / 1 thread",
            2 * rows.speedup(one, control),
            PARALLEL_BOUND),
        Verdict.Load.now());
  }

  /** Program 2: update in place, on two threads at once, three ways. */
  private Verdict updateInPlace(String of, ExecutorService pool) throws Exception {
    String claim =
        "releasing the lock (either strategy) lets two threads update their own lists at once,"
            + " in about half the time they take holding it throughout";
    header(of, "update in place (PyO3's \"minimize GIL locking\")", claim);
    long[] input = sizes.updateInputs();
    long[] expected = Arrays.stream(input).map(UpdateInPlace::expensiveComputation).toArray();
    Rows rows = new Rows(1);
    int held =
        rows.add(
            "2 threads, lock held throughout",
            () ->
                check(
                    expected,
                    UpdateInPlace.updateOnTwoThreads(
                        pool, UpdateInPlace.Strategy.HOLD_THROUGHOUT, input)));
    int copyOut =
        rows.add(
            "2 threads, strategy 1: copy out, write back",
            () ->
                check(
                    expected,
                    UpdateInPlace.updateOnTwoThreads(
                        pool, UpdateInPlace.Strategy.COPY_OUT, input)));
    int reacquire =
        rows.add(
            "2 threads, strategy 2: unbind, withGil each",
            () ->
                check(
                    expected,
                    UpdateInPlace.updateOnTwoThreads(
                        pool, UpdateInPlace.Strategy.REACQUIRE_PER_ELEMENT, input)));
    int control =
        rows.add(
            "2 threads, no lock (control)",
            () ->
                check(
                    expected,
                    TwoThreads.run(
                        pool,
                        () ->
                            Arrays.stream(input)
                                .map(UpdateInPlace::expensiveComputation)
                                .toArray())));
    rows.run();
    rows.print(
        String.format(
            "%d numbers per thread -> %s...",
            input.length, Arrays.toString(Arrays.copyOf(expected, 3)).replace("]", "")));
    return new Verdict(
        claim,
        List.of(
            Verdict.Check.atLeast(
                "speed, strategy 1 / lock held throughout",
                rows.speedup(held, copyOut),
                PARALLEL_BOUND),
            Verdict.Check.atLeast(
                "speed, strategy 2 / lock held throughout",
                rows.speedup(held, reacquire),
                PARALLEL_BOUND)),
        Verdict.Check.atLeast(
            "speed, no lock / lock held throughout", rows.speedup(held, control), PARALLEL_BOUND),
        Verdict.Load.now());
  }

  /** Program 3: worker threads that re-acquire the lock, and the deadlock when it is kept. */
  private Verdict workerThreads(String of) {
    String claim =
        "workers that re-acquire the lock finish once the holder releases it; when it does not,"
            + " the runtime names the holder, once, within the long-wait threshold, and the"
            + " holder recovers";
    header(of, "worker threads (PyO3's parallelism guide, UserID)", claim);
    ForkJoinPool workers = new ForkJoinPool(2);
    try {
      long start = System.nanoTime();
      List<Boolean> allowed = WorkerThreads.allowedIds(workers, 10);
      long allowedCount = allowed.stream().filter(b -> b).count();
      check(4L, allowedCount);
      out.printf(
          "lock released before the workers start: %d of %d IDs above 5 (%.1f ms)%n",
          allowedCount, allowed.size(), (System.nanoTime() - start) / 1e6);
      long startMillis = System.currentTimeMillis();
      log.expecting(true);
      WorkerThreads.DeadlockDemo demo;
      try {
        demo =
            WorkerThreads.withoutReleasingFirst(workers, 10, LONG_WAIT, LONG_WAIT.multipliedBy(3));
      } finally {
        log.expecting(false);
      }
      out.printf(
          "lock kept while waiting for the workers (holder '%s'):%n", demo.holderThreadName());
      for (GilDiagnostic d : demo.diagnostics()) {
        out.println("  runtime diagnostic " + DiagnosticLog.oneLine(d));
        if (stacks) {
          d.holderStack().forEach(frame -> out.println("      holder at " + frame));
        }
      }
      out.printf("  a worker gave up: %s%n", demo.workerFailure().getMessage());
      long recoveredCount = demo.recovered().stream().filter(b -> b).count();
      check(4L, recoveredCount);
      out.printf(
          "  the holder noticed after %.0f ms, released the lock and retried: %d of %d IDs"
              + " above 5%n",
          demo.noticedAfterNanos() / 1e6, recoveredCount, demo.recovered().size());
      List<Long> logged = log.expectedMillis();
      double firstAfter =
          logged.isEmpty()
              ? Double.NaN
              : (double) (logged.get(0) - startMillis) / LONG_WAIT.toMillis();
      long longWaits =
          demo.diagnostics().stream().filter(d -> d.kind() == GilDiagnostic.Kind.LONG_WAIT).count();
      return new Verdict(
          claim,
          List.of(
              Verdict.Check.atMost(
                  "first diagnostic after / the " + LONG_WAIT.toMillis() + " ms threshold",
                  firstAfter,
                  LONG_WAIT_BOUND),
              Verdict.Check.atMost(
                  "LONG_WAIT diagnostics / episodes of the holder waiting",
                  longWaits == 0 ? Double.NaN : longWaits,
                  1)),
          Verdict.Load.now());
    } finally {
      workers.shutdownNow();
      awaitQuietly(workers);
    }
  }

  /** Program 4: the CPU-bound countdown. */
  private Verdict countdown(String of, ExecutorService pool) throws Exception {
    String claim =
        "two threads that release the lock count down twice in half the time one thread takes;"
            + " two threads holding it take as long as one (CPython's GIL)";
    long n = sizes.countdown();
    header(of, String.format("countdown from %,d, twice (the Python GIL explainer)", n), claim);
    long expected = Countdown.expected(n);
    Rows rows = new Rows(1);
    int one = rows.add("1 thread, twice in a row", () -> check(expected, Countdown.twiceInARow(n)));
    int holding =
        rows.add(
            "2 threads holding the lock",
            () -> check(expected, Countdown.twoThreadsHoldingLock(pool, n)));
    int releasing =
        rows.add(
            "2 threads releasing the lock",
            () -> check(expected, Countdown.twoThreadsReleasing(pool, n)));
    int control =
        rows.add(
            "2 threads, no lock (control)",
            () -> check(expected, Countdown.twoThreadsWithoutLock(pool, n)));
    rows.run();
    rows.print(String.format("each row counts down from %,d twice", n));
    return new Verdict(
        claim,
        List.of(
            Verdict.Check.atLeast(
                "speed, 2 threads releasing / 1 thread",
                rows.speedup(one, releasing),
                PARALLEL_BOUND),
            Verdict.Check.atMost(
                "speed, 2 threads holding / 1 thread", rows.speedup(one, holding), SERIAL_BOUND)),
        Verdict.Check.atLeast(
            "speed, 2 threads without the lock / 1 thread",
            rows.speedup(one, control),
            PARALLEL_BOUND),
        Verdict.Load.now());
  }

  /** Program 5: the I/O convoy. */
  private Verdict convoy(String of) throws Exception {
    header(of, "I/O convoy (the Python GIL explainer)", ConvoyProgram.CLAIM);
    return new ConvoyProgram(sizes, out, progress).run();
  }

  /** How many times faster {@code fast} ran than {@code slow}, by median. */
  static double speedup(Bench.Timing slow, Bench.Timing fast) {
    return ConvoyProgram.ratio(slow.medianMillis(), fast.medianMillis());
  }

  /** The rows of one timed table, timed interleaved ({@link Bench#interleaved}). */
  private final class Rows {
    private final int warmups;
    private final List<String> names = new ArrayList<>();
    private final List<Bench.Task> tasks = new ArrayList<>();
    private List<Bench.Timing> timings = List.of();

    Rows(int warmups) {
      this.warmups = warmups;
    }

    /** Adds a row; returns its index for {@link #get}. */
    int add(String name, Bench.Task task) {
      names.add(name);
      tasks.add(task);
      return names.size() - 1;
    }

    /** Times every row. */
    void run() throws Exception {
      progress.printf(
          "  timing %d rows in turn: %d warm-up + %d timed rounds each%n",
          names.size(), warmups, sizes.rounds());
      timings = Bench.interleaved(names, tasks, warmups, sizes.rounds());
    }

    /** The timing of row {@code index}, once {@link #run()} has run. */
    Bench.Timing get(int index) {
      return timings.get(index);
    }

    /** How many times faster row {@code fast} ran than row {@code slow}, by median. */
    double speedup(int slow, int fast) {
      return Main.speedup(get(slow), get(fast));
    }

    /** Prints min, median and max with their ratios to the fastest. */
    void print(String title) {
      Table table =
          new Table(title, "Name (time in ms)")
              .column("Min", true)
              .column("Median", true)
              .column("Max", true)
              .column("Rounds", false);
      for (Bench.Timing t : timings) {
        table.row(t.name(), t.minMillis(), t.medianMillis(), t.maxMillis(), t.rounds());
      }
      table.print(out);
    }
  }

  /** Prints the lock's statistics for the whole run. */
  private void printStats(GilStats stats) {
    out.println("gil4j lock statistics for the whole run (Gil.stats()):");
    out.printf("  holds                 %,d%n", stats.holds());
    out.printf("  contended acquires    %,d%n", stats.contendedAcquires());
    out.printf("  switches              %,d%n", stats.switches());
    out.printf("  drop requests         %,d%n", stats.dropRequests());
    out.printf("  total wait            %.1f ms%n", stats.totalWait().toNanos() / 1e6);
    out.printf("  total hold            %.1f ms%n", stats.totalHold().toNanos() / 1e6);
    out.printf("  abandoned holds       %,d%n", stats.abandonedHolds());
  }

  /** One line per program: whether its claim held in this run. */
  private void printSummary(Map<String, Verdict> verdicts) {
    long held = verdicts.values().stream().filter(Verdict::holds).count();
    out.printf("%nsummary: %d of %d claims held in this run%n", held, verdicts.size());
    verdicts.forEach(
        (program, v) -> out.printf("  %-10s %s%n", program, v.holds() ? "holds" : "does not hold"));
  }

  /** Fails unless {@code actual} equals {@code expected}. */
  private static void check(long expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException("expected " + expected + " but computed " + actual);
    }
  }

  /** Fails unless every value of {@code actual} equals {@code expected}. */
  private static void check(long expected, List<Long> actual) {
    for (long value : actual) {
      check(expected, value);
    }
  }

  /** Fails unless every array of {@code actual} equals {@code expected}. */
  private static void check(long[] expected, List<long[]> actual) {
    for (long[] values : actual) {
      if (!Arrays.equals(expected, values)) {
        throw new IllegalStateException(
            "expected " + Arrays.toString(expected) + " but computed " + Arrays.toString(values));
      }
    }
  }

  /** Waits up to 10 s for {@code pool}'s threads to end, keeping an interrupt. */
  private static void awaitQuietly(ForkJoinPool pool) {
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A thread factory of daemon threads named {@code prefix-N}. */
  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
