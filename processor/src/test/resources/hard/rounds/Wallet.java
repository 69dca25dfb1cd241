package rounds;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Signatures that mention a class AutoValue generates: its wrapper waits a round. */
public class Wallet {
  @WithGil
  public AutoValue_Money exact(long cents) {
    return (AutoValue_Money) Money.of(cents + (org.gil4j.Gil.isHeld() ? 0 : 1000));
  }

  @NoGil
  public Money add(Money a, Money b) {
    return Money.of(a.cents() + b.cents() + (org.gil4j.Gil.isHeld() ? 1000 : 0));
  }
}
