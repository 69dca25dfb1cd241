// shared fixtures of the adversarial scenarios: no diagnostics expected here
import java.util.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilBound
class Doc {
  int n;
  final int size = 3;
  final String name = "d";
  String title = "t";
  Doc next;
  static int count;
  static Doc last;
  int size() { return n; }
  void touch() { n++; }
  @NoGil int pure() { return 1; }
  static Doc make() { return new Doc(); }
  static @NoGil int answer() { return 42; }
}

class Registry {
  Doc current() { return null; }
  static Doc global() { return null; }
  static Doc fetch(GilToken gil) { return null; }
  static int helper(GilToken gil, int x) { return x; }
  @WithGil static int locked(int x) { return x; }
}

@GilBound
interface Shape {
  int area();
  default int twice() { return area() * 2; }
}

class Square implements Shape {
  int side;
  public int area() { return side * side; }
}

record Point(int x, int y) {}

@GilBound
record Cell(int v) {}

@GilBound
enum Color {
  RED, GREEN;
  int hits;
}

class Box<T> {
  T value;
  T get() { return value; }
  void set(T t) { value = t; }
}

class Keep {
  static Object stash;
  static <T> T keep(T t) { return t; }
  static <T> List<T> listOf(T t) { return new ArrayList<>(List.of(t)); }
}

class Task implements Runnable {
  final int n;
  Task(int n) { this.n = n; }
  public void run() { System.out.println(n); }
}
