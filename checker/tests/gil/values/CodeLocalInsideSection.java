// a lambda written inside a lock-free section is not a second value: what it captured is the use
import org.gil4j.*;
import org.gil4j.annotations.*;

class CodeLocalInsideSection {
  @GilBound
  static class Doc {
    int n;
    void touch() { n++; }
  }

  void once(GilToken gil, Doc doc) {
    gil.allowThreads(
        () -> {
          // :: error: [gil.nogil.use]
          Runnable r = () -> doc.touch();
          r.run();
          r.run();
        });
  }
}
