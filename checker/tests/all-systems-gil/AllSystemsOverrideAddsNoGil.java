// adding @NoGil in an override is fine
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsOverrideAddsNoGil {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Base { int hash() { return 1; } }
  static class Derived extends Base { @Override @NoGil int hash() { return 2; } }
}
