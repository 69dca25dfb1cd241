// instance methods of a @GilBound class are held sections
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsBoundClassMethodsAreHeld {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class World {
    final List<Foo> foos = new ArrayList<>();
    int total() {
      foos.forEach(f -> f.v++);
      return foos.size();
    }
  }
}
