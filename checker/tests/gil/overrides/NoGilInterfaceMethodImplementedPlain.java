// a @NoGil interface method implemented without @NoGil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilInterfaceMethodImplementedPlain {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  interface Hasher { @NoGil int hash(); }
  static class Impl implements Hasher {
    @Override
    // :: error: [gil.override.nogil]
    public int hash() { return 2; }
  }
}
