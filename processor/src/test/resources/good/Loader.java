package example;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Checked exceptions, declared and generic. */
public class Loader {
  /** Loads a resource. */
  @WithGil
  public byte[] load(String path) throws IOException, TimeoutException {
    if (path.isEmpty()) {
      throw new IOException("empty path");
    }
    return path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Throws whatever it is given. */
  @NoGil
  public <X extends Exception> void rethrow(X failure) throws X {
    throw failure;
  }
}
