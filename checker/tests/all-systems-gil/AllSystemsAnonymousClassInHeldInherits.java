// an anonymous Comparator used inline in a held section
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsAnonymousClassInHeldInherits {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void sort(GilToken gil, List<Foo> foos) {
    foos.sort(new Comparator<Foo>() {
      @Override public int compare(Foo a, Foo b) {
        return Integer.compare(a.get(), b.get()); // ok: sort runs inline, held
      }
    });
  }
}
