// strict: the constants of a lock-bound enum are built by the JVM (not reported); reading one outside a held section is a use
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictEnumConstantRead {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  @GilBound enum Mode { FAST, SLOW; int hits; }
  int hits() {
    // :: error: [gil.strict.use]
    return Mode.FAST.hits;
  }
}
