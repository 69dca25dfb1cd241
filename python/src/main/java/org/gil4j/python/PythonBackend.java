package org.gil4j.python;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.gil4j.GilBackend;
import org.jspecify.annotations.Nullable;

/**
 * CPython's GIL behind {@link org.gil4j.Gil}. Each Java platform thread gets one CPython thread
 * state, created by {@code PyGILState_Ensure} the first time it attaches (so C extensions that call
 * {@code PyGILState_Ensure} themselves find it) and kept for the thread's life; afterwards
 * attaching is {@code PyEval_RestoreThread} and detaching {@code PyEval_SaveThread} on that thread
 * state, the pair CPython itself uses around blocking calls. The thread states of Java threads that
 * ended are deleted by the next thread that attaches for the first time.
 *
 * <p>The backend also keeps the references of open {@link PyObject} handles (see {@link
 * HandleRef}): a list only the GIL's holder touches, and the queue the garbage collector puts the
 * handles nobody closed on, drained under the GIL.
 *
 * <p>Only gil4j's holder ever calls in here, so at most one Java thread wants the GIL at a time;
 * the others queue on gil4j's lock, with its policy, statistics and diagnostics.
 */
final class PythonBackend implements GilBackend {
  /** A Java thread's CPython thread state. */
  static final class State {
    final Thread thread;
    final MemorySegment tstate;

    State(Thread thread, MemorySegment tstate) {
      this.thread = thread;
      this.tstate = tstate;
    }
  }

  @SuppressWarnings("ThreadLocalUsage") // per-thread by nature: CPython's thread state
  private final ThreadLocal<State> states = new ThreadLocal<>();

  /** Every thread state created for a Java thread, for deleting those of dead threads. */
  private final ConcurrentLinkedQueue<State> all = new ConcurrentLinkedQueue<>();

  /** Where the garbage collector puts the references of handles that were never closed. */
  final ReferenceQueue<PyObject> collected = new ReferenceQueue<>();

  /**
   * The head of the list of open handles' references (a sentinel); guarded by the GIL, whose
   * holder alone creates and closes handles (gil4j's lock orders the holders).
   */
  final HandleRef open = HandleRef.sentinel();

  /**
   * The state that detached last, or null: attaching again on its thread (the usual round trip of
   * a release scope) needs no thread-local lookup. Read and written by gil4j's holder only.
   */
  private @Nullable State last;

  /**
   * The state that holds the GIL on gil4j's side, or null. Only gil4j's holder writes it, so a
   * non-null value at {@link #attach} means the previous holder never detached (it died holding the
   * lock, or its detach failed).
   */
  private @Nullable State holder;

  private final String name;
  private final boolean globalCurrentState; // CPython <= 3.11: one current thread state per process

  PythonBackend(Thread initThread, MemorySegment initState, String version) {
    this.globalCurrentState = version.startsWith("3.11") || version.startsWith("3.10");
    State s = new State(initThread, initState);
    states.set(s);
    all.add(s);
    this.name = "CPython " + version;
  }

  @Override
  public void attach() {
    State stale = holder;
    if (stale != null) {
      recoverFrom(stale);
    }
    Thread me = Thread.currentThread();
    State s = last;
    if (s == null || s.thread != me) {
      s = states.get(); // a virtual thread never has one: only firstAttach makes them
      if (s == null) {
        s = firstAttach(me);
      } else {
        CPython.restoreThread(s.tstate);
      }
    } else {
      CPython.restoreThread(s.tstate);
    }
    holder = s;
    drainCollected();
  }

  @Override
  public void detach() {
    last = holder;
    holder = null;
    CPython.saveThread();
  }

  /**
   * Gives a waiting Python thread the GIL if it asked for it: CPython's {@code drop_gil} waits for
   * the hand-over when a drop request is pending, exactly as at a switch in the eval loop.
   */
  @Override
  public void checkpoint() {
    MemorySegment ts = CPython.saveThread();
    CPython.restoreThread(ts);
    drainCollected();
  }

  @Override
  public String name() {
    return name;
  }

  /** Whether the current thread holds the GIL through gil4j (for handle checks). */
  boolean attachedHere() {
    State h = holder;
    return h != null && h.thread == Thread.currentThread();
  }

  private State firstAttach(Thread me) {
    if (me.isVirtual()) {
      throw new IllegalStateException(
          "gil4j-python: a virtual thread cannot hold the GIL (CPython thread states belong to"
              + " OS threads, and a virtual thread may change carrier while holding it); take the"
              + " lock on a platform thread");
    }
    try {
      int ignored = (int) CPython.PyGILState_Ensure.invokeExact(); // creates the state, takes GIL
      MemorySegment ts = (MemorySegment) CPython.PyGILState_GetThisThreadState.invokeExact();
      State s = new State(me, ts);
      states.set(s);
      all.add(s);
      deleteDeadStates();
      return s;
    } catch (Throwable e) {
      throw CPython.rethrow(e);
    }
  }

  /** Deletes the thread states of Java threads that ended; the caller holds the GIL. */
  private void deleteDeadStates() throws Throwable {
    for (State s : all) {
      if (!s.thread.isAlive() && s != holder && all.remove(s)) {
        if (last == s) {
          last = null;
        }
        CPython.PyThreadState_Clear.invokeExact(s.tstate);
        CPython.PyThreadState_Delete.invokeExact(s.tstate);
      }
    }
  }

  /**
   * The previous holder left without detaching. In CPython 3.11 the current thread state is a
   * process-wide variable, so {@code PyEval_SaveThread} from here releases the GIL on its behalf;
   * its thread state is deleted later if its thread is dead.
   */
  private void recoverFrom(State stale) {
    if (!globalCurrentState) {
      throw new IllegalStateException(
          "gil4j-python: thread '"
              + stale.thread.getName()
              + "' gave gil4j's lock up without releasing the GIL, and this CPython cannot"
              + " release it on that thread's behalf");
    }
    holder = null;
    CPython.saveThread();
  }

  /**
   * Gives back the references of handles the garbage collector found unclosed (PyO3's deferred
   * pool); the caller holds the GIL. Without any, this is one volatile read.
   */
  void drainCollected() {
    Reference<? extends PyObject> r;
    while ((r = collected.poll()) != null) {
      ((HandleRef) r).release();
    }
  }
}
