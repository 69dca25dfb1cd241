package org.gil4j.benchmarks.peers;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import org.gil4j.Gil;
import org.gil4j.GilRelease;
import org.gil4j.GilToken;

/**
 * The locks the issue-13 benchmarks compare, behind one small interface so that the convoy runs
 * the same threads on each: take the lock, offer it between slices of work, release it around a
 * blocking operation. Every JMH fork uses one peer only, so each call site stays monomorphic.
 */
abstract class Peer {

  /** A blocking operation done with the lock released. */
  @FunctionalInterface
  interface Blocking {
    /** Does the operation. */
    void run() throws IOException;
  }

  /** A hold of the lock by the current thread; used on that thread only. */
  interface Hold {
    /** Offers the lock to a waiter between two slices of work. */
    void checkpoint();

    /** Gives the lock up completely around {@code op} and takes it back afterwards. */
    void releaseAround(Blocking op) throws IOException;

    /** Gives the lock up. */
    void close();
  }

  /** Takes the lock on the current thread. */
  abstract Hold hold();

  /**
   * The peer named by a benchmark parameter: {@code gil} (gil4j), {@code unfair} and {@code fair}
   * ({@link ReentrantLock}), {@code cpython} ({@link CPythonStyleLock}), {@code none} (no lock at
   * all: the physical limit).
   */
  static Peer named(String name) {
    switch (name) {
      case "gil":
        return new GilPeer();
      case "unfair":
        return new ReentrantPeer(false);
      case "fair":
        return new ReentrantPeer(true);
      case "cpython":
        return new CPythonPeer();
      case "none":
        return new NoLock();
      default:
        throw new IllegalArgumentException("unknown lock '" + name + "'");
    }
  }

  /** gil4j: {@code Gil.acquire()}, {@code checkpoint()}, a {@code release()} scope. */
  private static final class GilPeer extends Peer {
    @Override
    Hold hold() {
      GilToken token = Gil.acquire();
      return new Hold() {
        @Override
        public void checkpoint() {
          token.checkpoint();
        }

        @Override
        @SuppressWarnings("try") // the scope only brackets the operation
        public void releaseAround(Blocking op) throws IOException {
          try (GilRelease released = token.release()) {
            op.run();
          }
        }

        @Override
        public void close() {
          token.close();
        }
      };
    }
  }

  /** {@link ReentrantLock}: the checkpoint is an unlock followed by a lock. */
  private static final class ReentrantPeer extends Peer {
    private final ReentrantLock lock;

    ReentrantPeer(boolean fair) {
      lock = new ReentrantLock(fair);
    }

    @Override
    Hold hold() {
      lock.lock();
      return new Hold() {
        @Override
        public void checkpoint() {
          lock.unlock();
          lock.lock();
        }

        @Override
        public void releaseAround(Blocking op) throws IOException {
          lock.unlock();
          try {
            op.run();
          } finally {
            lock.lock();
          }
        }

        @Override
        public void close() {
          lock.unlock();
        }
      };
    }
  }

  /** {@link CPythonStyleLock}: drop requests honoured at the checkpoint and at release. */
  private static final class CPythonPeer extends Peer {
    private final CPythonStyleLock lock = new CPythonStyleLock();

    @Override
    Hold hold() {
      lock.acquire();
      return new Hold() {
        @Override
        public void checkpoint() {
          lock.checkpoint();
        }

        @Override
        public void releaseAround(Blocking op) throws IOException {
          lock.release();
          try {
            op.run();
          } finally {
            lock.acquire();
          }
        }

        @Override
        public void close() {
          lock.release();
        }
      };
    }
  }

  /** No lock: what the threads get from the two cores alone. */
  private static final class NoLock extends Peer {
    @Override
    Hold hold() {
      return new Hold() {
        @Override
        public void checkpoint() {}

        @Override
        public void releaseAround(Blocking op) throws IOException {
          op.run();
        }

        @Override
        public void close() {}
      };
    }
  }
}
