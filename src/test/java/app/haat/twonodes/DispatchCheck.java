package app.haat.twonodes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * 3. Messages queued for both nodes' dispatchers, the node holding the SMS bind killed with SIGKILL in the middle: the
 * sinks receive every message; the only ones they receive twice are marked "possibly duplicated", at most the SMS
 * window and the one e-mail being handed over. Also: a browser signed in on the killed node signs in again on the
 * other and carries on.
 */
final class DispatchCheck {

    private static final int SMS_WINDOW = 10;
    private final Cluster cluster;
    private final Checks checks;

    DispatchCheck(Cluster cluster, Checks checks) {
        this.cluster = cluster;
        this.checks = checks;
    }

    Result run(int messages) throws Exception {
        Result result = new Result("dispatch");
        Result sessions = new Result("sessions");
        String victimName = cluster.db.strings("SELECT holder FROM node_lease WHERE name LIKE 'smpp:%'").stream()
                .findFirst()
                .orElse("node-a");
        Cluster.Node victim = cluster.nodes.get(victimName);
        Browser browser = pinnedTo(victimName.substring(victimName.length() - 1));

        String run = Long.toString(System.currentTimeMillis(), 36);
        int half = messages / 2;
        long firstMobile = 6_100_000_000L + (System.currentTimeMillis() % 90_000) * 10_000;
        String model = "{\"name\":\"Ruma Das\",\"groupName\":\"Two Nodes Gosthi\",\"municipality\":\"Bally\","
                + "\"link\":\"http://localhost/verify\"}";
        try (var c = cluster.db.connect()) {
            c.setAutoCommit(false);
            try (var insert = c.prepareStatement("INSERT INTO mail_outbox (message_id, message_type, channel,"
                    + " recipient, language, model, status, created_at, next_attempt_at)"
                    + " SELECT '<' || ? || '-' || i || '@two.haat>', 'GROUP_VERIFIED', ?,"
                    + " CASE WHEN ? = 'EMAIL' THEN 'two-' || ? || '-' || i || '@example.org' ELSE CAST(? + i AS VARCHAR) END,"
                    + " 'en', ?, 'QUEUED', now(), now() FROM generate_series(0, ? - 1) AS i")) {
                for (String channel : List.of("EMAIL", "SMS")) {
                    insert.setString(1, run + channel);
                    insert.setString(2, channel);
                    insert.setString(3, channel);
                    insert.setString(4, run);
                    insert.setLong(5, firstMobile);
                    insert.setString(6, model);
                    insert.setInt(7, half);
                    insert.executeUpdate();
                }
            }
            c.commit();
        }
        long queued = System.nanoTime();
        Set<String> mails = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        for (int i = 0; i < half; i++) {
            mails.add("two-" + run + "-" + i + "@example.org");
            mobiles.add(String.valueOf(firstMobile + i));
        }
        // the middle of the batch: a fifth of each channel through (the SMS go at the account's rate, so they are
        // still going then)
        await(
                () -> count(mails, cluster.smtp.perRecipient().keySet()) >= half / 5
                        && count(mobiles, checks.smsPerNumber().keySet()) >= half / 5,
                120);
        cluster.kill(victim);
        long killed = System.nanoTime();
        int atKill = delivered(mails, mobiles);

        sessions.expect(!browser.signedIn(), "a session of the killed node still answered")
                .expect(
                        browser.signIn("admin", Cluster.ADMIN_PASSWORD) && browser.signedIn(),
                        "could not sign in again on the other node");
        sessions.figure("moved_to", browser.node());

        boolean all = await(() -> delivered(mails, mobiles) == messages, 180);
        double takeover = (System.nanoTime() - killed) / 1e9;
        Map<String, Integer> mailCounts = cluster.smtp.perRecipient();
        Map<String, Long> smsCounts = checks.smsPerNumber();
        Set<String> mailTwice =
                mails.stream().filter(m -> mailCounts.getOrDefault(m, 0) > 1).collect(Collectors.toSet());
        Set<String> smsTwice =
                mobiles.stream().filter(m -> smsCounts.getOrDefault(m, 0L) > 1).collect(Collectors.toSet());
        Set<String> marked = new HashSet<>(cluster.db.strings(
                "SELECT recipient FROM mail_outbox WHERE possibly_duplicate AND message_id LIKE ?", "<" + run + "%"));
        Set<String> markedMail = marked.stream().filter(mails::contains).collect(Collectors.toSet());
        Set<String> markedSms = marked.stream().filter(mobiles::contains).collect(Collectors.toSet());
        long unsent = cluster.db.count(
                "SELECT count(*) FROM mail_outbox WHERE message_id LIKE ? AND status <> 'SENT'", "<" + run + "%");
        String byNode = cluster
                .db
                .strings(
                        "SELECT claimed_by || ':' || count(*) FROM mail_outbox WHERE message_id LIKE ? GROUP BY claimed_by"
                                + " ORDER BY claimed_by",
                        "<" + run + "%")
                .stream()
                .collect(Collectors.joining(","));
        result.figure("n", messages)
                .figure("sent_by", byNode)
                .figure("at_kill", atKill)
                .figure("dup", mailTwice.size() + smsTwice.size())
                .figure("marked", marked.size())
                .figure("s", Math.round((killed - queued) / 1e9 + takeover))
                .expect(all, "the sinks received " + delivered(mails, mobiles) + " of " + messages)
                .expect(unsent == 0, unsent + " messages not marked sent")
                .expect(
                        markedMail.containsAll(mailTwice) && markedSms.containsAll(smsTwice),
                        "sent twice but not marked: " + difference(mailTwice, markedMail)
                                + difference(smsTwice, markedSms))
                .expect(
                        markedMail.size() <= 1 && markedSms.size() <= SMS_WINDOW,
                        "marked " + markedMail.size() + " e-mails and " + markedSms.size()
                                + " SMS: more than in flight");
        cluster.start(victim);
        cluster.awaitReady(victim, java.time.Duration.ofSeconds(120));
        return merge(result, sessions);
    }

    /** A browser signed in as the admin whose HAATNODE cookie names the node (round robin: a few tries). */
    private Browser pinnedTo(String node) throws Exception {
        for (int i = 0; i < 6; i++) {
            Browser browser = new Browser(cluster.balancer());
            if (browser.signIn("admin", Cluster.ADMIN_PASSWORD)
                    && browser.signedIn()
                    && browser.node().equals(node)) {
                return browser;
            }
        }
        throw new IllegalStateException("no browser session landed on node " + node);
    }

    private int delivered(Set<String> mails, Set<String> mobiles) {
        Map<String, Integer> mailCounts = cluster.smtp.perRecipient();
        Map<String, Long> smsCounts = checks.smsPerNumber();
        return (int) (mails.stream().filter(mailCounts::containsKey).count()
                + mobiles.stream().filter(smsCounts::containsKey).count());
    }

    private static long count(Set<String> ours, Set<String> received) {
        return ours.stream().filter(received::contains).count();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).limit(5).collect(Collectors.toSet());
    }

    private static Result merge(Result dispatch, Result sessions) {
        dispatch.figure("relogin", sessions.passed() ? "ok" : "FAIL");
        dispatch.failures.addAll(sessions.failures);
        return dispatch;
    }

    private static boolean await(java.util.function.BooleanSupplier condition, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
