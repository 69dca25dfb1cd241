package example;

import org.gil4j.annotations.WithGil;

class Registry { Registry() {} @WithGil void add() {} }
