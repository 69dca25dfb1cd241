package rounds;

import com.google.auto.value.AutoValue;

/** An AutoValue class: AutoValue_Money exists only from the second round on. */
@AutoValue
public abstract class Money {
  public abstract long cents();

  public static Money of(long cents) {
    return new AutoValue_Money(cents);
  }
}
