package demo;

import lombok.Value;

/** Lombok writes the constructor and getters: Lombok must still run beside gil4j. */
@Value
public class Point {
  int x;
  int y;
}
