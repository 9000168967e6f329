/**
 * The data directory and its start-up check, and small data helpers shared by features (change events, SHA-256,
 * readiness items).
 */
@NullMarked
package app.haat.core.data;

import org.jspecify.annotations.NullMarked;
