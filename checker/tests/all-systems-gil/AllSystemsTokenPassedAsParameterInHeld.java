// passing the token to a helper in a held section
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsTokenPassedAsParameterInHeld {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static int helper(GilToken gil, Foo foo) { return foo.get(); }
  int run(GilToken gil, Foo foo) {
    return helper(gil, foo); // ok: held
  }
}
