from part1 import add

A = "../all-systems-gil"
add("streams", "ParallelStreamUnboundMethodRef", "Foo::get applied to lock-bound elements of a parallel stream", """
  List<Integer> values(List<Foo> foos) {
    // :: error: [gil.nogil.call]
    return foos.parallelStream().map(Foo::get).collect(Collectors.toList());
  }
""")
add("streams", "ParallelStreamUngilElementsCallBoundStatic", "a static method of a @GilBound class in a parallel stream", """
  long count(List<Integer> xs) {
    // :: error: [gil.nogil.call]
    return xs.parallelStream().filter(x -> Foo.make() != null).count();
  }
""")
add(A, "NoGilReadsFinalFieldThroughThis", "a @NoGil method reads a final @Ungil field through this.", """
  @GilBound static class Counter {
    final int limit = 3;
    final String name = "c";
    @NoGil int twice() { return this.limit * 2 + this.name.length(); } // ok: immutable fields
  }
""")
add(A, "NoGilStaticOfBoundClassCalledLockFree", "a static @NoGil method of a @GilBound class called lock-free", """
  @GilBound static class Table {
    @NoGil static int hash(int x) { return x * 31; }
  }
  int run(GilToken gil) {
    return gil.allowThreads(() -> Table.hash(7)); // ok: @NoGil
  }
""")
add(A, "NoGilMethodRefOnThis", "this::compute passed to allowThreads where compute is @NoGil", """
  @GilBound static class Model {
    @NoGil int compute() { return 42; }
    int run(GilToken gil) {
      return gil.allowThreads(this::compute); // ok: @NoGil touches nothing lock-bound
    }
  }
""")
add(A, "WithGilMethodReferenceToTokenMethod", "a method reference to a token-taking method passed to withGil", """
  static int read(GilToken gil) { return 1; }
  int run() {
    return Gil.withGil(AllSystemsWithGilMethodReferenceToTokenMethod::read); // ok: held
  }
""")
add(A, "NestedRecordAndEnumOfBoundClass", "records and enums nested in a @GilBound class are static, so @Ungil", """
  @GilBound static class World {
    record Point(int x, int y) {}
    enum Mode { FAST, SLOW }
    static int run(GilToken gil, Point p, Mode m) {
      return gil.allowThreads(() -> p.x() + m.ordinal()); // ok: nested record/enum are @Ungil
    }
  }
""")
add(A, "WithGilBlockReturnsNull", "a withGil block that mutates and returns null", """
  void bump(Foo foo) {
    Object ignored = Gil.withGil(gil -> {
      foo.v++;
      return null; // ok: null is not lock-bound
    });
  }
""")
add(A, "UnboundRebindInCompletableFuture", "strategy 2 across a CompletableFuture task", """
  CompletableFuture<Integer> later(GilToken gil, Foo foo) {
    Unbound<Foo> ref = gil.unbind(foo);
    return CompletableFuture.supplyAsync(() -> Gil.withGil(g -> ref.bind(g).get())); // ok
  }
""")
add("capture", "ReleaseTryWithVarUsesBound", "try (var r = gil.release()) is lock-free too", """
  int count(GilToken gil, Foo foo) {
    try (var released = gil.release()) {
      // :: error: [gil.nogil.use]
      return foo.get();
    }
  }
""")
add(A, "UnusualSyntax", "method references on array and parameterized types, class literals, initializers, enums with bodies, records, labels, text blocks, local records", '''
  static final java.util.function.Supplier<List<String>> S = ArrayList::new;
  final Runnable r = () -> System.out.println("x");
  { int x = 1; }
  static { int y = 2; }
  enum Mode { A { int f() { return 1; } }, B; int f() { return 0; } }
  @interface Marker { int value() default 1; }
  record Point(int x, int y) { Point { if (x < 0) throw new IllegalArgumentException(); } }
  sealed interface Shape permits Sq {}
  record Sq(int side) implements Shape {}

  int run(GilToken gil, ExecutorService pool, List<Integer> xs) throws Exception {
    java.util.function.IntFunction<int[]> mk = int[]::new;
    Class<?> k = Foo.class;
    java.util.function.Function<Integer, List<String>> mk2 = ArrayList<String>::new;
    Object arr0 = new Object[] {Foo.class, int.class};
    java.util.function.Function<Object, String> f = String::valueOf;
    java.util.function.Supplier<String> sup = super::toString;
    java.util.function.BiFunction<Object, Object, Boolean> eq = Objects::equals;
    try (var released = gil.release()) {
      int n = xs.size();
    }
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (j == 1) continue outer;
      }
    }
    Object o = new Sq(2);
    String s = o instanceof Sq q ? "sq" + q.side() : """
        text""";
    record Local(int a) {}
    var l = new Local(3);
    int[] arr = Stream.of(1, 2).mapToInt(Integer::intValue).toArray();
    Callable<int[]> c = () -> mk.apply(3);
    pool.submit(c);
    return gil.allowThreads(() -> {
      java.util.function.Supplier<int[]> g = () -> new int[2];
      return g.get().length + l.a() + arr.length + Mode.A.f(); // ok: all @Ungil
    });
  }
''')
add("streams", "ParallelStreamStoredFunction", "a stored capturing function passed to a parallel stream operation", """
  List<Integer> look(List<Integer> xs, Foo bound) {
    java.util.function.Function<Integer, Integer> fn = x -> x + bound.get();
    // :: error: [gil.nogil.argument]
    return xs.parallelStream().map(fn).collect(Collectors.toList());
  }
""")
add("withgil", "WithGilMethodReferenceReturnsBound", "a method reference passed to withGil that returns a lock-bound value", """
  static Foo lookup(GilToken gil) { return Foo.make(); }
  Object leak() {
    // :: error: [gil.withgil.result]
    return Gil.withGil(WithGilMethodReferenceReturnsBound::lookup);
  }
""")
add(A, "ParallelStreamStoredUngilFunction", "a stored function capturing only @Ungil values in a parallel stream", """
  List<Integer> look(List<Integer> xs, int offset) {
    java.util.function.Function<Integer, Integer> fn = x -> x + offset;
    return xs.parallelStream().map(fn).collect(Collectors.toList()); // ok
  }
""")
add("threads", "ExecutorInvokeAllPrebuiltTasks", "a task list built first, then handed to invokeAll", """
  void tick(ExecutorService executor, Foo world) throws InterruptedException {
    List<Callable<Integer>> tasks = List.of(() -> world.get(), () -> 2);
    // :: error: [gil.nogil.argument]
    executor.invokeAll(tasks);
  }
""")
add(A, "ExecutorInvokeAllUngilTasks", "a prebuilt task list capturing only @Ungil values", """
  void tick(ExecutorService executor, int n) throws InterruptedException {
    List<Callable<Integer>> tasks = List.of(() -> n, () -> n * 2);
    executor.invokeAll(tasks); // ok
  }
""")
add(A, "InterfaceWrapperHeldInLocal", "Api api = Api_Gil.wrap(d): calls through the local reach the wrapper", """
  interface Api { @WithGil int call(); }
  @GilGenerated(wrapping = Api.class)
  static final class Api_Gil implements Api {
    private final Api delegate;
    private Api_Gil(Api delegate) { this.delegate = delegate; }
    static Api wrap(Api delegate) { return new Api_Gil(delegate); }
    @Override public int call() {
      try (GilToken gil = Gil.acquire()) {
        return delegate.call();
      }
    }
  }
  private final Api shared;
  AllSystemsInterfaceWrapperHeldInLocal(Api raw) { this.shared = Api_Gil.wrap(raw); }
  void spawn(Api raw) {
    Api api = Api_Gil.wrap(raw);
    new Thread(() -> api.call()).start(); // ok: only ever a wrapper
    new Thread(() -> shared.call()).start(); // ok: a final field only ever a wrapper
  }
""")
add("calls", "CallThroughLocalNotAlwaysWrapper", "a local that may hold the raw object is not a wrapper", """
  interface Api { @WithGil int call(); }
  @GilGenerated(wrapping = Api.class)
  static final class Api_Gil implements Api {
    private final Api delegate;
    Api_Gil(Api delegate) { this.delegate = delegate; }
    @Override public int call() { return delegate.call(); }
  }
  void spawn(Api raw, boolean wrap) {
    Api api = wrap ? new Api_Gil(raw) : raw;
    // :: error: [gil.nogil.call.withgil]
    new Thread(() -> api.call()).start();
  }
""")
add(A, "TaskArgumentsOfEveryShape", "casts, conditionals and calls as task-list arguments", """
  @SuppressWarnings("unchecked")
  void run(ExecutorService pool, ForkJoinPool fj, List<Callable<Integer>> a, boolean flag)
      throws Exception {
    pool.invokeAll(flag ? a : List.of());
    pool.invokeAll((Collection<Callable<Integer>>) (Object) a);
    pool.invokeAll(new ArrayList<>(a));
    fj.invoke(flag ? ForkJoinTask.adapt(() -> 1) : ForkJoinTask.adapt(() -> 2)); // ok
  }
""")
