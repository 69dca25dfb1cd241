// strict: static initializers are not held (class initialization runs on any thread)
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictStaticInitializer {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  // :: error: [gil.strict.call]
  static World shared = World.make();
  static int size;
  static {
    // :: error: [gil.strict.use]
    size = shared.n;
  }
}
