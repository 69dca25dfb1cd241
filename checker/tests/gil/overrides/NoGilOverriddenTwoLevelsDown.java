// the contract holds through an intermediate class
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilOverriddenTwoLevelsDown {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Base { @NoGil int hash() { return 1; } }
  static class Middle extends Base { @Override @NoGil int hash() { return 2; } }
  static class Leaf extends Middle {
    @Override
    // :: error: [gil.override.nogil]
    int hash() { return 3; }
  }
}
