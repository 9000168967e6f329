/**
 * Groups selling online: the marketplaces the admin keeps, the listings a group records (marketplace, seller id,
 * link, products), their confirmation by the group's officer, and the sections on the group's pages.
 */
@NullMarked
package app.haat.listing;

import org.jspecify.annotations.NullMarked;
