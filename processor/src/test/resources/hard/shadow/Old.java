package shadow;

/** A deprecated class in a signature. */
@java.lang.Deprecated
public class Old {}
