/** Several portal nodes on one database: the node's identity and the lock that runs a scheduled job on one node. */
@NullMarked
package app.haat.core.cluster;

import org.jspecify.annotations.NullMarked;
