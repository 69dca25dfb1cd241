package org.gil4j.samples;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.gil4j.GilDiagnostic;

/**
 * The main job's view of the runtime's log (the {@code org.gil4j} logger): instead of the default
 * console handler's two-line header and the holder's whole stack in the middle of the tables, every
 * record becomes one line on the progress stream, the whole text only with {@code --stacks}. While
 * a program that provokes diagnostics on purpose runs ({@link #expecting}), the records are only
 * timed, since that program shows them itself, once.
 *
 * <p>{@link #close()} puts the logger back as it was.
 */
final class DiagnosticLog extends Handler implements AutoCloseable {
  private final Logger logger; // held strongly, so the configuration is not collected
  private final boolean previousUseParentHandlers;
  private final PrintStream progress;
  private final boolean stacks;
  private final List<Long> expectedMillis = new CopyOnWriteArrayList<>();
  private volatile boolean expecting;

  private DiagnosticLog(Logger logger, PrintStream progress, boolean stacks) {
    this.logger = logger;
    this.previousUseParentHandlers = logger.getUseParentHandlers();
    this.progress = progress;
    this.stacks = stacks;
  }

  /** Takes over the {@code org.gil4j} logger's output until {@link #close()}. */
  static DiagnosticLog install(PrintStream progress, boolean stacks) {
    DiagnosticLog log = new DiagnosticLog(Logger.getLogger("org.gil4j"), progress, stacks);
    log.logger.addHandler(log);
    log.logger.setUseParentHandlers(false);
    return log;
  }

  /**
   * Starts or ends a stretch in which diagnostics are provoked on purpose: they are timed (see
   * {@link #expectedMillis()}) and not printed.
   */
  void expecting(boolean on) {
    if (on) {
      expectedMillis.clear();
    }
    expecting = on;
  }

  /** When each diagnostic of the last expected stretch was logged (epoch milliseconds). */
  List<Long> expectedMillis() {
    return List.copyOf(expectedMillis);
  }

  @Override
  public void publish(LogRecord record) {
    if (expecting) {
      expectedMillis.add(record.getMillis());
      return;
    }
    String message = record.getMessage() == null ? "" : record.getMessage();
    if (stacks) {
      progress.println("runtime log " + record.getLevel() + ": " + message);
      if (record.getThrown() != null) {
        record.getThrown().printStackTrace(progress);
      }
      return;
    }
    String thrown = record.getThrown() == null ? "" : ": " + record.getThrown();
    progress.println(
        "runtime log "
            + record.getLevel()
            + ": "
            + withoutStack(message)
            + thrown
            + " (--stacks shows all of it)");
  }

  @Override
  public void flush() {
    progress.flush();
  }

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setUseParentHandlers(previousUseParentHandlers);
  }

  /** The text of a diagnostic message before the holder's stack: its first line, trimmed. */
  static String withoutStack(String message) {
    String first = message.lines().findFirst().orElse("").strip();
    int stack = first.indexOf(" Holder stack:");
    return stack >= 0 ? first.substring(0, stack) : first;
  }

  /**
   * One line for a diagnostic: its message without the stack, then the holder's first frame in the
   * samples (where it holds the lock) and the call it is blocked in.
   */
  static String oneLine(GilDiagnostic d) {
    StringBuilder line = new StringBuilder(d.kind().toString()).append(": ");
    line.append(withoutStack(d.message()));
    List<StackTraceElement> stack = d.holderStack();
    for (int i = 0; i < stack.size(); i++) {
      if (stack.get(i).getClassName().startsWith("org.gil4j.samples.")) {
        line.append(" Holder '")
            .append(d.holderThreadName())
            .append("' at ")
            .append(frame(stack.get(i)));
        if (i > 0) {
          StackTraceElement blocked = stack.get(i - 1);
          line.append(", in ")
              .append(simpleName(blocked))
              .append('.')
              .append(blocked.getMethodName());
        }
        line.append('.');
        break;
      }
    }
    return line.toString();
  }

  /** {@code WorkerThreads.waitHoldingLock(WorkerThreads.java:144)}. */
  static String frame(StackTraceElement e) {
    String where =
        e.getFileName() == null
            ? "unknown source"
            : e.getLineNumber() >= 0 ? e.getFileName() + ":" + e.getLineNumber() : e.getFileName();
    return simpleName(e) + "." + e.getMethodName() + "(" + where + ")";
  }

  /** The class name without its package. */
  private static String simpleName(StackTraceElement e) {
    String name = e.getClassName();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
