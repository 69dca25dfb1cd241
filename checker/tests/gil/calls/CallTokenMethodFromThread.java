// a GilToken-taking method called from a thread body
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CallTokenMethodFromThread {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static void helper(GilToken gil) {}
  void spawn() {
    // :: error: [gil.nogil.call.token]
    new Thread(() -> helper(null)).start();
  }
}
