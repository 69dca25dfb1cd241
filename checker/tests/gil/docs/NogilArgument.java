// docs/rules/gil.nogil.argument.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.nogilargument;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.gil4j.annotations.GilBound;

@GilBound
class World {
  int ticks;

  int tick() {
    return ++ticks;
  }

  int seed() {
    return 42;
  }
}

class Bad {
  void run(ExecutorService executor, World world) {
    Callable<Integer> task = () -> world.tick();
    // :: error: [gil.nogil.argument]
    executor.submit(task);
  }
}

class Good {
  void run(ExecutorService executor, World world) {
    int seed = world.seed();                 // copy first
    Callable<Integer> task = () -> simulate(seed);
    executor.submit(task);
  }

  static int simulate(int seed) {
    return seed * 31;
  }
}
