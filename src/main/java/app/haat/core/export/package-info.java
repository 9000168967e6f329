/** CSV and XLSX exports written row by row, and their delivery as HTTP attachments. */
@NullMarked
package app.haat.core.export;

import org.jspecify.annotations.NullMarked;
