package org.gil4j.samples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * The main job: runs the five reference programs, checks every result, and prints one table per
 * program in the style of PyO3's word-count benchmark, then the lock's statistics. Tables go to
 * standard output, progress lines to standard error.
 *
 * <p>Run it from the repository root with {@code mvn -B -q -pl samples -am -DskipTests
 * -Prun-samples package}, or with {@code --quick} for a seconds-long smoke run.
 */
public final class Main {
  /**
   * The sizes of one run.
   *
   * @param textChars characters of generated text for the word count
   * @param rounds timed rounds per word-count, update and countdown row
   * @param updateInputs the list the update-in-place program starts from
   * @param countdown where each countdown starts
   * @param convoyOps most measured echoes per convoy row
   * @param convoyTime longest measured window per convoy row
   */
  public record Sizes(
      int textChars,
      int rounds,
      long[] updateInputs,
      long countdown,
      int convoyOps,
      Duration convoyTime) {

    /** The sizes of the main job: about a minute on 2 cores. */
    public static Sizes full() {
      return new Sizes(
          32 << 20, 10, inputs(16, 6_000, 14_000), 100_000_000, 2_000, Duration.ofSeconds(2));
    }

    /** Small sizes for a smoke run in a few seconds. */
    public static Sizes quick() {
      return new Sizes(1 << 20, 2, inputs(4, 1_000, 3_000), 2_000_000, 200, Duration.ofMillis(200));
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

  private final Sizes sizes;
  private final PrintStream out;
  private final PrintStream progress;
  private final List<String> selected;

  private Main(Sizes sizes, PrintStream out, PrintStream progress, List<String> selected) {
    this.sizes = sizes;
    this.out = out;
    this.progress = progress;
    this.selected = selected;
  }

  /**
   * Runs the main job. Arguments: {@code --quick} (or {@code quick}) for the small sizes; program
   * names (of {@link #PROGRAMS}) to run only those. An argument may hold several words separated
   * by spaces, as Maven passes {@code -Dsamples.args="quick convoy"}.
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
    for (String name : names) {
      if (!PROGRAMS.contains(name)) {
        System.err.println(
            "unknown argument '" + name + "'; usage: Main [--quick] [program...], programs: "
                + PROGRAMS);
        System.exit(2);
      }
    }
    new Main(
            quick ? Sizes.quick() : Sizes.full(),
            System.out,
            System.err,
            names.isEmpty() ? PROGRAMS : names)
        .runAll();
  }

  /**
   * Runs all five programs with {@code sizes}, printing tables to {@code out} and progress to
   * {@code progress}.
   *
   * @throws IllegalStateException if any program computes a wrong result
   */
  public static void run(Sizes sizes, PrintStream out, PrintStream progress) throws Exception {
    new Main(sizes, out, progress, PROGRAMS).runAll();
  }

  /** The five programs in order, then the statistics. */
  private void runAll() throws Exception {
    long start = System.nanoTime();
    progress.printf(
        "gil4j samples on %d cores, Java %s%n",
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    ExecutorService pool = Executors.newFixedThreadPool(2, daemonThreads("sample-thread"));
    ForkJoinPool workers = new ForkJoinPool(2);
    Gil.setStatsEnabled(true);
    Gil.resetStats();
    try {
      if (selected.contains("wordcount")) {
        wordCount(pool);
      }
      if (selected.contains("update")) {
        updateInPlace(pool);
      }
      if (selected.contains("workers")) {
        workerThreads(workers);
      }
      if (selected.contains("countdown")) {
        countdown(pool);
      }
      if (selected.contains("convoy")) {
        convoy();
      }
      printStats(Gil.stats());
    } finally {
      pool.shutdownNow();
      workers.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
      workers.awaitTermination(10, TimeUnit.SECONDS);
    }
    progress.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  /** Program 1: the word count, four ways. */
  private void wordCount(ExecutorService pool) throws Exception {
    progress.printf("[1/5] word count: generating %d MiB of text%n", sizes.textChars() >> 20);
    String text = WordCount.generateText(sizes.textChars(), 2020);
    String needle = "gil";
    long expected = WordCount.searchSequential(text, needle);
    int warmups = Math.max(1, sizes.rounds() / 3);
    List<Bench.Timing> timings =
        List.of(
            Bench.time(
                "sequential, lock held",
                warmups,
                sizes.rounds(),
                () -> check(expected, WordCount.sequentialHoldingLock(text, needle)),
                progress::println),
            Bench.time(
                "parallel stream, lock released",
                warmups,
                sizes.rounds(),
                () -> check(expected, WordCount.parallelReleased(text, needle)),
                progress::println),
            Bench.time(
                "sequential twice, 2 threads, @NoGil wrapper",
                warmups,
                sizes.rounds(),
                () -> check(expected, WordCount.twoThreadsThroughWrapper(pool, text, needle)),
                progress::println),
            Bench.time(
                "sequential twice, 2 threads, lock held",
                warmups,
                sizes.rounds(),
                () -> check(expected, WordCount.twoThreadsHoldingLock(pool, text, needle)),
                progress::println),
            Bench.time(
                "sequential twice, 2 threads, no lock (control)",
                warmups,
                sizes.rounds(),
                () -> check(expected, WordCount.twoThreadsWithoutLock(pool, text, needle)),
                progress::println));
    printTimings(
        String.format(
            "word count: \"%s\" %d times in %d MiB", needle, expected, sizes.textChars() >> 20),
        timings);
  }

  /** Program 2: update in place, on two threads at once, three ways. */
  private void updateInPlace(ExecutorService pool) throws Exception {
    long[] input = sizes.updateInputs();
    progress.printf(
        "[2/5] update in place: %d numbers, two threads each updating their own%n", input.length);
    long[] expected = Arrays.stream(input).map(UpdateInPlace::expensiveComputation).toArray();
    int warmups = 1;
    Bench.Timing held =
        Bench.time(
            "2 threads, lock held throughout",
            warmups,
            sizes.rounds(),
            () -> check(expected, UpdateInPlace.updateOnTwoThreads(
                pool, UpdateInPlace.Strategy.HOLD_THROUGHOUT, input)),
            progress::println);
    Bench.Timing copyOut =
        Bench.time(
            "2 threads, strategy 1: copy out, write back",
            warmups,
            sizes.rounds(),
            () -> check(expected, UpdateInPlace.updateOnTwoThreads(
                pool, UpdateInPlace.Strategy.COPY_OUT, input)),
            progress::println);
    Bench.Timing reacquire =
        Bench.time(
            "2 threads, strategy 2: unbind, withGil each",
            warmups,
            sizes.rounds(),
            () -> check(expected, UpdateInPlace.updateOnTwoThreads(
                pool, UpdateInPlace.Strategy.REACQUIRE_PER_ELEMENT, input)),
            progress::println);
    printTimings(
        String.format("update in place: %d numbers -> %s...", input.length,
            Arrays.toString(Arrays.copyOf(expected, 3)).replace("]", "")),
        List.of(held, copyOut, reacquire));
  }

  /** Program 3: worker threads that re-acquire the lock, and the deadlock when it is kept. */
  private void workerThreads(ForkJoinPool workers) {
    progress.println("[3/5] worker threads: 10 lock-bound user IDs, a parallel stream");
    long start = System.nanoTime();
    List<Boolean> allowed = WorkerThreads.allowedIds(workers, 10);
    long allowedCount = allowed.stream().filter(b -> b).count();
    check(4L, allowedCount);
    out.printf(
        "worker threads, lock released before spawning: %d of %d IDs above 5 (%.1f ms)%n",
        allowedCount, allowed.size(), (System.nanoTime() - start) / 1e6);
    progress.println("  the same without releasing first: the workers wait for the holder");
    WorkerThreads.DeadlockDemo demo =
        WorkerThreads.withoutReleasingFirst(
            workers, 10, Duration.ofMillis(250), Duration.ofMillis(750));
    out.printf(
        "worker threads, lock kept while waiting for them (holder '%s'):%n",
        demo.holderThreadName());
    for (GilDiagnostic d : demo.diagnostics()) {
      String firstLine = d.message().lines().findFirst().orElse("");
      out.printf("  runtime diagnostic %s: %s%n", d.kind(), firstLine);
      // The holder's stack down to the first frame of the samples: where it waits, and for what.
      for (StackTraceElement frame : d.holderStack()) {
        out.printf("      holder at %s%n", frame);
        if (frame.getClassName().startsWith("org.gil4j.samples.")) {
          break;
        }
      }
    }
    out.printf("  a worker gave up: %s%n", demo.workerFailure().getMessage());
    long recoveredCount = demo.recovered().stream().filter(b -> b).count();
    check(4L, recoveredCount);
    out.printf(
        "  the holder noticed after %.0f ms, released the lock and retried: %d of %d IDs above 5%n",
        demo.noticedAfterNanos() / 1e6, recoveredCount, demo.recovered().size());
    if (demo.diagnostics().isEmpty()) {
      throw new IllegalStateException("the runtime reported no long wait");
    }
    out.println();
  }

  /** Program 4: the CPU-bound countdown. */
  private void countdown(ExecutorService pool) throws Exception {
    long n = sizes.countdown();
    progress.printf("[4/5] countdown from %,d, twice%n", n);
    long expected = Countdown.expected(n);
    int warmups = 1;
    List<Bench.Timing> timings =
        List.of(
            Bench.time(
                "twice in a row, 1 thread",
                warmups,
                sizes.rounds(),
                () -> check(expected, Countdown.twiceInARow(n)),
                progress::println),
            Bench.time(
                "2 threads holding the lock",
                warmups,
                sizes.rounds(),
                () -> check(expected, Countdown.twoThreadsHoldingLock(pool, n)),
                progress::println),
            Bench.time(
                "2 threads releasing the lock",
                warmups,
                sizes.rounds(),
                () -> check(expected, Countdown.twoThreadsReleasing(pool, n)),
                progress::println),
            Bench.time(
                "2 threads, no lock at all (control)",
                warmups,
                sizes.rounds(),
                () -> check(expected, Countdown.twoThreadsWithoutLock(pool, n)),
                progress::println));
    printTimings(String.format("countdown from %,d, twice", n), timings);
  }

  /** Program 5: the I/O convoy. */
  private void convoy() throws Exception {
    Duration slice = Duration.ofNanos(50_000);
    long sliceSteps = IoConvoy.calibrateSliceSteps(slice);
    progress.printf(
        "[5/5] I/O convoy: loopback echo, CPU thread in %d us slices (%,d steps)%n",
        slice.toNanos() / 1000, sliceSteps);
    Table table =
        new Table(
                "I/O convoy: loopback echo or 100 us sleep, latency per operation",
                "Name (time in us)")
            .column("Min", true)
            .column("Median", true)
            .column("P90", true)
            .column("Max", true)
            .column("CPU share", false)
            .column("Ops", false);
    Object[][] configs = {
      {IoConvoy.LockKind.GIL, false},
      {IoConvoy.LockKind.GIL, true},
      {IoConvoy.LockKind.GIL_YIELD_GRACE, true},
      {IoConvoy.LockKind.UNFAIR_REENTRANT_LOCK, true},
      {IoConvoy.LockKind.FAIR_REENTRANT_LOCK, true},
    };
    for (IoConvoy.IoKind io : IoConvoy.IoKind.values()) {
      for (Object[] config : configs) {
        convoyRow(table, io, (IoConvoy.LockKind) config[0], (Boolean) config[1], sliceSteps);
      }
    }
    table.print(out);
    out.println();
  }

  /** Runs one convoy configuration, checks its results and adds its row to {@code table}. */
  private void convoyRow(
      Table table, IoConvoy.IoKind io, IoConvoy.LockKind lock, boolean withCpu, long sliceSteps)
      throws Exception {
    progress.printf(
        "  %-52s up to %d operations or %d ms%n",
        io.label() + (withCpu ? " beside CPU thread, " : " alone, ") + lock.label(),
        sizes.convoyOps(),
        sizes.convoyTime().toMillis());
    IoConvoy.Result r =
        IoConvoy.run(lock, io, withCpu, sizes.convoyOps(), sizes.convoyTime(), sliceSteps);
    if (r.echoMismatches() != 0 || !r.cpuChecksumCorrect()) {
      throw new IllegalStateException("wrong convoy result: " + r.name());
    }
    table.row(
        r.name(),
        r.quantileNanos(0) / 1e3,
        r.quantileNanos(0.5) / 1e3,
        r.quantileNanos(0.9) / 1e3,
        r.quantileNanos(1) / 1e3,
        withCpu ? String.format("%.0f%%", 100 * r.cpuShare()) : "-",
        r.latencyNanos().length);
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

  /** Prints timings as a table: min, median and max with their ratios to the fastest. */
  private void printTimings(String title, List<Bench.Timing> timings) {
    Table table =
        new Table(title, "Name (time in ms)")
            .column("Min", true)
            .column("Median", true)
            .column("Max", true)
            .column("Rounds", false);
    for (Bench.Timing t : timings) {
      table.row(t.name(), t.minMillis(), t.medianMillis(), t.maxMillis(), t.nanos().length);
    }
    table.print(out);
    out.println();
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
