package demo;

import java.util.HashMap;
import java.util.Map;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** The processor writes Accounts_Gil for this class. */
public class Accounts {
  private final Map<String, Long> balances = new HashMap<>();

  @WithGil
  public long deposit(String id, long amount) {
    return balances.merge(id, amount, Long::sum);
  }

  @NoGil
  public static long interest(long balance, int basisPoints, int days) {
    return balance * basisPoints * days / (10_000L * 365);
  }
}
