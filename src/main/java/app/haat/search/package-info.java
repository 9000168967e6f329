/**
 * Lucene search over groups and applications in Bengali and English, with a phonetic tier, facets and an index kept
 * in step with audited changes.
 */
@NullMarked
package app.haat.search;

import org.jspecify.annotations.NullMarked;
