// an unannotated class with @Ungil fields
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsUnannotatedClassWithPlainFields {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Settings {
    Object anything = "text";
    List<String> names = new ArrayList<>();
    int[] sizes = new int[2];
  }
}
