// a token stored in a static field
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenStoredInStaticField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Object saved;
  void keep(GilToken gil) {
    // :: error: [gil.escape.token]
    saved = gil;
  }
}
