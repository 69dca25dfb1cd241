package example;

import org.gil4j.annotations.WithGil;

@interface Config { @WithGil int value(); } // error: [gil.wrapper.unsupported]
