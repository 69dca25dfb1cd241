package example;

import org.gil4j.annotations.NoGil;

/** Inherits {@code deposit} from {@link Accounts}: its wrapper overrides that one too. */
public class Savings extends Accounts {
  /** The yearly rate in basis points, computed without the lock. */
  @NoGil
  public int rate(int years) {
    return years > 5 ? 250 : 150;
  }
}
