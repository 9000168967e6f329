package app.haat.twonodes;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 6. A backup of the two-node setup (database and object store) through node A's API; then changes after it; then
 * both nodes stopped, the backup restored with the documented command, both started again: what the backup held is
 * back (the photo served by node B, the group's name found through node B's search), what came after is gone.
 */
final class BackupCheck {

    private final Cluster cluster;
    private final Season season;
    private final Client client;

    BackupCheck(Cluster cluster, Season season, Client client) {
        this.cluster = cluster;
        this.season = season;
        this.client = client;
    }

    Result run(String nameAtBackup) throws Exception {
        Result result = new Result("backup");
        if (season.photoPath == null) {
            return result.expect(false, "no photo from the photo check to back up");
        }
        String admin = "admin";
        String phone = season.phone(0);
        long started = System.nanoTime();
        HttpResponse<String> backup =
                client.json("POST", cluster.a().base() + "/api/admin/backup", admin, Cluster.ADMIN_PASSWORD, null);
        double backupSeconds = (System.nanoTime() - started) / 1e9;
        if (backup.statusCode() != 201) {
            return result.expect(false, "backup: " + backup.statusCode() + " " + backup.body());
        }
        String file = backup.body().replaceAll(".*\"file\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Path zip = cluster.a().dataDir.resolve("backups").resolve(file);
        byte[] photoBefore = client.bytes(photoUrl(cluster.a(), season.photo), phone, Season.GROUP_PASSWORD)
                .body();

        // after the backup: a group renamed, a second photo
        String afterWord = "zzafterbackup";
        season.importGroups(cluster.a().base(), Season.importHeader() + season.importLine(1, "Gosthi " + afterWord));
        HttpResponse<String> second = client.send(
                "POST",
                cluster.a().base() + season.photoPath,
                phone,
                Season.GROUP_PASSWORD,
                "image/png",
                Photos.png(300, 200));
        long secondPhoto = Long.parseLong(second.body().replaceAll("\\D+", ""));
        awaitFound(afterWord, true); // node B's index holds the change the restore will take back

        cluster.stop(cluster.a());
        cluster.stop(cluster.b());
        long restoreStarted = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                cluster.jar.toString(),
                "restore",
                zip.toString()));
        ProcessBuilder restore = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(cluster.work.resolve("restore.log").toFile());
        restore.environment().putAll(cluster.environment(cluster.a()));
        int exit = restore.start().waitFor();
        double restoreSeconds = (System.nanoTime() - restoreStarted) / 1e9;
        result.figure("backup_s", String.format("%.1f", backupSeconds))
                .figure("kb", Files.size(zip) / 1000)
                .figure("restore_s", String.format("%.1f", restoreSeconds));
        if (exit != 0) {
            return result.expect(
                    false, "restore exited " + exit + ": " + Files.readString(cluster.work.resolve("restore.log")));
        }
        // node A first, and changes through it before node B starts: B's index, ahead of the restored database,
        // must still be rebuilt however far the log has grown again
        cluster.start(cluster.a());
        cluster.awaitReady(cluster.a(), Duration.ofSeconds(180));
        for (int i = 3; i < 13; i++) {
            long group = season.groupByPhone.get(season.phone(i));
            client.json(
                    "PUT",
                    cluster.a().base() + "/api/groups/" + group + "/upi-id",
                    "admin",
                    Cluster.ADMIN_PASSWORD,
                    "{\"upiId\":\"gosthi" + i + "@okaxis\"}");
        }
        cluster.start(cluster.b());
        cluster.awaitReady(cluster.b(), Duration.ofSeconds(180));

        HttpResponse<byte[]> photo = client.bytes(photoUrl(cluster.b(), season.photo), phone, Season.GROUP_PASSWORD);
        HttpResponse<byte[]> gone = client.bytes(photoUrl(cluster.b(), secondPhoto), phone, Season.GROUP_PASSWORD);
        long applications =
                cluster.db.count("SELECT count(*) FROM application WHERE exhibition_id = ?", season.exhibition);
        return result.expect(
                        photo.statusCode() == 200 && Arrays.equals(photo.body(), photoBefore),
                        "the backed-up photo through node B: " + photo.statusCode())
                .expect(gone.statusCode() == 404, "a photo added after the backup answered " + gone.statusCode())
                .expect(applications == season.groups, applications + " applications after the restore")
                .expect(found(nameAtBackup), "the group's name at the backup is not found through node B")
                .expect(!found(afterWord), "node B's search still finds a name given after the backup");
    }

    private String photoUrl(Cluster.Node node, long photo) {
        return node.base() + season.photoPath + "/" + photo;
    }

    private boolean found(String word) throws Exception {
        HttpResponse<String> answer = client.json(
                "GET",
                cluster.b().base() + "/api/groups/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                "admin",
                Cluster.ADMIN_PASSWORD,
                null);
        return answer.statusCode() == 200 && answer.body().contains(word);
    }

    private void awaitFound(String word, boolean expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && found(word) != expected) {
            Thread.sleep(50);
        }
    }
}
