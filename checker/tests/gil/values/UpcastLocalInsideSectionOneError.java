// a bound value copied into an Object local inside the section: one error, at the first use
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class UpcastLocalInsideSectionOneError {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  int work(GilToken gil, Doc doc) {
    return gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      Object x = doc;
      return x.hashCode();
    });
  }
}
