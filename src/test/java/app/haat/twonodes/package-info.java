/**
 * The two-node proof (issue #24), run by {@code deploy/two-nodes-test} after the PostgreSQL pass: two portal nodes
 * from the production jar on one PostgreSQL, behind HAProxy, with s3proxy, an SMTP sink and an SMPP server on
 * loopback, and the six properties of the issue checked from outside. Not a JUnit test: it needs the jar and services
 * the unit tests do not start.
 */
package app.haat.twonodes;
