package demo;

import com.google.auto.value.AutoValue;

/** AutoValue writes AutoValue_Money: AutoValue must still run beside gil4j. */
@AutoValue
public abstract class Money {
  public abstract long cents();

  public static Money of(long cents) {
    return new AutoValue_Money(cents);
  }
}
