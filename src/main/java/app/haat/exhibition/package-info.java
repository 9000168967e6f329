/** Exhibitions on venues and their lifecycle, and groups' applications for stalls with the officers' review. */
@NullMarked
package app.haat.exhibition;

import org.jspecify.annotations.NullMarked;
