// a token stored in a collection
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenStoredInList {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(GilToken gil, List<Object> all) {
    // :: error: [gil.escape.token]
    all.add(gil);
  }
}
