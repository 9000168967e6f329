/** The layout around signed-in views, with its menu per role, and the home view. */
@NullMarked
package app.haat.shell;

import org.jspecify.annotations.NullMarked;
