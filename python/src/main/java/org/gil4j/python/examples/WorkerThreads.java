package org.gil4j.python.examples;

import java.util.ArrayList;
import java.util.List;
import org.gil4j.Gil;
import org.gil4j.Unbound;
import org.gil4j.python.PyObject;
import org.gil4j.python.Python;

/**
 * PyO3's "sharing Python objects between threads": ten Python {@code UserID} objects, unbound,
 * handed to Java worker threads (a parallel stream) that each take the GIL back to read one. The
 * holder releases the GIL around the parallel work: without that, the workers would wait for the
 * GIL forever while the holder waits for them.
 */
public final class WorkerThreads {
  private WorkerThreads() {}

  /**
   * Counts the users with an id above 5, reading each one on a worker thread.
   *
   * @return how many ids are above 5 (4)
   */
  public static long countAllowed() {
    return Gil.withGil(
        outer -> {
          try (PyObject ns = Python.newDict(outer)) {
            Python.exec(
                outer, "class UserID:\n    def __init__(self, id):\n        self.id = id\n", ns);
            List<Unbound<PyObject>> instances = new ArrayList<>();
            try (PyObject userId = ns.get("UserID")) {
              for (int x = 0; x < 10; x++) {
                instances.add(outer.unbind(userId.call(x)));
              }
            }
            long allowed =
                outer.allowThreads(
                    () ->
                        instances.parallelStream()
                            .filter(
                                ref ->
                                    Gil.withGil(
                                        inner -> {
                                          try (PyObject id = ref.bind(inner).getAttr("id")) {
                                            return id.toLong() > 5;
                                          }
                                        }))
                            .count());
            for (Unbound<PyObject> ref : instances) {
              ref.bind(outer).close();
            }
            return allowed;
          }
        });
  }
}
