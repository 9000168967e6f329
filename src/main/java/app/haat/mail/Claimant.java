package app.haat.mail;

import java.time.Duration;

/**
 * Who claims outbox rows for sending and for how long: the node's name and the claim's length. A claim not settled
 * by then (the node was killed) is taken over by another node's dispatcher, the messages marked possibly duplicated.
 */
record Claimant(String node, Duration claimFor) {}
