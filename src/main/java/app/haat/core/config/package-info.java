/** Application-wide beans: the clock every time rule reads and jOOQ's rendering settings. */
@NullMarked
package app.haat.core.config;

import org.jspecify.annotations.NullMarked;
