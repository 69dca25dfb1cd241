package org.gil4j.python;

import java.lang.foreign.MemorySegment;
import java.lang.ref.PhantomReference;
import org.jspecify.annotations.Nullable;

/**
 * The reference a {@link PyObject} handle owns, tracked so that the garbage collector can give it
 * back when the handle is never closed: a phantom reference to the handle, kept reachable by the
 * backend's list of open handles until it is released, by {@link PyObject#close()} or, after the
 * collector queued it, the next time a thread holds the GIL (see {@link
 * PythonBackend#drainCollected}).
 *
 * <p>Only the GIL's holder creates, closes and drains handles, so the list needs no lock of its
 * own: linking and unlinking are plain writes, ordered between holders by gil4j's lock. This is
 * what {@code java.lang.ref.Cleaner} would do with a monitor around each list change and a thread
 * of its own, which cost more than the Python call a handle wraps.
 */
final class HandleRef extends PhantomReference<PyObject> {
  /** The address of the object this reference counts; never freed before {@link #release()}. */
  private final long ptr;

  /** Neighbours in the list of open handles; both null once released (never for the sentinel). */
  private @Nullable HandleRef prev;

  private @Nullable HandleRef next;

  /** The head of an empty list. */
  private HandleRef() {
    super(null, null);
    this.ptr = 0L;
    this.prev = this;
    this.next = this;
  }

  /** Tracks the reference {@code handle} owns to {@code ptr}; the caller holds the GIL. */
  HandleRef(PyObject handle, long ptr, PythonBackend backend) {
    super(handle, backend.collected);
    this.ptr = ptr;
    HandleRef head = backend.open;
    HandleRef first = head.next;
    this.prev = head;
    this.next = first;
    if (first != null) {
      first.prev = this;
    }
    head.next = this;
  }

  /** The sentinel of a backend's list. */
  static HandleRef sentinel() {
    return new HandleRef();
  }

  /**
   * Unlinks this reference and gives it back to CPython ({@code Py_DecRef}); the second time, and
   * on the sentinel, does nothing. The caller holds the GIL.
   */
  void release() {
    HandleRef p = prev;
    HandleRef n = next;
    if (p == null || n == null || p == this) {
      return;
    }
    p.next = n;
    n.prev = p;
    prev = null;
    next = null;
    CPython.decRef(ptr);
  }

  /** How many references the list starting at sentinel {@code head} tracks (for tests). */
  static int countOpen(HandleRef head) {
    int n = 0;
    for (HandleRef r = head.next; r != null && r != head; r = r.next) {
      n++;
    }
    return n;
  }
}
