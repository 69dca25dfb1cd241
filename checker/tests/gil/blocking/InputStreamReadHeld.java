// FileInputStream.read (an override of InputStream.read)
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class InputStreamReadHeld {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  @WithGil int work(java.io.FileInputStream in) throws Exception {
    // :: warning: [gil.held.blocking]
    return in.read();
  }
}
