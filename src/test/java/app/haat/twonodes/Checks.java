package app.haat.twonodes;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Properties 1, 2, 4 and 5 of the issue: applications through the balancer, search across nodes, reminders, photos. */
final class Checks {

    private final Cluster cluster;
    private final Season season;
    private final Client client;

    Checks(Cluster cluster, Season season, Client client) {
        this.cluster = cluster;
        this.season = season;
        this.client = client;
    }

    /** 1. Every group applies once, from 50 clients through HAProxy: every application stored exactly once. */
    Result applications(int clients) throws Exception {
        Result result = new Result("applications");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        String url = cluster.balancer() + "/api/exhibitions/" + season.exhibition + "/applications";
        long started = System.nanoTime();
        inParallel(clients, new ArrayList<>(season.groupByPhone.keySet()), phone -> {
            long product = season.productByGroup.get(season.groupByPhone.get(phone));
            long t0 = System.nanoTime();
            HttpResponse<String> answer = client.json(
                    "POST",
                    url,
                    phone,
                    Season.GROUP_PASSWORD,
                    "{\"slotPreferences\":[" + season.slot + "],\"productIds\":[" + product
                            + "],\"declaration\":true}");
            latencies.add(System.nanoTime() - t0);
            if (answer.statusCode() == 201) {
                created.incrementAndGet();
            } else if (refused.size() < 3) {
                refused.add(answer.statusCode() + " " + answer.body());
            }
            return null;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] p = Client.percentiles(latencies);
        long stored = cluster.db.count("SELECT count(*) FROM application WHERE exhibition_id = ?", season.exhibition);
        long distinct = cluster.db.count(
                "SELECT count(DISTINCT group_id) FROM application WHERE exhibition_id = ?", season.exhibition);
        return result.figure("n", created.get())
                .figure("per_s", Math.round(season.groups / seconds))
                .figure("p95_ms", p[1])
                .expect(
                        created.get() == season.groups,
                        "created " + created.get() + " of " + season.groups + " " + refused)
                .expect(
                        stored == season.groups && distinct == season.groups,
                        "stored " + stored + " rows for " + distinct + " groups, expected " + season.groups
                                + " each once");
    }

    /** 2. Group edits through node A, each searched through node B until found. */
    Result search(int edits, int writers) throws Exception {
        Result result = new Result("search");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> missed = Collections.synchronizedList(new ArrayList<>());
        List<Integer> which = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            which.add(i);
        }
        inParallel(writers, which, i -> {
            String word = word(i);
            HttpResponse<String> edited = season.importGroups(
                    cluster.a().base(), Season.importHeader() + season.importLine(i, "Two Nodes Gosthi " + word));
            long saved = System.nanoTime();
            if (edited.statusCode() != 200 || !edited.body().contains("\"updated\":1")) {
                missed.add("edit " + i + ": " + edited.statusCode() + " " + edited.body());
                return null;
            }
            String search =
                    cluster.b().base() + "/api/groups/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
            while (System.nanoTime() - saved < TimeUnit.SECONDS.toNanos(10)) {
                HttpResponse<String> found = client.json("GET", search, "admin", Cluster.ADMIN_PASSWORD, null);
                if (found.statusCode() == 200 && found.body().contains(word)) {
                    latencies.add(System.nanoTime() - saved);
                    return null;
                }
                Thread.sleep(50);
            }
            missed.add("edit " + i + " not found through node B within 10 s");
            return null;
        });
        long[] p = Client.percentiles(latencies);
        return result.figure("n", latencies.size())
                .figure("p50_ms", p[0])
                .figure("p95_ms", p[1])
                .figure("max_ms", p[2])
                .expect(missed.isEmpty(), missed.stream().limit(3).toList().toString())
                .expect(p[1] <= 2000, "p95 " + p[1] + " ms is over 2 s");
    }

    /** A word only letters, unique per edit and per run, so that a search for it finds exactly the edited group. */
    private String word(int i) {
        String letters = Long.toString(season.firstPhone / 10_000 * 1000 + i, 26);
        StringBuilder word = new StringBuilder("zq");
        for (char c : letters.toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 26)));
        }
        return word.toString();
    }

    /**
     * 4. The reminder job fires on both nodes at the same instant every 10 s (set-up made the session); each member
     * is reminded once: one claim per member, one message per group, one SMS per group at the SMSC.
     */
    Result reminders() throws Exception {
        Result result = new Result("reminders");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long claims = 0;
        while (System.nanoTime() < deadline) {
            claims = cluster.db.count("SELECT count(*) FROM training_reminder WHERE session_id = ?", season.session);
            if (claims >= season.enrolledMembers) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(12_000); // at least one more firing on both nodes: still nobody twice
        claims = cluster.db.count("SELECT count(*) FROM training_reminder WHERE session_id = ?", season.session);
        String groups = season.remindedGroups.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Long> perGroup = cluster.db.longs("SELECT count(*) FROM mail_outbox WHERE message_type = 'REMINDER'"
                + " AND group_id IN (" + groups + ") GROUP BY group_id");
        Map<String, Long> atSmsc = smsPerNumber();
        long phonesTwice = season.remindedGroups.stream()
                .map(g -> season.groupByPhone.entrySet().stream()
                        .filter(e -> e.getValue().equals(g))
                        .findFirst()
                        .orElseThrow()
                        .getKey())
                .filter(phone -> atSmsc.getOrDefault(phone, 0L) > 1)
                .count();
        return result.figure("members", claims)
                .expect(
                        claims == season.enrolledMembers,
                        claims + " reminder claims for " + season.enrolledMembers + " members")
                .expect(
                        perGroup.size() == season.remindedGroups.size()
                                && perGroup.stream().allMatch(n -> n == 1),
                        "reminder messages per group: " + perGroup)
                .expect(phonesTwice == 0, phonesTwice + " groups got the reminder SMS twice");
    }

    /** How many SMS each number got at the SMSC, by its last ten digits. */
    Map<String, Long> smsPerNumber() {
        return cluster.smsc.received().stream()
                .map(sms -> sms.destination()
                        .substring(Math.max(0, sms.destination().length() - 10)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** 5. A photo uploaded through node A is served by node B (the shared object store). */
    Result photo() throws Exception {
        Result result = new Result("photo");
        String phone = season.phone(0);
        long group = season.groupByPhone.get(phone);
        String path = "/api/groups/" + group + "/products/" + season.productByGroup.get(group) + "/photos";
        HttpResponse<String> uploaded = client.send(
                "POST", cluster.a().base() + path, phone, Season.GROUP_PASSWORD, "image/png", Photos.png(800, 600));
        if (uploaded.statusCode() != 201) {
            return result.expect(false, "upload through node A: " + uploaded.statusCode() + " " + uploaded.body());
        }
        long id = Long.parseLong(uploaded.body().replaceAll("\\D+", ""));
        HttpResponse<byte[]> viaA = client.bytes(cluster.a().base() + path + "/" + id, phone, Season.GROUP_PASSWORD);
        HttpResponse<byte[]> viaB = client.bytes(cluster.b().base() + path + "/" + id, phone, Season.GROUP_PASSWORD);
        season.photo = id;
        season.photoPath = path;
        return result.figure("bytes", viaB.body().length)
                .expect(viaB.statusCode() == 200, "node B answered " + viaB.statusCode())
                .expect(java.util.Arrays.equals(viaA.body(), viaB.body()), "node B served other bytes than node A");
    }

    interface Task<T> {
        Void run(T item) throws Exception;
    }

    /** Runs the task for every item on {@code threads} threads; the first exception fails the run. */
    static <T> void inParallel(int threads, List<T> items, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.run(item)));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
