/**
 * Runs the stall allocation on a closed exhibition, publishes it, and lets officers change it by hand; the board,
 * the weights and the draw's public record.
 */
@NullMarked
package app.haat.allocation;

import org.jspecify.annotations.NullMarked;
