/** The start-up gate: work that must finish before the portal serves, and the filter that answers 503 until then. */
@NullMarked
package app.haat.core.startup;

import org.jspecify.annotations.NullMarked;
