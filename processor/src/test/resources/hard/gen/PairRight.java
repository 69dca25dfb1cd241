package gen;

import java.io.IOException;

/** The specific one, which may throw: an implementation of both may not. */
public interface PairRight {
  String name() throws IOException;
}
