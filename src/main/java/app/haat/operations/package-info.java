/** Backups, the restore command and the guard against a failed migration. */
@NullMarked
package app.haat.operations;

import org.jspecify.annotations.NullMarked;
