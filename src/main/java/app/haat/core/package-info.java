/** The shared kernel every feature may use; it knows no feature. */
@NullMarked
package app.haat.core;

import org.jspecify.annotations.NullMarked;
