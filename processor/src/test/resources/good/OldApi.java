package example;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/**
 * A deprecated class with a deprecated constructor: the wrapper must not add deprecation warnings.
 *
 * @deprecated use {@link Counter}
 */
@Deprecated
public class OldApi {
  /** The usual constructor. */
  public OldApi() {}

  /**
   * An old constructor.
   *
   * @deprecated use {@link #OldApi()}
   */
  @Deprecated
  public OldApi(int ignored) {}

  /** Holds the lock. */
  @WithGil
  public void touch() {}

  /** Variable arity constructor-free static helper. */
  @NoGil
  public static int count(int... values) {
    return values.length;
  }
}
