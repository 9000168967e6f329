/** English and Bengali: the translator over the bundles, Indian date and number formats, the language switch. */
@NullMarked
package app.haat.core.i18n;

import org.jspecify.annotations.NullMarked;
