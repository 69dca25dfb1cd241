/**
 * The reference programs of gil4j, compiled with the processor and the checker on. The package
 * is strict: no lock-bound value is touched anywhere but in a held section.
 */
@GilStrict
package org.gil4j.samples;

import org.gil4j.annotations.GilStrict;
