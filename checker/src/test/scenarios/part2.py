from part1 import add

# ---------------------------------------------------------------- threads (stub files)
add("threads", "ThreadAnonymousRunnable", "issue 3 case 4: an anonymous Runnable in new Thread(..) touches a lock-bound local", """
  void spawn(Foo world) {
    new Thread(new Runnable() {
      @Override public void run() {
        // :: error: [gil.nogil.use]
        world.get();
      }
    }).start();
  }
""")
add("threads", "ThreadLambda", "a lambda passed to new Thread(..)", """
  void spawn(Foo world) {
    // :: error: [gil.nogil.use]
    new Thread(() -> world.get()).start();
  }
""")
add("threads", "ThreadLambdaWithName", "new Thread(Runnable, String)", """
  void spawn(Foo world) {
    // :: error: [gil.nogil.use]
    new Thread(() -> world.get(), "worker").start();
  }
""")
add("threads", "ThreadLambdaWithGroup", "new Thread(ThreadGroup, Runnable)", """
  void spawn(Foo world, ThreadGroup group) {
    // :: error: [gil.nogil.use]
    new Thread(group, () -> world.get()).start();
  }
""")
add("threads", "ExecutorSubmitCallable", "issue 3 case 5: executor.submit(() -> world.tick())", """
  Future<Integer> tick(ExecutorService executor, Foo world) {
    // :: error: [gil.nogil.use]
    return executor.submit(() -> world.get());
  }
""")
add("threads", "ExecutorSubmitRunnable", "ExecutorService.submit(Runnable)", """
  Future<?> tick(ExecutorService executor, Foo world) {
    // :: error: [gil.nogil.use]
    return executor.submit(() -> { world.v++; });
  }
""")
add("threads", "ExecutorSubmitRunnableWithResult", "ExecutorService.submit(Runnable, T)", """
  Future<String> tick(ExecutorService executor, Foo world) {
    // :: error: [gil.nogil.use]
    return executor.submit(() -> { world.v++; }, "done");
  }
""")
add("threads", "ExecutorExecute", "Executor.execute", """
  void tick(Executor executor, Foo world) {
    // :: error: [gil.nogil.use]
    executor.execute(() -> world.get());
  }
""")
add("threads", "ExecutorInvokeAll", "ExecutorService.invokeAll over lambdas", """
  void tick(ExecutorService executor, Foo world) throws InterruptedException {
    // :: error: [gil.nogil.use]
    executor.invokeAll(List.<Callable<Integer>>of(() -> world.get()));
  }
""")
add("threads", "ThreadPoolExecutorExecute", "ThreadPoolExecutor.execute overrides Executor.execute", """
  void tick(ThreadPoolExecutor pool, Foo world) {
    // :: error: [gil.nogil.use]
    pool.execute(() -> world.get());
  }
""")
add("threads", "ThreadPoolExecutorSubmit", "ThreadPoolExecutor.submit resolves to AbstractExecutorService.submit", """
  Future<Integer> tick(ThreadPoolExecutor pool, Foo world) {
    // :: error: [gil.nogil.use]
    return pool.submit(() -> world.get());
  }
""")
add("threads", "ScheduledSchedule", "ScheduledExecutorService.schedule", """
  void tick(ScheduledExecutorService pool, Foo world) {
    // :: error: [gil.nogil.use]
    pool.schedule(() -> world.get(), 1, TimeUnit.SECONDS);
  }
""")
add("threads", "ScheduledAtFixedRate", "ScheduledExecutorService.scheduleAtFixedRate", """
  void tick(ScheduledExecutorService pool, Foo world) {
    // :: error: [gil.nogil.use]
    pool.scheduleAtFixedRate(() -> world.get(), 1, 1, TimeUnit.SECONDS);
  }
""")
add("threads", "CompletableSupplyAsync", "CompletableFuture.supplyAsync", """
  CompletableFuture<Integer> tick(Foo world) {
    // :: error: [gil.nogil.use]
    return CompletableFuture.supplyAsync(() -> world.get());
  }
""")
add("threads", "CompletableRunAsync", "CompletableFuture.runAsync with an executor", """
  void tick(Foo world, Executor executor) {
    // :: error: [gil.nogil.use]
    CompletableFuture.runAsync(() -> world.get(), executor);
  }
""")
add("threads", "CompletableThenApplyAsync", "an instance *Async method of CompletableFuture", """
  CompletableFuture<Integer> tick(Foo world, CompletableFuture<Integer> start) {
    // :: error: [gil.nogil.use]
    return start.thenApplyAsync(x -> x + world.get());
  }
""")
add("threads", "ForkJoinSubmit", "ForkJoinPool.submit", """
  void tick(ForkJoinPool pool, Foo world) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> world.get());
  }
""")
add("threads", "ForkJoinInvokeAnonymousTask", "ForkJoinPool.invoke with an anonymous RecursiveTask", """
  Integer tick(ForkJoinPool pool, Foo world) {
    return pool.invoke(new RecursiveTask<Integer>() {
      @Override protected Integer compute() {
        // :: error: [gil.nogil.use]
        return world.get();
      }
    });
  }
""")
add("threads", "TimerScheduleAnonymousTask", "Timer.schedule with an anonymous TimerTask", """
  void tick(Timer timer, Foo world) {
    timer.schedule(new TimerTask() {
      @Override public void run() {
        // :: error: [gil.nogil.use]
        world.get();
      }
    }, 10L);
  }
""")
add("threads", "ThreadFactoryNewThread", "ThreadFactory.newThread", """
  Thread make(ThreadFactory factory, Foo world) {
    // :: error: [gil.nogil.use]
    return factory.newThread(() -> world.get());
  }
""")
add("threads", "ExecutorStoredCapturingLambda", "a variable holding a lambda that captured a lock-bound value", """
  Future<Integer> tick(ExecutorService executor, Foo world) {
    Callable<Integer> task = () -> world.get();
    // :: error: [gil.nogil.argument]
    return executor.submit(task);
  }
""")
add("threads", "ExecutorMethodRefOnBound", "a method reference on a lock-bound receiver passed to submit", """
  Future<Integer> tick(ExecutorService executor, Foo world) {
    // :: error: [gil.nogil.use]
    return executor.submit(world::get);
  }
""")
add("threads", "ThreadBoundRunnableObject", "a lock-bound Runnable object handed to a thread", """
  @GilBound static class Job implements Runnable { public void run() {} }
  void spawn(Job job) {
    // :: error: [gil.nogil.argument]
    new Thread(job).start();
  }
""")
add("threads", "ExecutorAnonymousCallable", "an anonymous Callable passed to submit", """
  Future<Integer> tick(ExecutorService executor, Foo world) {
    return executor.submit(new Callable<Integer>() {
      @Override public Integer call() {
        // :: error: [gil.nogil.use]
        return world.get();
      }
    });
  }
""")

# ---------------------------------------------------------------- parallel streams (case 6)
add("streams", "ParallelStreamMapUsesBound", "issue 3 case 6: list.parallelStream().map(x -> bound.lookup(x))", """
  List<Integer> look(List<Integer> list, Foo bound) {
    // :: error: [gil.nogil.use]
    return list.parallelStream().map(x -> x + bound.get()).collect(Collectors.toList());
  }
""")
add("streams", "StreamParallelFilterUsesBound", "stream().parallel().filter(..)", """
  long look(List<Integer> list, Foo bound) {
    // :: error: [gil.nogil.use]
    return list.stream().parallel().filter(x -> x > bound.get()).count();
  }
""")
add("streams", "ParallelForEachUsesBound", "parallelStream().forEach(..)", """
  void look(List<Integer> list, Foo bound) {
    // :: error: [gil.nogil.use]
    list.parallelStream().forEach(x -> bound.get());
  }
""")
add("streams", "ParallelStreamOfBoundElements", "the elements of a parallel stream of lock-bound values", """
  int sum(List<Foo> foos) {
    // :: error: [gil.nogil.use]
    return foos.parallelStream().mapToInt(f -> f.get()).sum();
  }
""")
add("streams", "IntStreamParallelUsesBound", "IntStream.range(..).parallel().map(..)", """
  int sum(Foo bound) {
    // :: error: [gil.nogil.use]
    return IntStream.range(0, 10).parallel().map(i -> i + bound.get()).sum();
  }
""")
add("streams", "ParallelMethodRefOnBound", "a method reference on a lock-bound receiver in a parallel stream", """
  List<Integer> look(List<Foo> list, Foo bound) {
    // :: error: [gil.nogil.use]
    return list.parallelStream().map(x -> 1).filter(bound::equals).collect(Collectors.toList());
  }
""")

# ---------------------------------------------------------------- withGil results (case 7)
add("withgil", "WithGilReturnsBound", "issue 3 case 7: Gil.withGil(gil -> boundThing)", """
  Object leak(Foo boundThing) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> boundThing);
  }
""")
add("withgil", "WithGilReturnsBoundFromBlock", "a return statement in a withGil block lambda", """
  Object leak(Foo boundThing) {
    return Gil.withGil(gil -> {
      // :: error: [gil.withgil.result]
      return boundThing;
    });
  }
""")
add("withgil", "WithGilReturnsListOfBound", "a List<Foo> returned out of withGil", """
  Object leak(List<Foo> items) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> items);
  }
""")
add("withgil", "WithGilReturnsNewBound", "a lock-bound object created inside withGil and returned", """
  Object leak() {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> Foo.make());
  }
""")
add("withgil", "WithGilReturnsToken", "the token itself returned out of withGil", """
  Object leak() {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> gil);
  }
""")
add("withgil", "WithGilReturnsUpcast", "an upcast inside withGil does not launder boundness", """
  Object leak(Foo foo) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> (Object) foo);
  }
""")
add("withgil", "WithGilReturnsBoundFromConditional", "a conditional that may return a lock-bound value", """
  Object leak(Foo foo, boolean flag) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> flag ? foo : "none");
  }
""")
add("withgil", "WithGilInsideAllowThreadsReturnsBound", "withGil inside a lock-free lambda returning a bound value", """
  void work(GilToken gil, Unbound<Foo> ref) {
    gil.allowThreads(() -> {
      // :: error: [gil.withgil.result]
      Object escaped = Gil.withGil(g -> ref.bind(g));
    });
  }
""")
