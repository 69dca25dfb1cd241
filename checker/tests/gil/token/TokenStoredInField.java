// a token stored in a field
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenStoredInField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  // :: error: [gil.class.field]
  GilToken saved;
  void keep(GilToken gil) {
    // :: error: [gil.escape.token]
    saved = gil;
  }
}
