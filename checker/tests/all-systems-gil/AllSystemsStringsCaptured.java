// strings are @Ungil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsStringsCaptured {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int len(GilToken gil, Foo foo) {
    String text = "v=" + foo.get();
    return gil.allowThreads(() -> text.length()); // ok: a String copy
  }
}
