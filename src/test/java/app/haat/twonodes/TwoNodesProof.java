package app.haat.twonodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two-node proof of issue #24: {@code deploy/two-nodes-test} runs it with the PostgreSQL to use
 * ({@code -Dpg.url}, {@code -Dpg.user}, {@code -Dpg.password}, an empty database), the production jar
 * ({@code -Djar}) and HAProxy ({@code -Dhaproxy}). Prints one line of figures; exits 1 when any property fails.
 */
public final class TwoNodesProof {

    private TwoNodesProof() {}

    /** Each property's line as it is done, so that a later failure does not hide it. */
    private static void add(List<Result> results, Result result) {
        results.add(result);
        System.out.println("two-nodes: " + result + (result.passed() ? "" : " " + result.failures));
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Database db = new Database(
                System.getProperty("pg.url"), System.getProperty("pg.user"), System.getProperty("pg.password"));
        Path jar = Path.of(System.getProperty("jar")).toAbsolutePath();
        Path work = Files.createTempDirectory("haat-two-nodes-");
        List<Result> results = new ArrayList<>();
        int exit;
        try (Cluster cluster = new Cluster(work, jar, db)) {
            // node A first: it migrates the empty database and creates the admin; then B beside it
            cluster.start(cluster.a());
            cluster.awaitReady(cluster.a(), Duration.ofSeconds(180));
            cluster.start(cluster.b());
            cluster.awaitReady(cluster.b(), Duration.ofSeconds(180));
            cluster.startBalancer(System.getProperty("haproxy", "haproxy"));
            double startSeconds = (System.nanoTime() - started) / 1e9;

            Client client = new Client(16);
            Season season = new Season(cluster, client, Integer.getInteger("groups", 2000));
            season.prepare();
            Checks checks = new Checks(cluster, season, client);
            add(results, checks.applications(50));
            add(results, checks.search(200, 4));
            add(results, checks.reminders());
            add(results, checks.photo());
            add(results, new DispatchCheck(cluster, checks).run(Integer.getInteger("messages", 5000)));
            String nameAtBackup = db.strings("SELECT name FROM shg_group WHERE phone = ?", season.phone(1))
                    .getFirst();
            String word = nameAtBackup.substring(nameAtBackup.lastIndexOf(' ') + 1);
            add(results, new BackupCheck(cluster, season, client).run(word));
            boolean passed = results.stream().allMatch(Result::passed);
            System.out.printf(
                    "two-nodes: %s start_s=%.0f %s total_s=%.0f%n",
                    passed ? "PASS" : "FAIL",
                    startSeconds,
                    results.stream().map(Result::toString).collect(Collectors.joining(" ")),
                    (System.nanoTime() - started) / 1e9);
            for (Result result : results) {
                for (String failure : result.failures) {
                    System.out.println("two-nodes: " + result.name + ": " + failure);
                }
            }
            exit = passed ? 0 : 1;
        } catch (Exception e) {
            System.out.println("two-nodes: FAIL " + e + " (logs in " + work + ")");
            e.printStackTrace(System.out);
            exit = 1;
        }
        if (exit != 0) {
            System.out.println("two-nodes: logs in " + work);
        }
        System.exit(exit);
    }
}
