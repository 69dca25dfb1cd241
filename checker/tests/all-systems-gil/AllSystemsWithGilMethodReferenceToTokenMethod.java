// a method reference to a token-taking method passed to withGil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsWithGilMethodReferenceToTokenMethod {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static int read(GilToken gil) { return 1; }
  int run() {
    return Gil.withGil(AllSystemsWithGilMethodReferenceToTokenMethod::read); // ok: held
  }
}
