package org.gil4j;

import java.lang.StackWalker.StackFrame;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gil4j.annotations.GilGenerated;
import org.jspecify.annotations.Nullable;

/**
 * Per-site telemetry: which call site held the lock how long, and waited for it how long. The site
 * is found with a {@link StackWalker} only when it is needed: for one hold in {@link #sampleEvery}
 * at its end (the frame that opened it is still on the stack then), for every contended acquire
 * once it got the lock, and for every hold over the budget ({@link GilBudget}). Everything else
 * costs the hold's two {@code System.nanoTime()} calls and a countdown.
 */
final class GilSites {
  /** What a site is called when the walk finds no frame outside the lock's code. */
  static final String UNKNOWN = "(unknown site)";

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  /** The runtime's own classes: package org.gil4j, loaded from the runtime's code source. */
  private static final java.security.ProtectionDomain RUNTIME =
      GilSites.class.getProtectionDomain();

  /**
   * Whether a frame's class is lock code to walk past: the runtime's own, or a generated wrapper.
   */
  private static final ClassValue<Boolean> LOCK_CODE =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
          return (c.getProtectionDomain() == RUNTIME && c.getPackageName().equals("org.gil4j"))
              || c.isAnnotationPresent(GilGenerated.class);
        }
      };

  /** The walk: the first frame that is not lock code, described. */
  private static final Function<Stream<StackFrame>, Optional<String>> FIRST_OUTSIDE =
      frames ->
          frames
              .filter(f -> !LOCK_CODE.get(f.getDeclaringClass()))
              .findFirst()
              .map(GilSites::describe);

  /** The walk: the frames from the first one that is not lock code on. */
  private static final Function<Stream<StackFrame>, List<StackTraceElement>> FROM_SITE =
      frames ->
          frames
              .dropWhile(f -> LOCK_CODE.get(f.getDeclaringClass()))
              .limit(64)
              .map(StackFrame::toStackTraceElement)
              .collect(Collectors.toList());

  /** One hold in this many is sampled; 0 = site telemetry off. */
  static volatile int sampleEvery;

  private static int countdown; // owner-only: holds left until the next sampled one

  private GilSites() {}

  /** The call site of the current thread: the first frame outside the lock's code. */
  static String siteHere() {
    return WALKER.walk(FIRST_OUTSIDE).orElse(UNKNOWN);
  }

  /** The stack of the current thread from its call site on (at most 64 frames). */
  static List<StackTraceElement> stackFromSite() {
    return WALKER.walk(FROM_SITE);
  }

  private static String describe(StackFrame f) {
    return describe(f.getClassName(), f.getMethodName(), f.getFileName(), f.getLineNumber());
  }

  private static String describe(String className, String method, @Nullable String file, int line) {
    return className
        + '.'
        + method
        + '('
        + (file == null ? "Unknown Source" : file)
        + (line >= 0 ? ":" + line : "")
        + ')';
  }

  /**
   * Makes the next hold the first of a sample; a racy write (the countdown is the owner's), so
   * holds ending meanwhile may shift the sample by one.
   */
  static void restartSample() {
    countdown = 0;
  }

  /**
   * Whether the hold ending now is in the sample; called by the owner for every hold that was
   * timed, so the countdown needs no atomics.
   */
  static boolean sampleThisHold() {
    int every = sampleEvery;
    if (every <= 0) {
      return false;
    }
    if (--countdown > 0 && countdown < every) {
      return false;
    }
    countdown = every;
    return true;
  }
}
