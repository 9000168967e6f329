/** Writes Bengali text, shaped, into PDFs. */
@NullMarked
package app.haat.core.pdf;

import org.jspecify.annotations.NullMarked;
