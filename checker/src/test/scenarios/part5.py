from part1 import add

A = "../all-systems-gil"
# ---------------------------------------------------------------- more rejections
add("threads", "ThreadStoredRunnableAssignedLater", "a Runnable variable assigned a capturing lambda after its declaration", """
  void spawn(Foo world) {
    Runnable job;
    job = () -> world.get();
    // :: error: [gil.nogil.argument]
    new Thread(job).start();
  }
""")
add("threads", "CompletableThenAcceptAsyncWithExecutor", "thenAcceptAsync(Consumer, Executor)", """
  void tick(Foo world, CompletableFuture<Integer> start, Executor executor) {
    // :: error: [gil.nogil.use]
    start.thenAcceptAsync(x -> world.get(), executor);
  }
""")
add("threads", "ScheduledThreadPoolExecutorSchedule", "ScheduledThreadPoolExecutor.schedule", """
  void tick(ScheduledThreadPoolExecutor pool, Foo world) {
    // :: error: [gil.nogil.use]
    pool.schedule(() -> world.get(), 1, TimeUnit.SECONDS);
  }
""")
add("capture", "AllowThreadsAnonymousNoGilRunnable", "an anonymous NoGilRunnable passed to allowThreads", """
  void work(GilToken gil, Foo foo) {
    gil.allowThreads(new NoGilRunnable<RuntimeException>() {
      @Override public void run() {
        // :: error: [gil.nogil.use]
        foo.get();
      }
    });
  }
""")
add("capture", "AllowThreadsStringConcatenation", "string concatenation calls toString on the lock-bound value", """
  String show(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> "foo=" + foo);
  }
""")
add("capture", "AllowThreadsSynchronizesOnBound", "synchronized on a lock-bound object in lock-free code", """
  void work(GilToken gil, Foo foo) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      synchronized (foo) {
        int x = 1;
      }
    });
  }
""")
add("capture", "AllowThreadsOuterThisOfBoundClass", "Outer.this named explicitly in a lock-free lambda", """
  @GilBound static class World {
    int ticks;
    int run(GilToken gil) {
      // :: error: [gil.nogil.use]
      return gil.allowThreads(() -> World.this.hashCode());
    }
  }
""")
add("calls", "ReleaseTryCallsWithGilMethod", "a @WithGil method called inside try (GilRelease ..)", """
  static class Service { @WithGil void update() {} }
  void work(GilToken gil, Service service) {
    try (GilRelease released = gil.release()) {
      // :: error: [gil.nogil.call.withgil]
      service.update();
    }
  }
""")
add("calls", "NoGilMethodCallsWrappedTypeNotWrapper", "a @WithGil interface method called through the interface type, not the wrapper type", """
  interface Api { @WithGil int call(); }
  @NoGil static int run(Api api) {
    // :: error: [gil.nogil.call.withgil]
    return api.call();
  }
""")
add("escape", "StoreBoundIntoUngilRecordArray", "a lock-bound value stored into a Runnable[] through a capturing lambda", """
  void keep(Runnable[] jobs, Foo foo) {
    // :: error: [gil.escape.store]
    jobs[0] = () -> foo.get();
  }
""")
add("withgil", "WithGilReturnsCapturingLambda", "a lambda that captured a lock-bound value returned out of withGil", """
  Runnable leak(Foo foo) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> () -> foo.get());
  }
""")
add("nogilmethod", "NoGilInterfaceDefaultUsesThis", "a @NoGil default method of a @GilBound interface calls a plain method", """
  @GilBound interface Shape {
    int area();
    @NoGil default int twice() {
      // :: error: [gil.nogil.call]
      return area() * 2;
    }
  }
""")

# ---------------------------------------------------------------- more acceptances
add(A, "UnboundParkedInStaticField", "an Unbound<T> may be parked anywhere", """
  static Unbound<Foo> parked;
  static Object anything;
  void keep(GilToken gil, Foo foo) {
    parked = gil.unbind(foo);
    anything = gil.unbind(foo); // ok: Unbound is @Ungil
  }
""")
add(A, "NoGilCallsTokenHelperViaWithGil", "a @NoGil method re-acquires to call a token-taking helper", """
  static int helper(GilToken gil, int x) { return x; }
  @NoGil static int run() {
    return Gil.withGil(g -> helper(g, 1)); // ok: re-acquired
  }
""")
add(A, "NoGilMethodAcquiresInTry", "a @NoGil method that re-acquires with try-with-resources", """
  static Foo shared = Foo.make();
  @NoGil static int run() {
    int n = 3;
    try (GilToken gil = Gil.acquire()) {
      return n + shared.get(); // ok: held inside the try
    }
  }
""")
add(A, "GenericBoxOfBoundInHeld", "an unannotated generic class instantiated with a lock-bound type", """
  static class Box<T> {
    T value;
    Box(T value) { this.value = value; }
  }
  int read(GilToken gil, Foo foo) {
    Box<Foo> box = new Box<>(foo);
    return box.value.get(); // ok: held
  }
""")
add(A, "StaticNestedClassOfBoundIsNotBound", "a static nested class of a @GilBound class is not lock-bound", """
  @GilBound static class World {
    static class Config { int threads = 4; }
    static int threadsOf(GilToken gil, Config config) {
      return gil.allowThreads(() -> config.threads); // ok: Config is @Ungil
    }
  }
""")
add(A, "StaticNoGilMethodReference", "a method reference to a static @NoGil method passed to allowThreads", """
  @NoGil static int compute() { return 42; }
  int run(GilToken gil) {
    return gil.allowThreads(AllSystemsStaticNoGilMethodReference::compute); // ok
  }
""")
add(A, "SwitchInLockFree", "switch expressions and loops over primitives in a lock-free lambda", """
  int run(GilToken gil, int mode) {
    return gil.allowThreads(() -> {
      int acc = 0;
      for (int i = 0; i < 10; i++) {
        acc += switch (mode) {
          case 0 -> i;
          case 1 -> i * 2;
          default -> 1;
        };
      }
      return acc; // ok: only primitives
    });
  }
""")
add(A, "InstanceofOnUngilInLockFree", "pattern matching on @Ungil values in a lock-free lambda", """
  int run(GilToken gil, Object o) {
    return gil.allowThreads(() -> o instanceof String s ? s.length() : 0); // ok: o is @Ungil
  }
""")
add(A, "CompletableWithUngilCaptures", "CompletableFuture chains capturing @Ungil values", """
  CompletableFuture<Integer> run(GilToken gil, Foo foo) {
    int seed = foo.get();
    return CompletableFuture.supplyAsync(() -> seed * 2).thenApplyAsync(x -> x + seed); // ok
  }
""")
add(A, "HeldSectionStoresBoundIntoBoundHolder", "storing lock-bound values into lock-bound holders in held code", """
  void collect(GilToken gil, Foo foo, Map<String, Foo> byName, Foo[] slots) {
    byName.put("foo", foo);
    slots[0] = foo;
    java.util.concurrent.atomic.AtomicReference<Foo> ref = new java.util.concurrent.atomic.AtomicReference<>();
    ref.set(foo); // ok: every holder is lock-bound
  }
""")
add(A, "LocalClassInHeldMethod", "a local class inside a held method", """
  int run(GilToken gil, Foo foo) {
    class Reader {
      int read() { return foo.get(); }
    }
    return new Reader().read(); // ok: runs inline, held
  }
""")
