/** Haat: stalls, exhibitions and trainings for West Bengal's urban self-help groups; the Spring Boot entry point. */
@NullMarked
package app.haat;

import org.jspecify.annotations.NullMarked;
