// passing a lock-bound value to a method that only looks at it
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsBoundPassedToPrintlnInHeld {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void show(GilToken gil, Foo foo) {
    System.out.println(foo);
    Objects.requireNonNull(foo);
    boolean same = foo.equals(foo);
  }
}
