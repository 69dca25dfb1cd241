package example;

import org.gil4j.annotations.WithGil;

class Outer { static class Member { @WithGil void m() {} } } // Outer_Member_Gil
