// a token handed to another thread
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenPassedToThread {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void spawn(GilToken gil) {
    // :: error: [gil.nogil.token]
    new Thread(() -> gil.checkpoint()).start();
  }
}
