# Scenario table, part 1: (directory, class name, header comment, body). Bodies use the shared
# fixture Foo (a @GilBound class) declared inside each test class.
S = []
def add(d, name, doc, body):
    S.append((d, name, doc, body))

# ---------------------------------------------------------------- capture (gil.nogil.use)
add("capture", "AllowThreadsCapturesBoundLocal", "issue 3 case 1: a lock-bound local captured by allowThreads", """
  int count(GilToken gil) {
    Foo numbers = Foo.make();
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> numbers.get());
  }
""")
add("capture", "AllowThreadsCapturesBoundParameter", "a lock-bound parameter captured by allowThreads", """
  int count(GilToken gil, Foo numbers) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> numbers.get());
  }
""")
add("capture", "AllowThreadsCapturesListOfBound", "issue 3 case 9: List<Foo> is lock-bound", """
  int count(GilToken gil, List<Foo> items) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> items.size());
  }
""")
add("capture", "AllowThreadsCapturesArrayOfBound", "Foo[] is lock-bound", """
  int count(GilToken gil, Foo[] items) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> items[0].hashCode());
  }
""")
add("capture", "AllowThreadsCapturesUpcastObject", "an upcast never launders boundness", """
  int hash(GilToken gil, Foo foo) {
    Object o = foo;
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> o.hashCode());
  }
""")
add("capture", "AllowThreadsCapturesTypeUseGilBound", "@GilBound written at a use makes the value lock-bound", """
  int hash(GilToken gil, @GilBound Object handle) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> handle.hashCode());
  }
""")
add("capture", "AllowThreadsCapturesSubclassOfBound", "subclasses inherit @GilBound", """
  static class Sub extends Foo {}
  int count(GilToken gil, Sub sub) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> sub.get());
  }
""")
add("capture", "AllowThreadsCapturesBoundInterfaceImpl", "implementing a @GilBound interface makes a class lock-bound", """
  @GilBound interface Handle { int id(); }
  static class Impl implements Handle { public int id() { return 1; } }
  int id(GilToken gil, Impl impl) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> impl.id());
  }
""")
add("capture", "AllowThreadsMethodRefBoundReceiver", "issue 3 case 11: bound::method passed to allowThreads", """
  int count(GilToken gil, Foo bound) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(bound::get);
  }
""")
add("capture", "AllowThreadsReadsMutableField", "a non-final field of a lock-bound object", """
  int read(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> foo.v);
  }
""")
add("capture", "AllowThreadsCapturesMapOfBound", "Map<String, Foo> is lock-bound", """
  int count(GilToken gil, Map<String, Foo> byName) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> byName.size());
  }
""")
add("capture", "AllowThreadsCapturesOptionalOfBound", "Optional<Foo> is lock-bound", """
  boolean present(GilToken gil, Optional<Foo> maybe) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> maybe.isPresent());
  }
""")
add("capture", "ReleaseTryUsesBound", "the body of try (GilRelease r = gil.release()) is lock-free", """
  int count(GilToken gil, Foo foo) {
    try (GilRelease released = gil.release()) {
      // :: error: [gil.nogil.use]
      return foo.get();
    }
  }
""")
add("capture", "ReleaseIfHeldTryUsesBound", "the body of try (GilRelease r = Gil.releaseIfHeld()) is lock-free", """
  int count(Foo foo) {
    try (GilRelease released = Gil.releaseIfHeld()) {
      // :: error: [gil.nogil.use]
      return foo.get();
    }
  }
""")
add("capture", "AllowThreadsReturnsBound", "returning a lock-bound value from a lock-free lambda", """
  Foo same(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> foo);
  }
""")
add("capture", "AllowThreadsBoundInInlineLambda", "a forEach lambda inside a lock-free lambda inherits lock-free", """
  void each(GilToken gil, Foo foo, List<Integer> xs) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      xs.forEach(x -> foo.get());
    });
  }
""")
add("capture", "AllowThreadsStaticBoundField", "a static field of lock-bound type", """
  static Foo shared = Foo.make();
  int count(GilToken gil) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> shared.get());
  }
""")
add("capture", "AllowThreadsWildcardListOfBound", "List<? extends Foo> is lock-bound", """
  int count(GilToken gil, List<? extends Foo> items) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> items.size());
  }
""")
add("capture", "AllowThreadsTypeVariableBoundedByBound", "T extends Foo is lock-bound", """
  <T extends Foo> int count(GilToken gil, T item) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> item.get());
  }
""")
add("capture", "AllowThreadsPassesBoundToPlainMethod", "passing a lock-bound value along in lock-free code", """
  static int measure(Object o) { return 0; }
  int count(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> measure(foo));
  }
""")
add("capture", "AllowThreadsThrowsBoundException", "throwing a lock-bound exception in lock-free code", """
  @GilBound static class BoundError extends RuntimeException {}
  void fail(GilToken gil, BoundError error) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      throw error;
    });
  }
""")
add("capture", "AllowThreadsConditionalBound", "a lock-bound value chosen by a conditional", """
  int count(GilToken gil, Foo a, boolean flag) {
    Object picked = flag ? a : "none";
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> picked.hashCode());
  }
""")

# ---------------------------------------------------------------- token
add("token", "TokenBindInsideLockFree", "issue 3 case 2: ref.bind(gil) inside the lock-free lambda", """
  int count(GilToken gil, Foo numbers) {
    Unbound<Foo> ref = gil.unbind(numbers);
    // :: error: [gil.nogil.token]
    return gil.allowThreads(() -> ref.bind(gil).get());
  }
""")
add("token", "TokenCheckpointInsideLockFree", "gil.checkpoint() inside a lock-free lambda", """
  void spin(GilToken gil) {
    // :: error: [gil.nogil.token]
    gil.allowThreads(() -> gil.checkpoint());
  }
""")
add("token", "TokenUnbindInsideLockFree", "gil.unbind(..) inside a lock-free lambda", """
  void detach(GilToken gil, String s) {
    // :: error: [gil.nogil.token]
    gil.allowThreads(() -> gil.unbind(s));
  }
""")
add("token", "TokenStoredInField", "issue 3 case 10: a token stored in a field", """
  // :: error: [gil.class.field]
  GilToken saved;
  void keep(GilToken gil) {
    // :: error: [gil.escape.token]
    saved = gil;
  }
""")
add("token", "TokenStoredInStaticField", "a token stored in a static field", """
  static Object saved;
  void keep(GilToken gil) {
    // :: error: [gil.escape.token]
    saved = gil;
  }
""")
add("token", "TokenPassedToThread", "issue 3 case 10: a token handed to another thread", """
  void spawn(GilToken gil) {
    // :: error: [gil.nogil.token]
    new Thread(() -> gil.checkpoint()).start();
  }
""")
add("token", "TokenPassedToExecutor", "a token used by an executor task", """
  void spawn(GilToken gil, ExecutorService pool) {
    // :: error: [gil.nogil.token]
    pool.execute(() -> gil.checkpoint());
  }
""")
add("token", "TokenStoredInList", "a token stored in a collection", """
  void keep(GilToken gil, List<Object> all) {
    // :: error: [gil.escape.token]
    all.add(gil);
  }
""")
add("token", "TokenStoredInArray", "a token stored in an array element", """
  void keep(GilToken gil, Object[] slots) {
    // :: error: [gil.escape.token]
    slots[0] = gil;
  }
""")
add("token", "TokenUsedInReleaseTry", "the token is void inside try (GilRelease ..)", """
  void work(GilToken gil) {
    try (GilRelease released = gil.release()) {
      // :: error: [gil.nogil.token]
      gil.checkpoint();
    }
  }
""")
add("token", "TokenNestedAllowThreads", "allowThreads on the outer token inside a lock-free lambda", """
  void work(GilToken gil) {
    gil.allowThreads(() -> {
      // :: error: [gil.nogil.token]
      gil.allowThreads(() -> {});
    });
  }
""")
add("token", "TokenStoredInAtomicReference", "a token stored in an AtomicReference", """
  void keep(GilToken gil, java.util.concurrent.atomic.AtomicReference<GilToken> box) {
    // :: error: [gil.escape.token]
    box.set(gil);
  }
""")

# ---------------------------------------------------------------- @NoGil methods (case 3)
add("nogilmethod", "NoGilReadsOwnField", "issue 3 case 3: a @NoGil method reads a field of its @GilBound class", """
  @GilBound static class Counter {
    int hits;
    @NoGil int peek() {
      // :: error: [gil.nogil.use]
      return hits;
    }
  }
""")
add("nogilmethod", "NoGilWritesOwnField", "a @NoGil method writes a field of its @GilBound class", """
  @GilBound static class Counter {
    int hits;
    @NoGil void reset() {
      // :: error: [gil.nogil.use]
      hits = 0;
    }
  }
""")
add("nogilmethod", "NoGilReturnsThis", "issue 3 case 3: a @NoGil method uses this", """
  @GilBound static class Counter {
    @NoGil Object self() {
      // :: error: [gil.nogil.use]
      return this;
    }
  }
""")
add("nogilmethod", "NoGilPassesThis", "a @NoGil method passes this along", """
  static void log(Object o) {}
  @GilBound static class Counter {
    @NoGil void report() {
      // :: error: [gil.nogil.use]
      log(this);
    }
  }
""")
add("nogilmethod", "NoGilCallsOwnMethod", "issue 3 case 3: a @NoGil method calls a non-@NoGil method of its class", """
  @GilBound static class Counter {
    int hits;
    int read() { return hits; }
    @NoGil int peek() {
      // :: error: [gil.nogil.call]
      return read();
    }
  }
""")
add("nogilmethod", "NoGilCallsThisMethodExplicitly", "this.read() in a @NoGil method", """
  @GilBound static class Counter {
    int hits;
    int read() { return hits; }
    @NoGil int peek() {
      // :: error: [gil.nogil.use]
      return this.read();
    }
  }
""")
add("nogilmethod", "NoGilCallsStaticOfBoundClass", "a static method of a @GilBound class needs the lock", """
  @NoGil static Object build() {
    // :: error: [gil.nogil.call]
    return Foo.make();
  }
""")
add("nogilmethod", "NoGilConstructsBound", "constructing a lock-bound object needs the lock", """
  @NoGil static Object build() {
    // :: error: [gil.nogil.call]
    return new Foo();
  }
""")
add("nogilmethod", "NoGilBoundParameter", "a @NoGil method with a lock-bound parameter", """
  // :: error: [gil.nogil.parameter]
  @NoGil static int size(Foo foo) {
    return 0;
  }
""")
add("nogilmethod", "NoGilReadsStaticBoundField", "a @NoGil method reads a static lock-bound field", """
  static Foo shared = Foo.make();
  @NoGil static int size() {
    // :: error: [gil.nogil.use]
    return shared.get();
  }
""")
add("nogilmethod", "NoGilLambdaUsesOwnField", "a lambda inside a @NoGil method inherits lock-free", """
  @GilBound static class Counter {
    int hits;
    @NoGil Runnable later() {
      // :: error: [gil.nogil.use]
      return () -> hits++;
    }
  }
""")
add("nogilmethod", "NoGilMutableFieldThroughSelect", "a @NoGil method reads a mutable field through this.", """
  @GilBound static class Counter {
    int hits;
    @NoGil int peek() {
      // :: error: [gil.nogil.use]
      return this.hits;
    }
  }
""")
