// docs/rules/gil.held.blocking.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.heldblocking;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.gil4j.Gil;
import org.gil4j.annotations.GilBound;

@GilBound
class World {
  int n;

  int size() {
    return n;
  }
}

class Bad {
  int count(ExecutorService pool, World world) throws Exception {
    return Gil.withGil(gil -> {
      Future<Integer> f = pool.submit(() -> Gil.withGil(g -> world.size()));
      // :: warning: [gil.held.blocking]
      return f.get();
    });
  }
}

class Good {
  int count(ExecutorService pool, World world) throws Exception {
    return Gil.withGil(gil -> {
      Future<Integer> f = pool.submit(() -> Gil.withGil(g -> world.size()));
      return gil.allowThreads(() -> f.get()); // the lock is free while this thread waits
    });
  }
}
