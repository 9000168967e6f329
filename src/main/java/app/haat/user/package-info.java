/** Accounts, roles, municipality scope, sign-in lock-out, password reset and the users view. */
@NullMarked
package app.haat.user;

import org.jspecify.annotations.NullMarked;
