/** Daily sales and check-ins of the groups holding stalls, and the overview per exhibition. */
@NullMarked
package app.haat.sales;

import org.jspecify.annotations.NullMarked;
