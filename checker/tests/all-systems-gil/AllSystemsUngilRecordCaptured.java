// strategy 1: an @Ungil record copy captured
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsUngilRecordCaptured {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @Ungil record Snapshot(int a, String b) {}
  int len(GilToken gil, Foo foo) {
    Snapshot snap = new Snapshot(foo.get(), "x");
    return gil.allowThreads(() -> snap.a() + snap.b().length()); // ok: record of @Ungil parts
  }
}
