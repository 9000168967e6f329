package app.haat.twonodes;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The data the checks work on, made through node A's API as an admin would (a group import, a mall, an open
 * exhibition), plus what the API has no call for, written straight into the database: the groups' accounts (one
 * cheap bcrypt hash shared, so the set-up spends no minutes hashing) and a training tomorrow with enrolled members.
 */
final class Season {

    static final String GROUP_PASSWORD = "deadline-day";
    static final String MUNICIPALITY = "Bally";

    final int groups;
    final long firstPhone;
    final Map<String, Long> groupByPhone = new LinkedHashMap<>();
    final Map<Long, Long> productByGroup = new LinkedHashMap<>();
    long exhibition;
    long slot;
    long session;
    final List<Long> remindedGroups = new ArrayList<>();
    long enrolledMembers;
    /** The photo check's photo and its API path, for the backup check. */
    long photo;

    String photoPath;

    private final Cluster cluster;
    private final Database db;
    private final Client client;

    Season(Cluster cluster, Client client, int groups) {
        this.cluster = cluster;
        this.db = cluster.db;
        this.client = client;
        this.groups = groups;
        this.firstPhone = 7_100_000_000L + (System.currentTimeMillis() % 100_000) * 10_000;
    }

    String phone(int i) {
        return String.valueOf(firstPhone + i);
    }

    static String registration(String phone) {
        return "WB/TWO/" + phone;
    }

    /** One import line of group i under this name. */
    String importLine(int i, String name) {
        return name + "," + MUNICIPALITY + ",1,12,Leader " + i + "," + phone(i) + ",kantha,handloom,"
                + registration(phone(i)) + "\n";
    }

    static String importHeader() {
        return "name,municipality,ward,members,leader_name,phone,products,category,registration_no\n";
    }

    HttpResponse<String> importGroups(String base, String csv) throws Exception {
        return client.send(
                "POST",
                base + "/api/groups/import",
                "admin",
                Cluster.ADMIN_PASSWORD,
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    void prepare() throws Exception {
        String a = cluster.a().base();
        StringBuilder csv = new StringBuilder(importHeader());
        for (int i = 0; i < groups; i++) {
            csv.append(importLine(i, "Two Nodes Gosthi " + i));
        }
        HttpResponse<String> imported = importGroups(a, csv.toString());
        require(imported.statusCode() == 200 && imported.body().contains("\"imported\":" + groups), imported);
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            phones.add(phone(i));
        }
        for (String phone : phones) {
            groupByPhone.put(phone, db.count("SELECT id FROM shg_group WHERE phone = ?", phone));
        }
        String hash = new BCryptPasswordEncoder(4).encode(GROUP_PASSWORD);
        try (var c = db.connect();
                var insert = c.prepareStatement("INSERT INTO app_user (username, password_hash, role, display_name,"
                        + " language, created_at, group_id) VALUES (?, ?, 'SHG', 'Leader', 'bn', now(), ?)")) {
            for (var group : groupByPhone.entrySet()) {
                insert.setString(1, group.getKey());
                insert.setString(2, hash);
                insert.setLong(3, group.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (long group : groupByPhone.values()) {
            productByGroup.put(group, db.count("SELECT min(id) FROM product WHERE group_id = ?", group));
        }
        openExhibition(a);
        trainingTomorrow(a);
    }

    private void openExhibition(String a) throws Exception {
        long municipality = db.count("SELECT id FROM municipality WHERE name_en = ?", MUNICIPALITY);
        StringBuilder kiosks = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            kiosks.append(i == 0 ? "" : ",")
                    .append("{\"code\":\"K")
                    .append(i)
                    .append("\",\"floor\":0,\"x\":")
                    .append(i)
                    .append(",\"y\":0,\"capacity\":10}");
        }
        long venue = created(client.json(
                "POST",
                a + "/api/venues",
                "admin",
                Cluster.ADMIN_PASSWORD,
                "{\"kind\":\"MALL\",\"name\":\"Two Nodes Mall " + firstPhone + "\",\"municipalityId\":" + municipality
                        + ",\"address\":\"City Centre\",\"floors\":1,\"planColumns\":8,\"planRows\":4,\"kiosks\":["
                        + kiosks + "]}"));
        LocalDate start = LocalDate.now().plusYears(3).plusDays(firstPhone % 300);
        OffsetDateTime now = OffsetDateTime.now();
        exhibition = created(client.json(
                "POST",
                a + "/api/exhibitions",
                "admin",
                Cluster.ADMIN_PASSWORD,
                "{\"venueId\":" + venue + ",\"title\":\"Deadline day\",\"startsOn\":\"" + start + "\",\"endsOn\":\""
                        + start.plusDays(13) + "\",\"slotLength\":\"WEEK\",\"groupsPerKioskSlot\":10,"
                        + "\"applicationsOpenAt\":\"" + now.minusMinutes(1) + "\",\"applicationsCloseAt\":\""
                        + now.plusDays(3) + "\"}"));
        HttpResponse<String> opened = client.json(
                "POST",
                a + "/api/exhibitions/" + exhibition + "/status",
                "admin",
                Cluster.ADMIN_PASSWORD,
                "{\"status\":\"OPEN\"}");
        require(opened.statusCode() == 204, opened);
        slot = db.count("SELECT min(id) FROM exhibition_slot WHERE exhibition_id = ?", exhibition);
    }

    /** A centre with a room and a trainer, a session tomorrow at 11:00 India time, two members of 50 groups in it. */
    private void trainingTomorrow(String a) throws Exception {
        long bidhannagar = db.count("SELECT id FROM municipality WHERE name_en = 'Bidhannagar'");
        long centre = created(client.json(
                "POST",
                a + "/api/venues",
                "admin",
                Cluster.ADMIN_PASSWORD,
                "{\"kind\":\"CENTRE\",\"name\":\"Two Nodes Centre " + firstPhone + "\",\"municipalityId\":"
                        + bidhannagar + ",\"address\":\"Sector-1\",\"floors\":1,\"planColumns\":6,\"planRows\":3,"
                        + "\"kiosks\":[{\"code\":\"BAY1\",\"floor\":0,\"x\":0,\"y\":0,\"capacity\":2}]}"));
        long room = db.count(
                "INSERT INTO training_room (venue_id, name, capacity) VALUES (?, 'Room 1', 200) RETURNING id", centre);
        long trainer = db.count(
                "INSERT INTO trainer (name, topics, languages) VALUES ('Soma', 'PHOTOGRAPHY', 'bn') RETURNING id");
        OffsetDateTime starts = LocalDate.now(ZoneId.of("Asia/Kolkata"))
                .plusDays(1)
                .atTime(11, 0)
                .atZone(ZoneId.of("Asia/Kolkata"))
                .toOffsetDateTime();
        session = db.count(
                "INSERT INTO training_session (topic_id, room_id, trainer_id, starts_at, ends_at, capacity, language,"
                        + " created_by, created_at) VALUES ((SELECT id FROM training_topic WHERE code = 'PHOTOGRAPHY'),"
                        + " ?, ?, ?, ?, 200, 'bn', 'two-nodes', now()) RETURNING id",
                room,
                trainer,
                starts,
                starts.plusHours(2));
        List<Long> ids = new ArrayList<>(groupByPhone.values());
        for (long group : ids.subList(0, 50)) {
            remindedGroups.add(group);
            for (String name : List.of("Rina Das", "Mita Roy")) {
                long member = db.count(
                        "INSERT INTO group_member (group_id, name, role) VALUES (?, ?, 'MEMBER') RETURNING id",
                        group,
                        name);
                db.update(
                        "INSERT INTO enrollment (session_id, member_id, group_id, status, active, enrolled_by,"
                                + " created_at) VALUES (?, ?, ?, 'ENROLLED', TRUE, 'two-nodes', now())",
                        session,
                        member,
                        group);
                enrolledMembers++;
            }
        }
    }

    private static long created(HttpResponse<String> response) {
        require(response.statusCode() == 201, response);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        require(id.find(), response);
        return Long.parseLong(id.group(1));
    }

    static void require(boolean condition, HttpResponse<String> response) {
        if (!condition) {
            throw new IllegalStateException(
                    "set-up failed: " + response.request().method() + " "
                            + response.request().uri() + " answered " + response.statusCode() + " " + response.body());
        }
    }
}
