// docs/adoption.md, step 2: the whole package is strict
@GilStrict
package demo;

import org.gil4j.annotations.GilStrict;
