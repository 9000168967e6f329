/** One-time codes by SMS: sign-up number check, sign-in and password reset by code, a group's change of number. */
@NullMarked
package app.haat.otp;

import org.jspecify.annotations.NullMarked;
