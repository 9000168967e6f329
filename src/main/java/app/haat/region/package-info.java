/** Districts, municipalities and zones: the reference data every scope is built on. */
@NullMarked
package app.haat.region;

import org.jspecify.annotations.NullMarked;
