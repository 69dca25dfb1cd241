package org.gil4j.checker;

import com.sun.source.tree.Tree;
import java.util.Objects;

/**
 * The lock state of a stretch of code and the tree that began it: an immutable value, passed down
 * the scan, so nested sections never need undoing.
 */
final class Section {
  /** The three states every piece of code is in. */
  enum State {
    /** The lock is certainly not held: lock-bound values may not be touched. */
    LOCK_FREE,
    /** The lock is certainly held. */
    HELD,
    /** Nothing is known; gil4j checks only escapes here. */
    UNKNOWN
  }

  /** What began a section, for messages ("the lambda passed to allowThreads"). */
  enum Origin {
    NONE,
    NOGIL_METHOD,
    /** An anonymous class's override of a method the model runs on another thread. */
    TASK_BODY,
    WITHGIL_METHOD,
    TOKEN_PARAMETER,
    BOUND_CLASS_METHOD,
    NOGIL_ARGUMENT,
    WITHGIL_ARGUMENT,
    PARALLEL_STREAM,
    RELEASE_TRY,
    ACQUIRE_TRY,
    /** Strict code: a method body that is not a held section. */
    STRICT_METHOD,
    /** Strict code: code passed to a parameter that may run it later, on any thread. */
    STRICT_CALLBACK,
    /** Strict code: a field initializer or initializer block that is not held. */
    STRICT_INITIALIZER
  }

  static final Section UNKNOWN = new Section(State.UNKNOWN, Origin.NONE, null, "");

  /**
   * Strict code that is not held: the lock may not be held here, so
   * lock-bound values and lock-needing calls are errors, as in lock-free code.
   */
  static Section notHeld(Origin origin, Tree start, String where) {
    return new Section(State.UNKNOWN, origin, start, where);
  }

  /** True in strict code that is not held. */
  boolean isStrictNotHeld() {
    return state == State.UNKNOWN && origin != Origin.NONE;
  }

  /** True where lock-bound values may not be touched: lock-free code and strict code not held. */
  boolean checksUses() {
    return state == State.LOCK_FREE || isStrictNotHeld();
  }

  private final State state;
  private final Origin origin;
  private final Tree start;
  private final String where;

  private Section(State state, Origin origin, Tree start, String where) {
    this.state = state;
    this.origin = origin;
    this.start = start;
    this.where = where;
  }

  /** A lock-free section begun by {@code start}; {@code where} names the method or call. */
  static Section lockFree(Origin origin, Tree start, String where) {
    return new Section(State.LOCK_FREE, origin, start, where);
  }

  /** A held section begun by {@code start}. */
  static Section held(Origin origin, Tree start, String where) {
    return new Section(State.HELD, origin, start, where);
  }

  State state() {
    return state;
  }

  boolean isLockFree() {
    return state == State.LOCK_FREE;
  }

  Origin origin() {
    return origin;
  }

  /** The tree that began the section (a method, lambda, argument or try), or null. */
  Tree start() {
    return start;
  }

  /** The method, call or resource that names the section, e.g. {@code GilToken.allowThreads}. */
  String where() {
    return where;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Section)) {
      return false;
    }
    Section other = (Section) o;
    return state == other.state
        && origin == other.origin
        && start == other.start
        && where.equals(other.where);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, origin, System.identityHashCode(start), where);
  }

  /** A debug form such as {@code LOCK_FREE(NOGIL_ARGUMENT GilToken.allowThreads)}. */
  @Override
  public String toString() {
    return state + "(" + origin + (where.isEmpty() ? "" : " " + where) + ")";
  }
}
