// a @NoGil method re-acquires to call a token-taking helper
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilCallsTokenHelperViaWithGil {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static int helper(GilToken gil, int x) { return x; }
  @NoGil static int run() {
    return Gil.withGil(g -> helper(g, 1)); // ok: re-acquired
  }
}
