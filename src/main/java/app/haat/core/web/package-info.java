/**
 * The server-rendered public pages before sign-in (sign-in, sign-up, forgot password): one Thymeleaf set-up with the
 * bundles as its messages, the page language, the CSRF token, and the long cache of Vaadin's hashed files.
 */
@NullMarked
package app.haat.core.web;

import org.jspecify.annotations.NullMarked;
