/**
 * Messages to users: the transactional outbox, the dispatcher, templates per type and language, attachments and the
 * demo SMTP server.
 */
@NullMarked
package app.haat.mail;

import org.jspecify.annotations.NullMarked;
