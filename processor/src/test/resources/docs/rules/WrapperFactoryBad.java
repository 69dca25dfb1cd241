package example;

import org.gil4j.annotations.WithGil;

interface Chain { Chain wrap(Chain other); @WithGil void run(); } // error: [gil.wrapper.factory]
