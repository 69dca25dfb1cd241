// strict: a nested class of a strict class is strict too
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictNestedClassInherits {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  static final class Inner {
    int peek(World w) {
      // :: error: [gil.strict.use]
      return w.n;
    }
  }
}
