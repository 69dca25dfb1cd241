package org.gil4j;

/**
 * What stands behind {@link Gil}: a hook for a lock that the process shares with code outside
 * gil4j, such as CPython's global interpreter lock. By default there is none and gil4j's own lock
 * is the whole story; a backend installed with {@link Gil#installBackend} is told every time the
 * lock changes hands, so it can take and give up its own lock in step.
 *
 * <p>gil4j's lock stays in front: Java threads queue on it with its hand-off policy, statistics and
 * diagnostics, and only its holder calls the backend. So the backend's lock is wanted by at most
 * one Java thread at a time, besides whatever threads the backend's own world runs.
 *
 * <p>Every method runs on the thread concerned, never on a helper thread, so a backend may keep
 * per-thread state (CPython's thread states). Calls never overlap: only gil4j's holder makes them,
 * and gil4j's lock orders them (a write in one call is visible to the next, on any thread).
 */
public interface GilBackend {
  /**
   * Called on the thread that has just taken gil4j's lock at depth 0: a fresh {@link Gil#acquire},
   * the end of a release scope, the return from a checkpoint hand-off, or a take-over from a thread
   * that died holding the lock. When this returns the thread must hold the backend's lock too.
   *
   * <p>If it throws, gil4j gives its own lock up again (without calling {@link #detach}) and the
   * exception reaches the caller of the acquiring method; nothing is held afterwards.
   */
  void attach();

  /**
   * Called on the holder just before it gives gil4j's lock up completely: the outermost scope exit,
   * {@code allowThreads}/{@code release()}, a checkpoint that hands the lock to another Java
   * thread. When this returns the thread must no longer hold the backend's lock.
   *
   * <p>If it throws, gil4j still gives its own lock up (a lock is never wedged) and then rethrows;
   * the next {@link #attach} on another thread may therefore find the backend's lock still taken by
   * the thread that failed here, and should recover from that if it can.
   */
  void detach();

  /**
   * Called on the holder at {@link GilToken#checkpoint()} when no Java thread asked for the lock,
   * so that the backend's own waiting threads may run. The thread must hold the backend's lock
   * again when this returns. The default does nothing.
   */
  default void checkpoint() {}

  /**
   * A short name for messages and statistics, such as {@code "CPython 3.11"}.
   *
   * @return the backend's name; the class name by default
   */
  default String name() {
    return getClass().getSimpleName();
  }
}
