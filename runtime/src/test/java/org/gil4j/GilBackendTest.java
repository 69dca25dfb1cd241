package org.gil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The backend seam: when the lock core calls {@link GilBackend}, on which thread, and failures. */
class GilBackendTest extends GilTestSupport {
  /** Records every call as "what:thread"; can be told to fail on one thread. */
  static final class Recording implements GilBackend {
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile String refuseAttachOn = "";
    final AtomicBoolean failNextDetach = new AtomicBoolean();

    @Override
    public void attach() {
      String me = Thread.currentThread().getName();
      if (me.equals(refuseAttachOn)) {
        events.add("refused:" + me);
        throw new IllegalStateException("backend refuses " + me);
      }
      events.add("attach:" + me);
    }

    @Override
    public void detach() {
      String me = Thread.currentThread().getName();
      events.add("detach:" + me);
      if (failNextDetach.getAndSet(false)) {
        throw new IllegalStateException("detach failed on " + me);
      }
    }

    @Override
    public void checkpoint() {
      events.add("checkpoint:" + Thread.currentThread().getName());
    }
  }

  private final Recording backend = new Recording();

  @AfterEach
  void removeBackend() {
    GilSync.INSTANCE.uninstall();
    assertEquals(Optional.empty(), Gil.backend());
  }

  private String me() {
    return Thread.currentThread().getName();
  }

  @Test
  void attachesAtDepthZeroOnlyAndDetachesAtTheOutermostExit() {
    Gil.installBackend(backend);
    assertSame(backend, Gil.backend().orElseThrow());
    Gil.runWithGil(gil -> Gil.runWithGil(inner -> assertEquals(2, Gil.holdCount())));
    assertEquals(List.of("attach:" + me(), "detach:" + me()), backend.events);
  }

  @Test
  void allowThreadsDetachesAndAttachesAgainAlsoWhenTheBodyThrows() {
    Gil.installBackend(backend);
    try (GilToken outer = Gil.acquire();
        GilToken gil = Gil.acquire()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  gil.allowThreads(
                      () -> {
                        backend.events.add("body");
                        throw new IllegalArgumentException("boom");
                      }));
      assertEquals("boom", e.getMessage());
      assertEquals(2, Gil.holdCount());
      try (GilRelease r = gil.release()) {
        assertFalse(Gil.isHeld());
      }
    }
    String m = me();
    assertEquals(
        List.of(
            "attach:" + m,
            "detach:" + m,
            "body",
            "attach:" + m,
            "detach:" + m,
            "attach:" + m,
            "detach:" + m),
        backend.events);
  }

  @Test
  void checkpointWithNoJavaWaiterLetsTheBackendRun() {
    Gil.installBackend(backend);
    Gil.runWithGil(GilToken::checkpoint);
    assertEquals(List.of("attach:" + me(), "checkpoint:" + me(), "detach:" + me()), backend.events);
  }

  @Test
  @Timeout(20)
  void checkpointHandOffDetachesBeforeTheHeirAttaches() throws Exception {
    Gil.installBackend(backend);
    Gil.setSwitchInterval(Duration.ofMillis(1));
    String m = me();
    try (GilToken gil = Gil.acquire()) {
      Thread heir = start("heir", () -> Gil.runWithGil(g -> backend.events.add("heir body")));
      while (!GilSync.INSTANCE.dropRequested()) {
        Thread.sleep(1);
      }
      gil.checkpoint();
      heir.join();
      assertTrue(Gil.isHeld());
    }
    assertEquals(
        List.of(
            "attach:" + m,
            "detach:" + m,
            "attach:heir",
            "heir body",
            "detach:heir",
            "attach:" + m,
            "detach:" + m),
        backend.events);
  }

  @Test
  void aFailedAttachLeavesTheLockFreeAndReachesTheCaller() throws Exception {
    Gil.installBackend(backend);
    backend.refuseAttachOn = "refused";
    AtomicBoolean held = new AtomicBoolean(true);
    Thread t =
        start(
            "refused",
            () -> {
              IllegalStateException e = assertThrows(IllegalStateException.class, Gil::acquire);
              assertEquals("backend refuses refused", e.getMessage());
              held.set(Gil.isHeld());
            });
    t.join();
    assertFalse(held.get());
    try (GilToken gil = Gil.acquire(Duration.ofSeconds(5))) {
      assertEquals(1, Gil.holdCount());
    }
    assertEquals(List.of("refused:refused", "attach:" + me(), "detach:" + me()), backend.events);
  }

  /**
   * A hold lost inside a release scope (taking it back failed at the inner close, as a stack
   * overflow does at the bottom of a recursion) whose token is then closed: the close gives the
   * lost level up without the lock, and once the outer scopes are closed nothing is held, not even
   * after {@code Gil.isHeld()} looks for lost holds.
   */
  @Test
  @SuppressWarnings("try")
  void aLostHoldWhoseTokenIsClosed_isNotTakenBackLater() throws Exception {
    Gil.installBackend(backend);
    try (GilToken g = Gil.acquire()) {
      try (GilRelease r = g.release()) {
        GilToken h = Gil.acquire();
        GilRelease inner = h.release();
        backend.refuseAttachOn = me();
        IllegalStateException e = assertThrows(IllegalStateException.class, inner::close);
        assertEquals("backend refuses " + me(), e.getMessage());
        h.close(); // needs no lock: the level is given up where it is noted
        backend.refuseAttachOn = "";
        assertFalse(Gil.isHeld());
        assertEquals(0, Gil.holdCount());
      }
      assertEquals(1, Gil.holdCount());
    }
    assertFalse(Gil.isHeld());
    assertEquals(0, Gil.holdCount());
    try (GilToken again = Gil.acquire()) {
      assertEquals(1, Gil.holdCount());
    }
    assertFalse(Gil.isHeld());
  }

  /**
   * The same, but the inner token's close never runs (no room even for the call): the outer
   * release scope taking the lock back ends the lost hold opened inside it, so after the outer
   * scopes nothing is held and {@code Gil.isHeld()} takes nothing back.
   */
  @Test
  @SuppressWarnings("try")
  void aLostHoldInsideAnEndedReleaseScope_isNotTakenBackLater() throws Exception {
    Gil.installBackend(backend);
    try (GilToken g = Gil.acquire()) {
      try (GilRelease r = g.release()) {
        GilToken h = Gil.acquire();
        GilRelease inner = h.release();
        backend.refuseAttachOn = me();
        assertThrows(IllegalStateException.class, inner::close);
        assertThrows(IllegalStateException.class, () -> Gil.isHeld()); // still refused: still lost
        backend.refuseAttachOn = "";
        // h is never closed: its scope ended with the error
      }
      assertEquals(1, Gil.holdCount());
      assertTrue(Gil.isHeld());
    }
    assertFalse(Gil.isHeld());
    assertEquals(0, Gil.holdCount());
    Thread other = start("other", () -> Gil.runWithGil(gil -> {}));
    other.join(5_000);
    assertFalse(other.isAlive(), "the lock is still held by the test thread");
  }

  /**
   * A withGil scope that ends normally while its hold is lost (taking it back after an inner
   * release failed, and failing again at the scope's end, as a stack overflow does) still ends:
   * the error reaches the caller, nothing is held afterwards, and a later {@code Gil.isHeld()}
   * does not take the hold back for the scope that is gone (it used to, at depth 1, so the thread
   * kept the lock with no scope left to release it).
   */
  @Test
  @Timeout(30)
  void aWithGilScopeEndingWhileItsHoldIsLost_leavesNothingHeld() throws Exception {
    Gil.installBackend(backend);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Gil.runWithGil(
                    g -> {
                      backend.refuseAttachOn = me();
                      IllegalStateException inner =
                          assertThrows(IllegalStateException.class, () -> g.allowThreads(() -> {}));
                      assertEquals("backend refuses " + me(), inner.getMessage());
                      // the body returns normally; taking the lock back fails again at its end
                    }));
    assertEquals("backend refuses " + me(), e.getMessage());
    backend.refuseAttachOn = "";
    assertFalse(Gil.isHeld());
    assertEquals(0, Gil.holdCount());
    AtomicBoolean took = new AtomicBoolean();
    Thread other = start("other", () -> Gil.runWithGil(gil -> took.set(true)));
    other.join(10_000);
    assertFalse(other.isAlive(), "the lock is still held by the test thread");
    assertTrue(took.get());
  }

  @Test
  void aFailedDetachStillGivesTheLockUp() throws Exception {
    Gil.installBackend(backend);
    backend.failNextDetach.set(true);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Gil.runWithGil(gil -> {}));
    assertEquals("detach failed on " + me(), e.getMessage());
    assertFalse(Gil.isHeld());
    AtomicBoolean took = new AtomicBoolean();
    start("next", () -> Gil.runWithGil(gil -> took.set(true))).join();
    assertTrue(took.get());
  }

  @Test
  void installingNeedsAFreeLockAndOnlyOneBackend() throws Exception {
    try (GilToken gil = Gil.acquire()) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> Gil.installBackend(backend));
      assertTrue(e.getMessage().contains("while the lock is held (by thread '" + me() + "')"));
    }
    assertEquals(Optional.empty(), Gil.backend());
    Gil.installBackend(backend);
    Gil.installBackend(backend); // the same one again: nothing happens
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Gil.installBackend(new Recording()));
    assertTrue(e.getMessage().startsWith("a GIL backend is installed already (Recording)"));
    assertEquals(List.of(), backend.events);
  }

  /**
   * A foreign lock shared with a thread that never touches gil4j (like a Python thread and the real
   * GIL): Java threads and that thread exclude each other, and a checkpoint lets it run.
   */
  static final class ForeignLock implements GilBackend {
    final Semaphore lock = new Semaphore(1, true);

    @Override
    public void attach() {
      lock.acquireUninterruptibly();
    }

    @Override
    public void detach() {
      lock.release();
    }

    @Override
    public void checkpoint() {
      if (lock.hasQueuedThreads()) {
        lock.release();
        lock.acquireUninterruptibly(); // fair: the queued foreign thread goes first
      }
    }
  }

  private long unsafeCounter; // guarded by the combined lock only; a lost update would show

  @Test
  @Timeout(30)
  void javaThreadsAndAForeignThreadExcludeEachOtherThroughTheBackend() throws Exception {
    ForeignLock foreign = new ForeignLock();
    Gil.installBackend(foreign);
    int rounds = 20_000;
    CountDownLatch go = new CountDownLatch(1);
    Thread outsider =
        start(
            "foreign",
            () -> {
              go.await();
              for (int i = 0; i < rounds; i++) {
                foreign.lock.acquireUninterruptibly();
                unsafeCounter++;
                foreign.lock.release();
              }
            });
    Thread[] javas = new Thread[3];
    for (int t = 0; t < javas.length; t++) {
      javas[t] =
          start(
              "java-" + t,
              () -> {
                go.await();
                for (int i = 0; i < rounds; i++) {
                  Gil.runWithGil(gil -> unsafeCounter++);
                }
              });
    }
    go.countDown();
    outsider.join();
    for (Thread t : javas) {
      t.join();
    }
    assertEquals(4L * rounds, unsafeCounter);
    assertEquals(1, foreign.lock.availablePermits());
  }

  @Test
  @Timeout(30)
  void aCheckpointLetsAWaitingForeignThreadRun() throws Exception {
    ForeignLock foreign = new ForeignLock();
    Gil.installBackend(foreign);
    AtomicLong foreignRan = new AtomicLong();
    try (GilToken gil = Gil.acquire()) {
      Thread outsider =
          start(
              "foreign",
              () -> {
                foreign.lock.acquireUninterruptibly();
                foreignRan.set(System.nanoTime());
                foreign.lock.release();
              });
      while (!foreign.lock.hasQueuedThreads()) {
        Thread.sleep(1);
      }
      Thread.sleep(20);
      assertEquals(
          0, foreignRan.get(), "the foreign thread ran while gil4j's holder held the lock");
      gil.checkpoint();
      assertTrue(foreignRan.get() != 0, "the checkpoint did not let the foreign thread run");
      outsider.join(5_000);
      assertFalse(outsider.isAlive());
      assertTrue(Gil.isHeld());
    }
    assertTrue(foreign.lock.tryAcquire(0, TimeUnit.SECONDS));
    foreign.lock.release();
  }
}
