/** Venues: malls with kiosks on a floor plan, mobile vans with their routes, and centres with display bays. */
@NullMarked
package app.haat.venue;

import org.jspecify.annotations.NullMarked;
