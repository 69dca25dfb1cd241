// a local class inside a held method
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsLocalClassInHeldMethod {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int run(GilToken gil, Foo foo) {
    class Reader {
      int read() { return foo.get(); }
    }
    return new Reader().read(); // ok: runs inline, held
  }
}
