// the token is void inside try (GilRelease ..)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenUsedInReleaseTry {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void work(GilToken gil) {
    try (GilRelease released = gil.release()) {
      // :: error: [gil.nogil.token]
      gil.checkpoint();
    }
  }
}
