/** The data directory and its start-up check, and small helpers shared by features (SHA-256, text input). */
@NullMarked
package app.haat.core.data;

import org.jspecify.annotations.NullMarked;
