package shadow;

/** A top-level class named like a member type Target inherits. */
public class Item {}
