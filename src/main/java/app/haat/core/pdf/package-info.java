/** Writes Bengali text, shaped, and QR codes into PDFs. */
@NullMarked
package app.haat.core.pdf;

import org.jspecify.annotations.NullMarked;
