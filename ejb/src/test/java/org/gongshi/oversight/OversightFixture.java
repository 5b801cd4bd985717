package org.gongshi.oversight;

import org.gongshi.access.TestDatabase;
import org.gongshi.audit.AuditTrail;
import org.gongshi.document.CjkFont;
import org.gongshi.document.DocumentRenderer;
import org.gongshi.shared.Ids;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Oversight on the real mappings and migrations: rows of what was published and handled are written
 * straight into the tables (as the other capabilities leave them), and the desk runs on a fixed day.
 */
final class OversightFixture implements AutoCloseable {

    static final DivisionCode WENCHENG = DivisionCode.of("330328");
    static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    static final DivisionCode XILI = DivisionCode.of("330328101202");
    static final DivisionCode FENGHUA = DivisionCode.of("330213");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DocumentRenderer DOCUMENTS = DocumentRenderer.withFont(CjkFont.find(CjkFont.candidates(Optional.empty())));

    static final StaffIdentity COUNTY = new StaffIdentity("wc-county", "赵国华", WENCHENG, Set.of(StaffRole.COUNTY_SUPERVISOR));
    static final StaffIdentity TOWN_CLERK = new StaffIdentity("wc-bzj-clerk", "刘芳", BAIZHANGJI, Set.of(StaffRole.CLERK));
    static final StaffIdentity VILLAGE_CLERK = new StaffIdentity("wc-hz-clerk", "张晓梅", HUANGZHUANG, Set.of(StaffRole.CLERK));
    static final StaffIdentity VILLAGE_REVIEWER = new StaffIdentity("wc-hz-reviewer", "李建国", HUANGZHUANG, Set.of(StaffRole.REVIEWER));

    final TestDatabase db = new TestDatabase();

    static Clock clock(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZoneId.of("UTC"));
    }

    static OversightDesk desk(LocalDate today, CatalogFactor catalog) {
        return new OversightDesk(new AuditTrail(), clock(today), DOCUMENTS, catalog, DivisionDirectory.seed());
    }

    ComplianceReport compliance(TenantScope scope, LocalDate asOf, CatalogFactor catalog) {
        return db.inTransaction(scope, em -> desk(asOf, catalog).compliance(em, scope, asOf));
    }

    ComplianceReport compliance(TenantScope scope, LocalDate asOf) {
        return compliance(scope, asOf, CatalogFactor.NOT_CONNECTED);
    }

    /** A proactive notice published under {@code section} on {@code day}. */
    String published(DivisionCode division, String section, LocalDate day) {
        return notice(division, "PUBLISHED", section, "PROACTIVE", null, day);
    }

    /** A withheld document to re-review on {@code rereviewOn}. */
    String withheld(DivisionCode division, LocalDate rereviewOn) {
        return notice(division, "DRAFT", null, "WITHHELD", rereviewOn, null);
    }

    private String notice(DivisionCode division, String status, String section, String disclosure,
                          LocalDate rereviewOn, LocalDate publishedOn) {
        String id = Ids.newId();
        Timestamp now = Timestamp.from(LocalDate.of(2026, 1, 1).atStartOfDay(ZONE).toInstant());
        sql("INSERT INTO NOTICE (ID, DIVISION_CODE, VERSION, TITLE, BODY, STATUS, CREATED_BY, CREATED_AT, UPDATED_BY,"
                        + " UPDATED_AT, SECTION, DISCLOSURE, WITHHOLDING_REASON, REREVIEW_ON, PUBLISHED_AT)"
                        + " VALUES (?, ?, 1, ?, '正文', ?, 'test', ?, 'test', ?, ?, ?, ?, ?, ?)",
                id, division.value(), "测试公告" + id.substring(30), status, now, now, section, disclosure,
                rereviewOn == null ? null : "PROHIBITED_BY_LAW", rereviewOn == null ? null : Date.valueOf(rereviewOn),
                publishedOn == null ? null : Timestamp.from(publishedOn.atTime(9, 0).atZone(ZONE).toInstant()));
        return id;
    }

    /** A request in {@code state} whose reply is due on {@code dueOn}. */
    String request(DivisionCode division, String state, LocalDate dueOn) {
        String id = Ids.newId();
        Timestamp now = Timestamp.from(LocalDate.of(2026, 1, 1).atStartOfDay(ZONE).toInstant());
        sql("INSERT INTO DISCLOSURE_REQUEST (ID, DIVISION_CODE, VERSION, RECEIPT_NUMBER, CHANNEL, RECEIVED_ON,"
                        + " APPLICANT_TYPE, APPLICANT_NAME, APPLICANT_CONTACT, DESCRIPTION, STATE, ACCESS_CODE_SALT,"
                        + " ACCESS_CODE_HASH, PAUSED_WORKING_DAYS, EXTENSION_DAYS, DUE_ON, DUE_PROVISIONAL, CREATED_AT,"
                        + " CREATED_BY, UPDATED_AT, APPLICANT_KEY)"
                        + " VALUES (?, ?, 1, ?, 'IN_PERSON', ?, 'NATURAL_PERSON', '王小明', '13800000000', '道路工程招标文件',"
                        + " ?, 'salt', 'hash', 0, 0, ?, FALSE, ?, 'test', ?, 'key')",
                id, division.value(), division.value() + "-2026-" + id.substring(28), Date.valueOf(dueOn.minusDays(28)),
                state, Date.valueOf(dueOn), now, now);
        return id;
    }

    /** A stored board section (the board was changed by an administrator). */
    void section(DivisionCode division, String key, String name, int position, boolean hidden) {
        sql("INSERT INTO BOARD_SECTION (ID, DIVISION_CODE, SECTION_KEY, NAME, SORT_POSITION, HIDDEN, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1)", Ids.newId(), division.value(), key, name, position, hidden);
    }

    void sql(String statement, Object... values) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
