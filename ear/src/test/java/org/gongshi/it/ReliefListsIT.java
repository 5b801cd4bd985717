package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshi.web.print.Poppler;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_ADMIN;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_SUPERVISOR;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.XILI_REVIEWER;

/**
 * Relief lists through the real server (issue #5): an xlsx and a GBK CSV of a few hundred made-up
 * people uploaded through the API, previewed masked, submitted, approved and published — and then no
 * raw ID, phone, card number or full name from the file anywhere in the public board page, the public
 * JSON, the Atom feed, the printable PDF or the kiosk page. Bad files are refused in Chinese and leave
 * nothing; another village's clerk reaches none of it.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReliefListsIT {

    private static final String HZ = "330328101200";
    private static final String XL = "330328101202";
    private static final String LISTS = "/api/divisions/" + HZ + "/relief-lists";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> HEADER = List.of("序号", "户主姓名", "身份证号码", "联系电话", "银行卡号", "家庭住址",
            "致贫原因", "家庭人口", "月保障金（元）");

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A made-up person: valid-looking ID (check character computed), mobile and 19-digit card. */
    record Person(String name, String id, String phone, String card, String address) {
        List<String> cells(int index) {
            return List.of(Integer.toString(index + 1), name, id, phone, card, address, "因病", "3", "620");
        }
    }

    static List<Person> people(int count, long seed) {
        Random r = new Random(seed);
        String surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
        String given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚";
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "" + surnames.charAt(r.nextInt(surnames.length())) + given.charAt(r.nextInt(given.length()))
                    + given.charAt(r.nextInt(given.length()));
            String first17 = "330328" + (1940 + r.nextInt(60)) + "%02d%02d".formatted(1 + r.nextInt(12), 1 + r.nextInt(28))
                    + "%03d".formatted(r.nextInt(1000));
            String id = first17 + check(first17);
            String phone = "1" + (3 + r.nextInt(7)) + "%09d".formatted(r.nextInt(1_000_000_000));
            String card = "622202" + "%013d".formatted((long) (r.nextDouble() * 1e13));
            out.add(new Person(name, id, phone, card, "浙江省文成县百丈漈镇篁庄村" + (1 + r.nextInt(9)) + "组" + (10 + r.nextInt(90)) + "号"));
        }
        return out;
    }

    private static char check(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static byte[] xlsx(List<Person> people) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue("篁庄村低保初审对象名单");
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int p = 0; p < people.size(); p++) {
                Row row = sheet.createRow(p + 2);
                List<String> cells = people.get(p).cells(p);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gbkCsv(List<Person> people) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (int p = 0; p < people.size(); p++) {
            out.append(String.join(",", people.get(p).cells(p))).append("\r\n");
        }
        return out.toString().getBytes(Charset.forName("GBK"));
    }

    /** A multipart body as a browser or a script sends it: text parts and one file part. */
    static AttachmentsIT.Raw upload(String path, String token, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----gongshi" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.base() + path)).timeout(Duration.ofSeconds(180))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new AttachmentsIT.Raw(r.statusCode(), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNothingRaw(String what, String text, List<Person> people) {
        for (Person p : people) {
            assertThat(text).as(what).doesNotContain(p.id()).doesNotContain(p.id().substring(6, 14))
                    .doesNotContain(p.phone()).doesNotContain(p.card()).doesNotContain(p.name())
                    .doesNotContain(p.address());
        }
    }

    private static int listCount(String token) {
        Api.Reply lists = Api.get(LISTS, token);
        assertThat(lists.status()).as(lists.body()).isEqualTo(200);
        return Json.createReader(new java.io.StringReader(lists.body())).readArray().size();
    }

    @Test
    void an_xlsx_list_is_masked_submitted_approved_and_published_with_nothing_personal_anywhere_public() throws Exception {
        List<Person> people = people(300, 11);
        String clerk = Tokens.of(HUANGZHUANG_CLERK);
        AttachmentsIT.Raw created = upload(LISTS, clerk, Map.of("listType", "DIBAO_FIRST_REVIEW"), "低保初审名单.xlsx", xlsx(people));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject list = created.json();
        assertThat(list.getInt("rowCount")).isEqualTo(300);
        assertThat(list.getString("state")).isEqualTo("IMPORTED");
        assertNothingRaw("import answer", created.text(), people);
        String id = list.getString("id");

        Api.Reply preview = Api.get(LISTS + "/" + id + "/preview", clerk);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonArray rows = preview.json().getJsonArray("rows");
        assertThat(rows).hasSize(300);
        Person first = people.getFirst();
        assertThat(rows.getJsonArray(0).getString(1)).isEqualTo(first.name().charAt(0) + "**");
        assertThat(rows.getJsonArray(0).getString(2)).isEqualTo("*".repeat(14) + first.id().substring(14));
        assertNothingRaw("preview", preview.body(), people);

        Api.Reply submitted = Api.post(LISTS + "/" + id + "/submit", clerk,
                Json.createObjectBuilder().add("version", list.getJsonNumber("version").longValue()).build());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        String noticeId = submitted.json().getString("noticeId");
        String notices = "/api/divisions/" + HZ + "/notices";
        JsonObject inReview = Api.get(notices + "/" + noticeId, clerk).json();
        assertThat(inReview.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(inReview.getString("genre")).isEqualTo("PUBLIC_NOTICE");
        Api.Reply approved = Workflow.approve(HUANGZHUANG_REVIEWER, notices, inReview);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(Api.get(LISTS + "/" + id, clerk).json().getString("noticeStatus")).isEqualTo("PUBLISHED");

        String page = Api.get("/board/" + HZ + "/notices/" + noticeId, null).body();
        assertThat(page).contains(first.id().substring(14));
        Map<String, String> publicAnswers = new LinkedHashMap<>();
        publicAnswers.put("board page", page);
        publicAnswers.put("public JSON", Api.get("/api/public/divisions/" + HZ + "/notices/" + noticeId, null).body());
        publicAnswers.put("board", Api.get("/board/" + HZ, null).body());
        publicAnswers.put("Atom feed", Api.get("/board/" + HZ + "/feed.atom", null).body());
        publicAnswers.put("kiosk page", Api.get("/kiosk/" + HZ + "/notices/" + noticeId, null).body());
        var m = java.util.regex.Pattern.compile("id=\"notice-print\" href=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        HttpResponse<byte[]> pdf = CLIENT.send(HttpRequest.newBuilder(URI.create(Api.base() + m.group(1).replace("&amp;", "&")))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile(dir, "relief", ".pdf");
        Files.write(file, pdf.body());
        publicAnswers.put("print PDF", Poppler.text(file).replaceAll("\\s+", ""));
        assertThat(publicAnswers.get("print PDF")).contains(first.id().substring(14));
        publicAnswers.forEach((what, text) -> assertNothingRaw(what, text, people));
    }

    @Test
    void a_gbk_csv_with_a_mapping_by_heading_is_imported_and_its_mapping_suggested_next_time() {
        List<Person> people = people(200, 12);
        String clerk = Tokens.of(HUANGZHUANG_CLERK);
        String mapping = "{\"户主姓名\":\"NAME\",\"2\":\"ID_NUMBER\",\"联系电话\":\"PHONE\",\"银行卡号\":\"BANK_CARD\",\"家庭住址\":\"ADDRESS\",\"致贫原因\":\"REASON\"}";
        AttachmentsIT.Raw created = upload(LISTS, clerk, Map.of("listType", "TEMPORARY_ASSISTANCE", "mapping", mapping),
                "临时救助.csv", gbkCsv(people));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().getInt("rowCount")).isEqualTo(200);
        assertThat(created.json().getJsonArray("headings").getString(1)).isEqualTo("户主姓名");
        Api.Reply preview = Api.get(LISTS + "/" + created.json().getString("id") + "/preview", clerk);
        assertNothingRaw("csv preview", preview.body(), people);
        JsonObject saved = Api.get(LISTS + "/mapping?type=TEMPORARY_ASSISTANCE", clerk).json();
        assertThat(saved.getBoolean("fromSaved")).isTrue();
        assertThat(saved.getJsonArray("types").getString(2)).isEqualTo("ID_NUMBER");

        // In the background, with progress to poll.
        AttachmentsIT.Raw job = upload(LISTS + "/imports", clerk, Map.of("listType", "TEMPORARY_ASSISTANCE"), "b.csv", gbkCsv(people));
        assertThat(job.status()).as(job.text()).isEqualTo(202);
        String jobId = job.json().getString("jobId");
        JsonObject progress = null;
        for (int i = 0; i < 120; i++) {
            progress = Api.get(LISTS + "/imports/" + jobId, clerk).json();
            if (!"RUNNING".equals(progress.getString("state"))) {
                break;
            }
            sleep();
        }
        assertThat(progress.getString("state")).as(progress.toString()).isEqualTo("DONE");
        assertThat(progress.getInt("percent")).isEqualTo(100);
        assertThat(Api.get(LISTS + "/imports/" + jobId, Tokens.of(XILI_CLERK)).status()).isIn(403, 404);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void bad_files_are_refused_in_chinese_and_create_nothing() {
        String clerk = Tokens.of(HUANGZHUANG_CLERK);
        int before = listCount(clerk);

        AttachmentsIT.Raw corrupt = upload(LISTS, clerk, Map.of("listType", "DIBAO_FIRST_REVIEW"), "坏.xlsx",
                new byte[]{0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
        assertThat(corrupt.status()).as(corrupt.text()).isEqualTo(422);
        assertThat(corrupt.json().getString("error")).isEqualTo("error.sheet.corrupt");
        assertThat(corrupt.json().getString("message")).containsPattern("\\p{IsHan}{4}");

        AttachmentsIT.Raw headerOnly = upload(LISTS, clerk, Map.of("listType", "DIBAO_FIRST_REVIEW"), "空.csv",
                (String.join(",", HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(headerOnly.status()).as(headerOnly.text()).isEqualTo(422);
        assertThat(headerOnly.json().getString("error")).isEqualTo("error.sheet.header-only");

        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        AttachmentsIT.Raw oversize = upload(LISTS, clerk, Map.of("listType", "DIBAO_FIRST_REVIEW"), "大.csv", huge);
        assertThat(oversize.status()).as(oversize.text()).isEqualTo(413);
        assertThat(oversize.json().getString("message")).contains("20 MB");

        AttachmentsIT.Raw noType = upload(LISTS, clerk, Map.of("listType", "NOPE"), "a.csv", gbkCsv(people(3, 1)));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().getString("message")).isEqualTo("不认识的名单类型“NOPE”。");

        AttachmentsIT.Raw badMapping = upload(LISTS, clerk, Map.of("listType", "DIBAO_FIRST_REVIEW", "mapping", "{\"户主姓名\":\"AMOUNT\"}"),
                "a.csv", gbkCsv(people(3, 1)));
        assertThat(badMapping.status()).isEqualTo(400);
        assertThat(badMapping.json().getString("error")).isEqualTo("error.relief.mapping-not-personal");

        assertThat(listCount(clerk)).isEqualTo(before);
    }

    @Test
    void another_villages_clerk_reaches_nothing_and_the_county_reads_only() {
        String clerk = Tokens.of(HUANGZHUANG_CLERK);
        AttachmentsIT.Raw created = upload(LISTS, clerk, Map.of("listType", "TEKUN"), "特困.csv", gbkCsv(people(5, 13)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().getString("id");
        long version = created.json().getJsonNumber("version").longValue();
        String xili = Tokens.of(XILI_CLERK);

        for (String path : List.of(LISTS, LISTS + "/" + id, LISTS + "/" + id + "/preview", LISTS + "/mapping?type=TEKUN",
                LISTS + "/deletion-records", "/api/divisions/" + HZ + "/relief-list-types",
                "/api/divisions/" + HZ + "/relief-masking-policies/TEKUN")) {
            Api.Reply r = Api.get(path, xili);
            assertThat(r.status()).as(path).isIn(403, 404);
            assertThat(r.body()).as(path).doesNotContain("特困").doesNotContain("**");
        }
        // Its own division's path does not find the list either.
        assertThat(Api.get("/api/divisions/330328101202/relief-lists/" + id, xili).status()).isEqualTo(404);
        assertThat(Api.get("/api/divisions/330328101202/relief-lists/" + id + "/preview", xili).status()).isEqualTo(404);
        Api.Reply submit = Api.post(LISTS + "/" + id + "/submit", xili, Json.createObjectBuilder().add("version", version).build());
        assertThat(submit.status()).isIn(403, 404);
        Api.Reply stolen = Api.post("/api/divisions/330328101202/relief-lists/" + id + "/submit", xili,
                Json.createObjectBuilder().add("version", version).build());
        assertThat(stolen.status()).isEqualTo(404);
        assertThat(upload(LISTS, xili, Map.of("listType", "TEKUN"), "x.csv", gbkCsv(people(2, 2))).status()).isEqualTo(403);
        Api.Reply policy = Api.put("/api/divisions/" + HZ + "/relief-masking-policies/TEKUN", xili,
                Json.createObjectBuilder().add("version", 0).add("rules", Json.createObjectBuilder().add("NAME", "FULL")).build());
        assertThat(policy.status()).isEqualTo(403);

        String county = Tokens.of(WENCHENG_SUPERVISOR);
        assertThat(Api.get(LISTS + "/" + id + "/preview", county).status()).isEqualTo(200);
        assertThat(Api.post(LISTS + "/" + id + "/submit", county, Json.createObjectBuilder().add("version", version).build()).status())
                .isEqualTo(403);
    }

    @Test
    void a_tenant_admin_sets_a_policy_above_the_floor_only() {
        String admin = Tokens.of(WENCHENG_ADMIN);
        String path = "/api/divisions/330328/relief-masking-policies/DIBAO_APPROVED";
        JsonObject current = Api.get(path, admin).json();
        long version = current.getJsonNumber("version").longValue();
        Api.Reply below = Api.put(path, admin, Json.createObjectBuilder().add("version", version)
                .add("rules", Json.createObjectBuilder().add("ID_NUMBER", "FULL")).build());
        assertThat(below.status()).isEqualTo(400);
        assertThat(below.json().getString("message")).contains("最多显示后四位");
        Api.Reply changed = Api.put(path, admin, Json.createObjectBuilder().add("version", version)
                .add("rules", Json.createObjectBuilder().add("PHONE", "REMOVED")).build());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getJsonObject("rules").getString("PHONE")).isEqualTo("REMOVED");
        assertThat(Api.put("/api/divisions/" + HZ + "/relief-masking-policies/DIBAO_APPROVED", Tokens.of(HUANGZHUANG_CLERK),
                Json.createObjectBuilder().add("version", 0).add("rules", Json.createObjectBuilder()).build()).status()).isEqualTo(403);
        JsonArray types = Json.createReader(new java.io.StringReader(Api.get("/api/divisions/" + HZ + "/relief-list-types",
                Tokens.of(HUANGZHUANG_CLERK)).body())).readArray();
        assertThat(types.getJsonObject(0).getString("catalogItemKey")).isEqualTo("social-assistance.dibao");
        assertThat(Api.get(LISTS + "/deletion-records", Tokens.of(HUANGZHUANG_CLERK)).status()).isEqualTo(200);
    }

    /** Imports {@code people} as a first-review list of {@code village} and has it reviewed and published; the notice's id. */
    private static String published(String village, org.gongshi.tenancy.keycloak.DemoAccount clerkAccount,
                                    org.gongshi.tenancy.keycloak.DemoAccount reviewer, List<Person> people) {
        String clerk = Tokens.of(clerkAccount);
        String lists = "/api/divisions/" + village + "/relief-lists";
        AttachmentsIT.Raw created = upload(lists, clerk, Map.of("listType", "DIBAO_FIRST_REVIEW"), "低保初审名单.xlsx", xlsx(people));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject list = created.json();
        Api.Reply submitted = Api.post(lists + "/" + list.getString("id") + "/submit", clerk,
                Json.createObjectBuilder().add("version", list.getJsonNumber("version").longValue()).build());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        String noticeId = submitted.json().getString("noticeId");
        String notices = "/api/divisions/" + village + "/notices";
        Api.Reply approved = Workflow.approve(reviewer, notices, Api.get(notices + "/" + noticeId, clerk).json());
        assertThat(approved.json().getString("status")).as(approved.body()).isEqualTo("PUBLISHED");
        return noticeId;
    }

    private static Map<String, String> question(String id, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("idNumber", id);
        fields.put("name", name);
        return fields;
    }

    private static String questionJson(String id, String name) {
        return Json.createObjectBuilder().add("idNumber", id).add("name", name).build().toString();
    }

    @Test
    void a_resident_learns_on_the_board_at_the_kiosk_and_by_json_whether_they_are_on_a_list_now_on_notice_and_nothing_else() {
        List<Person> huangzhuang = people(8, 21);
        List<Person> xili = people(4, 22);
        String hzNotice = published(HZ, HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, huangzhuang);
        String xlNotice = published(XL, XILI_CLERK, XILI_REVIEWER, xili);
        Person on = huangzhuang.get(3);
        Person neighbour = xili.get(1);
        String spaced = on.id().substring(0, 6) + " " + on.id().substring(6, 14) + " " + on.id().substring(14);

        // The board: a link on its page, the form, the answer naming the list and linking its notice.
        Resident resident = new Resident(61);
        assertThat(resident.page("/board/" + HZ).select("#board-self-check").attr("href")).endsWith("/board/" + HZ + "/self-check");
        Api.Reply form = resident.get("/board/" + HZ + "/self-check");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Jsoup.parse(form.body()).select("form").attr("method")).isEqualTo("post");
        Api.Reply yes = resident.post("/board/" + HZ + "/self-check", question(spaced, on.name()));
        assertThat(yes.status()).as(yes.body()).isEqualTo(200);
        assertThat(yes.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document answer = Jsoup.parse(yes.body());
        assertThat(answer.select("#self-check-result").attr("data-on-list")).isEqualTo("true");
        assertThat(answer.select("#self-check-lists a").attr("href")).endsWith("/board/" + HZ + "/notices/" + hzNotice);
        assertThat(answer.select("#self-check-lists").text()).contains("低保初审对象名单").contains("公示期：");
        assertNothingRaw("self-check answer", yes.body(), huangzhuang);
        assertThat(yes.body()).doesNotContain(on.id().substring(14)).doesNotContain(spaced);

        // Somebody else's ID with this name, or this ID with another surname: not on a list, and nothing about anybody.
        Api.Reply otherId = resident.post("/board/" + HZ + "/self-check", question(huangzhuang.get(4).id(), on.name()));
        Api.Reply otherName = resident.post("/board/" + HZ + "/self-check", question(on.id(), "欧阳" + on.name().substring(1)));
        for (Api.Reply no : List.of(otherId, otherName)) {
            assertThat(no.status()).isEqualTo(200);
            assertThat(Jsoup.parse(no.body()).select("#self-check-result").attr("data-on-list")).isEqualTo("false");
            assertThat(Jsoup.parse(no.body()).select("#self-check-answer").text()).contains("没有查到");
            assertNothingRaw("self-check answer (no)", no.body(), huangzhuang);
        }

        // A person on the neighbouring village's list is on no list of this village, and the other way round.
        Resident elsewhere = new Resident(62);
        Api.Reply notHere = elsewhere.send(elsewhere.json("/api/public/divisions/" + HZ + "/relief-self-check",
                questionJson(neighbour.id(), neighbour.name()), null));
        assertThat(notHere.status()).as(notHere.body()).isEqualTo(200);
        assertThat(notHere.json().getBoolean("onList")).isFalse();
        assertThat(notHere.json().getJsonArray("lists")).isEmpty();
        Api.Reply there = elsewhere.send(elsewhere.json("/api/public/divisions/" + XL + "/relief-self-check",
                questionJson(neighbour.id(), neighbour.name()), null));
        assertThat(there.json().getBoolean("onList")).as(there.body()).isTrue();
        assertThat(there.json().getJsonArray("lists").getJsonObject(0).getString("noticeId")).isEqualTo(xlNotice);
        assertThat(there.json().getJsonArray("lists").getJsonObject(0).getString("type")).isEqualTo("DIBAO_FIRST_REVIEW");
        assertThat(there.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        Api.Reply hzAtXl = elsewhere.send(elsewhere.json("/api/public/divisions/" + XL + "/relief-self-check",
                questionJson(on.id(), on.name()), null));
        assertThat(hzAtXl.json().getBoolean("onList")).isFalse();

        // A mistyped number is named in Chinese and costs nothing; a page of another site is refused.
        String mistyped = on.id().substring(0, 17) + (on.id().charAt(17) == '1' ? '2' : '1');
        Api.Reply bad = elsewhere.send(elsewhere.json("/api/public/divisions/" + HZ + "/relief-self-check",
                questionJson(mistyped, on.name()), null));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("message")).contains("校验码").doesNotContain(mistyped);
        Api.Reply badForm = elsewhere.post("/board/" + HZ + "/self-check", question(mistyped, on.name()));
        assertThat(badForm.status()).isEqualTo(400);
        assertThat(Jsoup.parse(badForm.body()).select("#self-check-id").attr("value")).isEmpty();
        assertThat(badForm.body()).doesNotContain(mistyped);
        Api.Reply crossSite = elsewhere.postFrom("https://evil.example", "/board/" + HZ + "/self-check", question(on.id(), on.name()));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.body()).doesNotContain("data-on-list");
        assertThat(elsewhere.send(elsewhere.json("/api/public/divisions/" + HZ + "/relief-self-check",
                questionJson(on.id(), on.name()), null).header("Origin", "https://evil.example")).status()).isEqualTo(403);

        // The kiosk: its own tile, form and answer, linking the kiosk's notice.
        Resident kiosk = new Resident(63);
        assertThat(kiosk.page("/kiosk/" + HZ + "/").select("#kiosk-self-check").attr("href")).endsWith("/kiosk/" + HZ + "/self-check");
        Api.Reply atKiosk = kiosk.post("/kiosk/" + HZ + "/self-check", question(on.id(), on.name()));
        assertThat(atKiosk.status()).as(atKiosk.body()).isEqualTo(200);
        assertThat(atKiosk.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Jsoup.parse(atKiosk.body()).select("#self-check-lists a").attr("href")).endsWith("/kiosk/" + HZ + "/notices/" + hzNotice);
        assertNothingRaw("kiosk self-check answer", atKiosk.body(), huangzhuang);
    }

    @Test
    void one_address_asks_the_self_check_at_most_five_times_in_ten_minutes() {
        Person someone = people(1, 23).getFirst();
        Resident resident = new Resident(64);
        for (int i = 0; i < 5; i++) {
            Api.Reply asked = resident.post("/board/" + XL + "/self-check", question(someone.id(), someone.name()));
            assertThat(asked.status()).as("question %d: %s", i + 1, asked.body()).isEqualTo(200);
        }
        Api.Reply limited = resident.post("/kiosk/" + XL + "/self-check", question(someone.id(), someone.name()));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(Jsoup.parse(limited.body()).select(".refusal").text()).matches("查询次数过多，请\\d+分钟后再试。");
        Api.Reply json = resident.send(resident.json("/api/public/divisions/" + XL + "/relief-self-check",
                questionJson(someone.id(), someone.name()), null));
        assertThat(json.status()).isEqualTo(429);
        assertThat(json.json().getString("message")).startsWith("查询次数过多");
        assertThat(json.headers().firstValue("Retry-After")).isPresent();
        // Another address asks as usual.
        Resident neighbour = new Resident(65);
        assertThat(neighbour.post("/board/" + XL + "/self-check", question(someone.id(), someone.name())).status()).isEqualTo(200);
    }
}
