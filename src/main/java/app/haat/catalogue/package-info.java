/**
 * The public exhibitor catalogue: plain Thymeleaf pages of published exhibitions and their verified groups, without
 * personal data.
 */
@NullMarked
package app.haat.catalogue;

import org.jspecify.annotations.NullMarked;
