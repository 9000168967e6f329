/**
 * Where uploaded and generated files live: the data directory on one node, or an S3-compatible object store shared by
 * several nodes; written and removed in step with the database's transactions.
 */
@NullMarked
package app.haat.core.files;

import org.jspecify.annotations.NullMarked;
