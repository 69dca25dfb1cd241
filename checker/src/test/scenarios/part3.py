from part1 import add

# ---------------------------------------------------------------- escapes (case 8)
add("escape", "StoreIntoStaticField", "issue 3 case 8: a lock-bound value stored in a static Object field", """
  static Object cache;
  void keep(Foo foo) {
    // :: error: [gil.escape.store]
    cache = foo;
  }
""")
add("escape", "StoreIntoUngilField", "issue 3 case 8: a lock-bound value stored in a field of an @Ungil class", """
  @Ungil static class Holder { Object value; }
  void keep(Holder holder, Foo foo) {
    // :: error: [gil.escape.store]
    holder.value = foo;
  }
""")
add("escape", "StoreIntoObjectArray", "issue 3 case 8: a lock-bound value stored in an Object[]", """
  void keep(Object[] slots, Foo foo) {
    // :: error: [gil.escape.store]
    slots[0] = foo;
  }
""")
add("escape", "StoreIntoListOfObject", "a lock-bound value added to a List<Object>", """
  void keep(List<Object> all, Foo foo) {
    // :: error: [gil.escape.store]
    all.add(foo);
  }
""")
add("escape", "StoreIntoAtomicReference", "a lock-bound value set into an AtomicReference<Object>", """
  void keep(java.util.concurrent.atomic.AtomicReference<Object> box, Foo foo) {
    // :: error: [gil.escape.store]
    box.set(foo);
  }
""")
add("escape", "StoreIntoThreadLocal", "a lock-bound value set into a ThreadLocal<Object>", """
  static final ThreadLocal<Object> LOCAL = new ThreadLocal<>();
  void keep(Foo foo) {
    // :: error: [gil.escape.store]
    LOCAL.set(foo);
  }
""")
add("escape", "StoreIntoMapOfObject", "a lock-bound value put into a Map<String, Object>", """
  void keep(Map<String, Object> byName, Foo foo) {
    // :: error: [gil.escape.store]
    byName.put("foo", foo);
  }
""")
add("escape", "StoreInStaticFieldInitializer", "a static Object field initialised with a lock-bound value", """
  // :: error: [gil.escape.store]
  static Object cache = Foo.make();
""")
add("escape", "StoreCapturingLambdaInField", "a lambda that captured a lock-bound value stored in a Runnable field", """
  Runnable later;
  void keep(Foo foo) {
    // :: error: [gil.escape.store]
    later = () -> foo.get();
  }
""")
add("escape", "StoreUpcastLocalInField", "an upcast local keeps its boundness when stored", """
  Object kept;
  void keep(Foo foo) {
    Object o = foo;
    // :: error: [gil.escape.store]
    this.kept = o;
  }
""")
add("escape", "StoreIntoQueueOfObject", "a lock-bound value offered to a BlockingQueue<Object> (another thread)", """
  void keep(BlockingQueue<Object> queue, Foo foo) {
    // :: error: [gil.escape.store]
    queue.offer(foo);
  }
""")
add("escape", "StoreListOfBoundIntoObjectField", "a List<Foo> stored in an Object field", """
  static Object cache;
  void keep(List<Foo> foos) {
    // :: error: [gil.escape.store]
    cache = foos;
  }
""")

# ---------------------------------------------------------------- classes (cases 12, 14)
add("classes", "UnannotatedClassBoundField", "issue 3 case 14: an unannotated class with a lock-bound instance field", """
  static class Holder {
    // :: error: [gil.class.field]
    Foo foo;
  }
""")
add("classes", "UngilClassBoundField", "an @Ungil class with a lock-bound instance field", """
  @Ungil static class Holder {
    // :: error: [gil.class.field]
    Foo foo;
  }
""")
add("classes", "UnannotatedClassListOfBoundField", "an unannotated class with a List<Foo> field", """
  static class Holder {
    // :: error: [gil.class.field]
    final List<Foo> foos = new ArrayList<>();
  }
""")
add("classes", "RecordWithBoundComponent", "a record with a lock-bound component", """
  // :: error: [gil.class.field]
  record Pair(Foo foo, int n) {}
""")
add("classes", "InnerClassOfBoundUsedLockFree", "issue 3 case 12: an inner class of a @GilBound class created lock-free (outer this)", """
  @GilBound static class Outer {
    class Inner { int go() { return 1; } }
    int run(GilToken gil) {
      // :: error: [gil.nogil.use]
      return gil.allowThreads(() -> new Inner().go());
    }
  }
""")
add("classes", "InnerClassInstanceCaptured", "an instance of an inner class of a @GilBound class captured lock-free", """
  @GilBound static class Outer {
    class Inner { int go() { return 1; } }
    int run(GilToken gil) {
      Inner inner = new Inner();
      // :: error: [gil.nogil.use]
      return gil.allowThreads(() -> inner.go());
    }
  }
""")
add("classes", "AnonymousInBoundClassTouchesOuterField", "an anonymous Runnable in a @GilBound class touches an outer field", """
  @GilBound static class World {
    int ticks;
    void spawn() {
      new Thread(new Runnable() {
        @Override public void run() {
          // :: error: [gil.nogil.use]
          ticks++;
        }
      }).start();
    }
  }
""")
add("classes", "InnerClassCallsOuterMethodLockFree", "an inner class method in a lock-free lambda calls an outer method", """
  @GilBound static class World {
    int read() { return 1; }
    void spawn(ExecutorService pool) {
      // :: error: [gil.nogil.call]
      pool.execute(() -> read());
    }
  }
""")

# ---------------------------------------------------------------- overrides (case 13)
add("overrides", "NoGilOverriddenByPlain", "issue 3 case 13: a @NoGil method overridden by one that is not", """
  static class Base { @NoGil int hash() { return 1; } }
  static class Derived extends Base {
    @Override
    // :: error: [gil.override.nogil]
    int hash() { return 2; }
  }
""")
add("overrides", "NoGilInterfaceMethodImplementedPlain", "a @NoGil interface method implemented without @NoGil", """
  interface Hasher { @NoGil int hash(); }
  static class Impl implements Hasher {
    @Override
    // :: error: [gil.override.nogil]
    public int hash() { return 2; }
  }
""")
add("overrides", "WithGilOverriddenByPlain", "a @WithGil method overridden by one that is not", """
  static class Base { @WithGil void tick() {} }
  static class Derived extends Base {
    @Override
    // :: error: [gil.override.withgil]
    void tick() {}
  }
""")
add("overrides", "NoGilOverriddenTwoLevelsDown", "the contract holds through an intermediate class", """
  static class Base { @NoGil int hash() { return 1; } }
  static class Middle extends Base { @Override @NoGil int hash() { return 2; } }
  static class Leaf extends Middle {
    @Override
    // :: error: [gil.override.nogil]
    int hash() { return 3; }
  }
""")

# ---------------------------------------------------------------- calls (case 15)
add("calls", "CallWithGilMethodDirectly", "issue 3 case 15: a @WithGil method called lock-free, not via the wrapper", """
  static class Service { @WithGil int update() { return 1; } }
  int run(GilToken gil, Service service) {
    // :: error: [gil.nogil.call.withgil]
    return gil.allowThreads(() -> service.update());
  }
""")
add("calls", "CallWithGilStaticDirectly", "a static @WithGil method called lock-free", """
  @WithGil static int update() { return 1; }
  @NoGil static int run() {
    // :: error: [gil.nogil.call.withgil]
    return update();
  }
""")
add("calls", "CallTokenTakingMethod", "issue 3 case 15: a method taking a GilToken called lock-free", """
  static int helper(GilToken gil, int x) { return x; }
  @NoGil static int run() {
    // :: error: [gil.nogil.call.token]
    return helper(null, 1);
  }
""")
add("calls", "CallWithGilMethodReference", "a method reference to a @WithGil method passed to allowThreads", """
  static class Service { @WithGil int update() { return 1; } }
  int run(GilToken gil, Service service) {
    // :: error: [gil.nogil.call.withgil]
    return gil.allowThreads(service::update);
  }
""")
add("calls", "CallBoundStaticMethod", "a static method of a @GilBound class called lock-free", """
  int run(GilToken gil) {
    // :: error: [gil.nogil.call]
    return gil.allowThreads(() -> Foo.make().hashCode());
  }
""")
add("calls", "CallOnBoundReturnValue", "a method of a lock-bound value returned by a plain call", """
  static Foo lookup() { return null; }
  @NoGil static int run() {
    // :: error: [gil.nogil.call]
    return lookup().get();
  }
""")
add("calls", "CallTokenMethodFromThread", "a GilToken-taking method called from a thread body", """
  static void helper(GilToken gil) {}
  void spawn() {
    // :: error: [gil.nogil.call.token]
    new Thread(() -> helper(null)).start();
  }
""")

# ---------------------------------------------------------------- misuse (case 16)
add("misuse", "NoGilAndWithGilTogether", "issue 3 case 16: @NoGil and @WithGil on one method", """
  // :: error: [gil.annotation.conflict]
  @NoGil @WithGil void confused() {}
""")
add("misuse", "AcquireOutsideTry", "issue 3 case 16: Gil.acquire() not in a try-with-resources header", """
  void lock() {
    // :: error: [gil.acquire.outside.try]
    GilToken gil = Gil.acquire();
    gil.close();
  }
""")
add("misuse", "ReleaseOutsideTry", "gil.release() not in a try-with-resources header", """
  void unlock(GilToken gil) {
    // :: error: [gil.acquire.outside.try]
    GilRelease released = gil.release();
    released.close();
  }
""")
add("misuse", "ReleaseIfHeldOutsideTry", "Gil.releaseIfHeld() not in a try-with-resources header", """
  void unlock() {
    // :: error: [gil.acquire.outside.try]
    Gil.releaseIfHeld().close();
  }
""")
add("misuse", "AcquireThenTryOnVariable", "acquiring first and naming the variable in try (..) later", """
  void lock() {
    // :: error: [gil.acquire.outside.try]
    GilToken gil = Gil.acquire();
    try (gil) {
      gil.checkpoint();
    }
  }
""")
add("misuse", "NoGilOnNonFunctionalParameter", "@NoGil on a parameter that is not a functional interface", """
  // :: error: [gil.nogil.notfunctional]
  void run(@NoGil String name) {}
""")
add("misuse", "NoGilAndWithGilOnInterfaceMethod", "@NoGil and @WithGil together on an interface method", """
  interface Service {
    // :: error: [gil.annotation.conflict]
    @NoGil @WithGil void confused();
  }
""")

# ---------------------------------------------------------------- suppression
add("suppress", "SuppressWrongKeyStillReports", "a key for another rule does not silence this one", """
  @SuppressWarnings("gil:gil.escape.store")
  int count(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> foo.get());
  }
""")
add("suppress", "SuppressOnOneMethodOnly", "suppression on one method leaves the next one checked", """
  @SuppressWarnings("gil")
  int quiet(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.get()); // suppressed: whole checker
  }
  int loud(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> foo.get());
  }
""")
add("suppress", "SuppressWholeChecker", '@SuppressWarnings("gil") silences every gil4j finding', """
  @SuppressWarnings("gil")
  int count(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.get()); // suppressed: whole checker
  }
""")
add("suppress", "SuppressOneKey", '@SuppressWarnings("gil:<key>") silences that key', """
  @SuppressWarnings("gil:gil.nogil.use")
  int count(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.get()); // suppressed: gil.nogil.use
  }
""")
add("suppress", "SuppressOnLocalVariable", "suppression on a local variable declaration", """
  static Object cache;
  void keep(Foo foo) {
    @SuppressWarnings("gil:gil.escape.store")
    Object unused = cache = foo; // suppressed on the declaration
  }
""")
