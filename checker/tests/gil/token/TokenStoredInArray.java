// a token stored in an array element
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenStoredInArray {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(GilToken gil, Object[] slots) {
    // :: error: [gil.escape.token]
    slots[0] = gil;
  }
}
