/**
 * The dashboard: registration, training, placement and sales figures in charts and tables, as a view, a PDF and
 * JSON.
 */
@NullMarked
package app.haat.dashboard;

import org.jspecify.annotations.NullMarked;
