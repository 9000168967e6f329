/**
 * The registration desk of the City Livelihood Centres (#23): the request types a centre handles and the documents to
 * bring, a group's request and the case it runs as (requested → documents complete → submitted → obtained or
 * refused), forwarded requests for groups of no zone, and the number obtained written into the group's profile.
 */
@NullMarked
package app.haat.desk;

import org.jspecify.annotations.NullMarked;
