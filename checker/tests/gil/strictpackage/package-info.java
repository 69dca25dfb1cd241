// strict for a whole package, through package-info.java
@GilStrict
package strictpkg;

import org.gil4j.annotations.GilStrict;
