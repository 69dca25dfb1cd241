package shadow;

/** A class deprecated for removal in a signature. */
@java.lang.Deprecated(forRemoval = true)
public class Gone {}
