// an unannotated generic class instantiated with a lock-bound type
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsGenericBoxOfBoundInHeld {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Box<T> {
    T value;
    Box(T value) { this.value = value; }
  }
  int read(GilToken gil, Foo foo) {
    Box<Foo> box = new Box<>(foo);
    return box.value.get(); // ok: held
  }
}
