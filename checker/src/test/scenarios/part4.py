from part1 import add

A = "../all-systems-gil"
add(A, "PrimitivesCaptured", "primitives are @Ungil", """
  int sum(GilToken gil, Foo foo) {
    int n = foo.get(); // held: the method takes a token
    long big = 3L;
    return gil.allowThreads(() -> (int) (n + big)); // ok: primitive copies
  }
""")
add(A, "StringsCaptured", "strings are @Ungil", """
  int len(GilToken gil, Foo foo) {
    String text = "v=" + foo.get();
    return gil.allowThreads(() -> text.length()); // ok: a String copy
  }
""")
add(A, "UngilRecordCaptured", "strategy 1: an @Ungil record copy captured", """
  @Ungil record Snapshot(int a, String b) {}
  int len(GilToken gil, Foo foo) {
    Snapshot snap = new Snapshot(foo.get(), "x");
    return gil.allowThreads(() -> snap.a() + snap.b().length()); // ok: record of @Ungil parts
  }
""")
add(A, "CopiedListCaptured", "a List<Integer> copy of lock-bound data", """
  int total(GilToken gil, List<Foo> foos) {
    List<Integer> values = new ArrayList<>();
    for (Foo f : foos) {
      values.add(f.get());
    }
    return gil.allowThreads(() -> values.stream().mapToInt(Integer::intValue).sum()); // ok
  }
""")
add(A, "UnbindThenBindInWithGil", "strategy 2: unbind before allowThreads, bind inside a nested withGil", """
  int count(GilToken gil, Foo numbers) {
    Unbound<Foo> ref = gil.unbind(numbers);
    return gil.allowThreads(() -> Gil.withGil(g -> ref.bind(g).get())); // ok: re-acquired
  }
""")
add(A, "BoundNamedOnlyInNestedWithGil", "a lock-bound value captured but named only inside a nested withGil", """
  int count(GilToken gil, Foo numbers) {
    return gil.allowThreads(() -> {
      int local = 21;
      return local + Gil.withGil(g -> numbers.get()); // ok: named only in the held section
    });
  }
""")
add(A, "FinalIntFieldRead", "reading a final int field of a lock-bound object lock-free", """
  int size(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.size); // ok: final @Ungil field
  }
""")
add(A, "NestedSections", "withGil inside allowThreads inside withGil", """
  int nested(Foo foo) {
    return Gil.withGil(gil -> gil.allowThreads(() -> Gil.withGil(g2 -> foo.get()))); // ok
  }
""")
add(A, "ForEachInHeldSection", "forEach lambdas inline in a held section", """
  void each(List<Foo> foos) {
    Gil.runWithGil(gil -> foos.forEach(f -> f.v++)); // ok: forEach runs inline, held
  }
""")
add(A, "MapInHeldSection", "sequential map lambdas in a held section", """
  List<Integer> values(GilToken gil, List<Foo> foos) {
    return foos.stream().map(f -> f.get()).collect(Collectors.toList()); // ok: held, inline
  }
""")
add(A, "NoGilMethodCalledFromAnywhere", "calls to @NoGil methods from lock-free and held code", """
  @NoGil static int pureSum(int a, int b) { return a + b; }
  int run(GilToken gil, Foo foo) {
    int held = pureSum(1, foo.get());
    return gil.allowThreads(() -> pureSum(held, 2)); // ok: @NoGil callee
  }
""")
add(A, "NoGilMethodOnBoundReceiver", "a @NoGil method of a lock-bound object called lock-free", """
  int run(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.pure()); // ok: @NoGil method touches nothing lock-bound
  }
""")
add(A, "GeneratedWrapperCalledLockFree", "calls through a @GilGenerated wrapper from lock-free code", """
  @GilBound static class Service {
    @WithGil int update() { return 1; }
  }
  @GilGenerated(wrapping = Service.class)
  static class Service_Gil extends Service {
    @Override int update() {
      try (GilToken gil = Gil.acquire()) {
        return super.update();
      }
    }
  }
  int run(GilToken gil) {
    Service_Gil service = new Service_Gil();
    return gil.allowThreads(() -> service.update()); // ok: the wrapper takes the lock
  }
""")
add(A, "PlainConcurrentCode", "code that never mentions gil4j gets no diagnostic", """
  static Object cache;
  final List<Object> shared = new ArrayList<>();
  void plain(ExecutorService pool, List<String> names) throws Exception {
    StringBuilder sb = new StringBuilder();
    pool.submit(() -> sb.append("x")).get();
    names.parallelStream().map(String::length).forEach(shared::add);
    new Thread(() -> shared.add(sb)).start();
    cache = sb;
    Object[] slots = new Object[1];
    slots[0] = names;
  }
""")
add(A, "ReentrantWithGilInHeld", "re-entrant withGil inside a held section", """
  int again(GilToken gil, Foo foo) {
    return Gil.withGil(g -> foo.get() + Gil.withGil(g2 -> foo.get())); // ok: re-entrant
  }
""")
add(A, "CatchesInLockFree", "lock-free code that catches exceptions", """
  int parse(GilToken gil, String text) {
    return gil.allowThreads(() -> {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        return -1; // ok: exceptions are @Ungil
      }
    });
  }
""")
add(A, "UngilMutableCaptured", "ordinary mutable @Ungil objects captured lock-free", """
  void fill(GilToken gil) {
    List<Integer> out = new ArrayList<>();
    gil.allowThreads(() -> { out.add(1); }); // ok: data races on @Ungil objects are not gil4j's business
  }
""")
add(A, "BoundStoredInBoundField", "a @GilBound class may hold lock-bound fields", """
  @GilBound static class Graph {
    Foo root;
    final List<Foo> nodes = new ArrayList<>();
    void add(Foo foo) {
      root = foo;
      nodes.add(foo);
    }
  }
""")
add(A, "BoundPassedToPrintlnInHeld", "passing a lock-bound value to a method that only looks at it", """
  void show(GilToken gil, Foo foo) {
    System.out.println(foo);
    Objects.requireNonNull(foo);
    boolean same = foo.equals(foo);
  }
""")
add(A, "SequentialAfterParallel", "sequential() after parallel() makes the lambdas inline again", """
  int sum(GilToken gil, List<Integer> xs, Foo foo) {
    return xs.stream().parallel().sequential().mapToInt(x -> x + foo.get()).sum(); // ok: sequential
  }
""")
add(A, "AcquireAndReleaseInTryHeaders", "Gil.acquire() and release() in try-with-resources headers", """
  int work(Foo foo) {
    try (GilToken gil = Gil.acquire()) {
      int n = foo.get();
      try (GilRelease released = gil.release()) {
        n = n * 2; // ok: only a primitive here
      }
      return n + foo.get();
    }
  }
""")
add(A, "OverrideAddsNoGil", "adding @NoGil in an override is fine", """
  static class Base { int hash() { return 1; } }
  static class Derived extends Base { @Override @NoGil int hash() { return 2; } }
""")
add(A, "StaticFieldOfBoundType", "storing into a static field whose type is lock-bound", """
  static Foo current;
  void remember(Foo foo) {
    current = foo; // ok: the field's type is lock-bound
  }
""")
add(A, "UnboundCapturedLockFree", "Unbound<T> is @Ungil whatever T is", """
  Object keep(GilToken gil, Foo foo) {
    Unbound<Foo> ref = gil.unbind(foo);
    return gil.allowThreads(() -> ref); // ok: an Unbound crosses lock-free code
  }
""")
add(A, "ListOfBoundIntoListOfBound", "adding to a List<Foo> keeps boundness", """
  void collect(List<Foo> out, Foo foo) {
    out.add(foo); // ok: the holder is lock-bound
  }
""")
add(A, "AnonymousClassInHeldInherits", "an anonymous Comparator used inline in a held section", """
  void sort(GilToken gil, List<Foo> foos) {
    foos.sort(new Comparator<Foo>() {
      @Override public int compare(Foo a, Foo b) {
        return Integer.compare(a.get(), b.get()); // ok: sort runs inline, held
      }
    });
  }
""")
add(A, "TokenPassedAsParameterInHeld", "passing the token to a helper in a held section", """
  static int helper(GilToken gil, Foo foo) { return foo.get(); }
  int run(GilToken gil, Foo foo) {
    return helper(gil, foo); // ok: held
  }
""")
add(A, "CapturingLambdaRunInHeld", "a capturing lambda stored and run in a held section", """
  void run(GilToken gil, Foo foo) {
    Runnable r = () -> foo.get();
    r.run(); // ok: runs here, holding the lock
  }
""")
add(A, "GeneratedWrapperTypeCaptured", "a value of a @GilGenerated type may be captured lock-free", """
  interface Api { @WithGil int call(); }
  @GilGenerated(wrapping = Api.class)
  static final class Api_Gil implements Api {
    private final Api delegate;
    Api_Gil(Api delegate) { this.delegate = delegate; }
    @Override public int call() {
      try (GilToken gil = Gil.acquire()) {
        return delegate.call();
      }
    }
  }
  void spawn(Api api) {
    Api_Gil wrapped = new Api_Gil(api);
    new Thread(() -> wrapped.call()).start(); // ok: the wrapper takes the lock
  }
""")
add(A, "NoGilStaticUtility", "a @NoGil static method doing arithmetic on its parameters", """
  @NoGil static long checksum(int[] data) {
    long acc = 0;
    for (int d : data) {
      acc = acc * 31 + d;
    }
    return acc;
  }
""")
add(A, "WithGilMethodBodyUsesBound", "a @WithGil method body is held", """
  static Foo shared = Foo.make();
  @WithGil static int read() {
    return shared.get(); // ok: held
  }
""")
add(A, "BoundClassMethodsAreHeld", "instance methods of a @GilBound class are held sections", """
  @GilBound static class World {
    final List<Foo> foos = new ArrayList<>();
    int total() {
      foos.forEach(f -> f.v++);
      return foos.size();
    }
  }
""")
add(A, "NoGilRunnableVariableWithoutCaptures", "a stored lambda that captures only @Ungil values", """
  void run(GilToken gil, ExecutorService pool) {
    int n = 3;
    Callable<Integer> task = () -> n * 2;
    pool.submit(task); // ok: captures a primitive
    gil.allowThreads(() -> n + 1);
  }
""")
add(A, "UnannotatedClassWithPlainFields", "an unannotated class with @Ungil fields", """
  static class Settings {
    Object anything = "text";
    List<String> names = new ArrayList<>();
    int[] sizes = new int[2];
  }
""")
add(A, "WithGilReturnsPrimitiveAndCopy", "withGil returning @Ungil values", """
  @Ungil record Copy(int v) {}
  Copy read(Foo foo) {
    int n = Gil.withGil(g -> foo.get());
    String s = Gil.withGil(g -> "v" + foo.get());
    return Gil.withGil(g -> new Copy(foo.get() + n + s.length())); // ok: @Ungil results
  }
""")
add(A, "WithGilReturnsUnbound", "withGil returning gil.unbind(value)", """
  Unbound<Foo> detach(Foo foo) {
    return Gil.withGil(g -> g.unbind(foo)); // ok: Unbound is @Ungil
  }
""")
add(A, "NoGilCallsOtherNoGilOfOwnClass", "a @NoGil method calling another @NoGil method of its class", """
  @GilBound static class Counter {
    final int limit = 3;
    @NoGil int twice() { return once() * 2; }
    @NoGil int once() { return limit; } // ok: final @Ungil field
  }
""")
