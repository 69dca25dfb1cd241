// strict: a Thread.run override is not held
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictThreadRunOverride {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  static World world;
  static final class Ticker extends Thread {
    @Override public void run() {
      // :: error: [gil.strict.use]
      world.add(1);
    }
  }
}
