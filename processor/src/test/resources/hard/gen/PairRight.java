package gen;

/** The specific one. */
public interface PairRight {
  String name();
}
