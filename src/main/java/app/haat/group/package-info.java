/**
 * The self-help group registry: sign-up, verification, profile, members, products and photos, the CSV import,
 * readiness and deletion.
 */
@NullMarked
package app.haat.group;

import org.jspecify.annotations.NullMarked;
