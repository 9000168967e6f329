/**
 * The training centre: topics, rooms, trainers, sessions, enrollment, attendance, reminders, the progress report
 * and the calendar feeds.
 */
@NullMarked
package app.haat.centre;

import org.jspecify.annotations.NullMarked;
