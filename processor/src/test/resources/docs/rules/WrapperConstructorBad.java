package example;

import org.gil4j.annotations.WithGil;

class Registry { private Registry() {} @WithGil void add() {} } // error: [gil.wrapper.constructor]
