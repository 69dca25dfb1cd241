// o instanceof Doc d: d is o's value, so a lock-free section that tests and uses it is one error
import org.gil4j.*;
import org.gil4j.annotations.*;

class PatternBindingIsTheSameValue {
  @GilBound
  static class Doc {
    int n;
  }

  void once(GilToken gil, Doc doc) {
    Object alias = doc;
    gil.allowThreads(
        () -> {
          // :: error: [gil.nogil.use]
          if (alias instanceof Doc d) {
            d.n++;
          }
        });
  }

  void fromACall(GilToken gil, java.util.function.Supplier<Object> where) {
    gil.allowThreads(
        () -> {
          if (where.get() instanceof Doc d) { // an Object from a call: the test is no use yet
            // :: error: [gil.nogil.use]
            d.n++;
          }
        });
  }

  void copyIsFine(GilToken gil, Doc doc) {
    Object alias = doc;
    int n = alias instanceof Doc d ? d.n : 0;
    gil.allowThreads(() -> n + 1);
  }
}
