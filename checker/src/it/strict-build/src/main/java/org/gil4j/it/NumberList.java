package org.gil4j.it;

import java.util.ArrayList;
import java.util.List;
import org.gil4j.annotations.GilBound;

/** A lock-bound list of numbers, as in PyO3's "minimize GIL locking" guide. */
@GilBound
public class NumberList {
  private final List<Integer> numbers = new ArrayList<>();

  /** Adds a number; needs the lock. */
  public void add(int n) {
    numbers.add(n);
  }

  /** The count; needs the lock. */
  public int size() {
    return numbers.size();
  }
}
