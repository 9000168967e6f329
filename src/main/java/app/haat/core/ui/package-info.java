/**
 * Shared Vaadin pieces: notifications, confirmations, date fields, export buttons and the pages shown when opening
 * a page is refused or fails.
 */
@NullMarked
package app.haat.core.ui;

import org.jspecify.annotations.NullMarked;
