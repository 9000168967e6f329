/**
 * The plain-Java allocation engine (no Spring, Vaadin or jOOQ): min-cost flow over groups and kiosk-slots,
 * fairness, explanations and the reproducible draw.
 */
@NullMarked
package app.haat.allocation.engine;

import org.jspecify.annotations.NullMarked;
