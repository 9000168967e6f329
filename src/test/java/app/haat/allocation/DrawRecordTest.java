package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.engine.DrawSeeds;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.mail.MessageType;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The draw anyone can verify: the seed's hash is public from closing, a seed is never chosen, re-draws take the
 * derived seeds, the record reveals seeds, inputs and results after publishing (with no personal data), every stored
 * run replays identically, and {@code verify-draw} says identical for the real record and differs for a tampered one.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrawRecordTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    HandChangeService handChanges;

    @Autowired
    JsonMapper json;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApiContract api; // every answer checked against the OpenAPI description

    @Test
    void theDrawIsCommittedRecordedRevealedAndVerifiable() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        long id = fx.openExhibition(
                officer, mall, "Verifiable fair", ExhibitionFixtures.mondayAhead(65), 14, SlotLength.WEEK, 1);
        var slots = fx.accounts.as(officer, () -> fx.exhibitions.slots(id));
        List<String> leaders = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, bally, i % 2 == 0 ? "HANDLOOM" : "CRAFT");
            leaders.add(group.mobile());
            List<Long> ranked = i % 2 == 0
                    ? List.of(slots.get(0).id(), slots.get(1).id())
                    : List.of(slots.get(1).id());
            ids.add(fx.accounts.as(
                    group.mobile(),
                    () -> applications.apply(
                            id, new ApplicationForm(null, ranked, List.of(group.product()), false, false, true))));
        }
        assertThat(get("/api/exhibitions/" + id + "/draw", null).statusCode()).isEqualTo(404); // not closed yet
        var group = SHG_GROUP;
        String marker = "closing" + id;
        dsl.update(group)
                .set(
                        group.EMAIL,
                        DSL.concat(DSL.val(marker + "-"), group.ID.cast(String.class), DSL.val("@example.org")))
                .where(group.ID.in(
                        DSL.select(APPLICATION.GROUP_ID).from(APPLICATION).where(APPLICATION.EXHIBITION_ID.eq(id))))
                .execute();
        fx.close(officer, id);
        long committed = fx.accounts.as(officer, () -> fx.exhibitions.get(id).lotterySeed());
        // every applicant holds the commitment before any draw
        var outbox = MAIL_OUTBOX;
        assertThat(dsl.fetchCount(
                        outbox,
                        outbox.RECIPIENT
                                .like(marker + "-%")
                                .and(outbox.MESSAGE_TYPE.eq(MessageType.APPLICATIONS_CLOSED))))
                .isEqualTo(9);
        // the catalogue lists the draw as pending, with its fingerprint; its page shows the record
        assertThat(get("/catalogue?lang=en", null).body())
                .contains("draw-" + id)
                .contains("draw pending")
                .contains(DrawSeeds.commitment(committed));
        assertThat(get("/catalogue/draw/" + id + "?lang=en", null).body())
                .contains(DrawSeeds.commitment(committed))
                .contains("The lottery has not been run yet.");

        // anyone reads the commitment from closing on, without signing in
        JsonNode pending =
                json.readTree(get("/api/exhibitions/" + id + "/draw", null).body());
        assertThat(pending.get("seedSha256").asText()).isEqualTo(DrawSeeds.commitment(committed));
        assertThat(pending.get("runs")).isEmpty();

        // a seed is never chosen: refused with 400, nothing run
        HttpResponse<String> chosen = post("/api/exhibitions/" + id + "/allocation", "{\"seed\":42}", officer);
        assertThat(chosen.statusCode()).isEqualTo(400);
        assertThat(chosen.body()).contains("cannot be chosen");
        JsonNode first = json.readTree(
                post("/api/exhibitions/" + id + "/allocation", null, officer).body());
        assertThat(first.get("seed").asLong()).isEqualTo(committed);
        assertThat(first.get("redraw").asInt()).isZero();
        JsonNode redrawn = json.readTree(post(
                        "/api/exhibitions/" + id + "/allocation",
                        "{\"reason\":\"A kiosk was found closed for repairs\"}",
                        officer)
                .body());
        assertThat(redrawn.get("seed").asLong()).isEqualTo(DrawSeeds.seedOf(committed, 1));
        JsonNode repeated = json.readTree(
                post("/api/exhibitions/" + id + "/allocation", null, officer).body());
        assertThat(repeated.get("seed").asLong()).isEqualTo(DrawSeeds.seedOf(committed, 1));
        // a lock and a withdrawal after closing go into the record
        long assignment = fx.accounts
                .as(officer, () -> allocation.assignments(id))
                .getFirst()
                .id();
        fx.accounts.as(officer, () -> handChanges.lock(assignment, true));
        long leaving = ids.get(ids.size() - 1);
        fx.accounts.as(leaders.get(ids.size() - 1), () -> applications.withdraw(leaving));
        json.readTree(post("/api/exhibitions/" + id + "/allocation", "{\"reason\":\"After the withdrawal\"}", officer)
                .body());

        // before publishing: runs and changes listed, but no seed, input or result
        JsonNode before =
                json.readTree(get("/api/exhibitions/" + id + "/draw", null).body());
        assertThat(before.get("runs")).hasSize(4);
        assertThat(before.get("runs").get(1).get("reason").asText()).isEqualTo("A kiosk was found closed for repairs");
        assertThat(before.get("runs").get(0).get("authorRole").asText()).isEqualTo("MUNICIPAL_OFFICER");
        before.get("runs").forEach(run -> {
            assertThat(run.get("seed").isNull()).isTrue();
            assertThat(run.get("input").isNull()).isTrue();
            assertThat(run.get("result").isNull()).isTrue();
        });
        assertThat(before.get("changes"))
                .extracting(c -> c.get("action").asText())
                .contains("LOCK", "WITHDRAW");

        // the officers see every run with its seed, and each replays identically
        JsonNode runs = json.readTree(
                get("/api/exhibitions/" + id + "/allocation/runs", officer).body());
        assertThat(runs).hasSize(4);
        for (JsonNode run : runs) {
            JsonNode replay = json.readTree(post(
                            "/api/exhibitions/" + id + "/allocation/"
                                    + run.get("id").asLong() + "/replay",
                            null,
                            officer)
                    .body());
            assertThat(replay.get("identical").asBoolean())
                    .as(replay.toString())
                    .isTrue();
        }
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Howrah")));
        assertThat(post(
                                "/api/exhibitions/" + id + "/allocation/"
                                        + runs.get(0).get("id").asLong() + "/replay",
                                null,
                                stranger)
                        .statusCode())
                .isEqualTo(403);

        fx.accounts.as(officer, () -> allocation.publish(id));
        String record = get("/api/exhibitions/" + id + "/draw", null).body();
        String page = get("/catalogue/draw/" + id, null).body();
        assertThat(page)
                .contains("সিড " + committed)
                .contains("A kiosk was found closed for repairs")
                .contains("গোষ্ঠী আবেদন প্রত্যাহার করেছে")
                .contains("পৌরসভা আধিকারিক");
        JsonNode after = json.readTree(record);
        assertThat(after.get("runs").get(0).get("seed").asLong()).isEqualTo(committed);
        assertThat(after.get("runs").get(3).get("input").get("applications")).hasSize(8); // the withdrawn one is out
        assertThat(after.get("runs").get(3).get("input").get("locked")).hasSize(1);
        assertThat(after.get("runs").get(3).get("result").get("placements")).isNotEmpty();
        // no personal data: no names, phones or leaders of the groups
        for (String leader : leaders) {
            assertThat(record).doesNotContain(leader);
        }
        assertThat(record).doesNotContain("কারিগর").doesNotContain("Rina");

        // verify-draw offline: identical for the real record, differences (exit 1) for a tampered one
        Path file = Files.createTempFile(DATA_DIR, "draw", ".json");
        Files.writeString(file, record);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyDrawCommand.run(
                        new String[] {"verify-draw", file.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8)))
                .as(out.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("identical");

        ObjectNode tampered = (ObjectNode) json.readTree(record);
        var placements = (tools.jackson.databind.node.ArrayNode)
                tampered.get("runs").get(1).get("result").get("placements");
        placements.remove(0); // someone quietly drops a placement from the published result
        assertThat(verify(tampered)).contains("only in the recomputed result");
        ObjectNode otherSeed = (ObjectNode) json.readTree(record);
        ((ObjectNode) otherSeed.get("runs").get(1)).put("seed", 12345L); // a re-draw with a chosen seed
        assertThat(verify(otherSeed)).contains("is not re-draw 1's seed");
        ObjectNode otherCommitment = (ObjectNode) json.readTree(record);
        otherCommitment.put("seedSha256", DrawSeeds.commitment(committed + 1));
        assertThat(verify(otherCommitment)).contains("not the published");
    }

    private String verify(JsonNode record) throws Exception {
        Path file = Files.createTempFile(DATA_DIR, "tampered", ".json");
        Files.writeString(file, json.writeValueAsString(record));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyDrawCommand.run(
                new String[] {"verify-draw", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        return out.toString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send("GET", path, null, user);
    }

    private HttpResponse<String> post(String path, String body, String user) throws Exception {
        return send("POST", path, body, user);
    }

    private HttpResponse<String> send(String method, String path, String body, String user) throws Exception {
        HttpRequest.Builder request = JsonRequests.request(method, "http://localhost:" + port + path, body);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", JsonRequests.basic(user, TestAccounts.PASSWORD));
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
