// a token stored in an AtomicReference
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenStoredInAtomicReference {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void keep(GilToken gil, java.util.concurrent.atomic.AtomicReference<GilToken> box) {
    // :: error: [gil.escape.token]
    box.set(gil);
  }
}
