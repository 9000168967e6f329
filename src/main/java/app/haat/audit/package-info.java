/** The audit log every feature writes to in the same transaction as its change, and the view that reads it. */
@NullMarked
package app.haat.audit;

import org.jspecify.annotations.NullMarked;
