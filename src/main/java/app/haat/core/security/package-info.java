/** Roles, sign-in, filter chains and the current user that services check access against. */
@NullMarked
package app.haat.core.security;

import org.jspecify.annotations.NullMarked;
