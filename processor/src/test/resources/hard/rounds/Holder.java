package rounds;

import com.google.auto.value.AutoValue;

/** The other way round: AutoValue waits for gil4j's wrapper. */
@AutoValue
public abstract class Holder {
  public abstract Node_Gil node();

  public static Holder of(Node_Gil node) {
    return new AutoValue_Holder(node);
  }
}
