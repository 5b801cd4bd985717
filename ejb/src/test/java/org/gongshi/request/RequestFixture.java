package org.gongshi.request;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.HolidaySchedule;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.document.CjkFont;
import org.gongshi.document.DocumentRenderer;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Requests on the real mappings and migrations (H2, or PostgreSQL with GONGSHI_DB_URL): named
 * divisions and staff from the seed data, the desk on a fixed day, and one use case per transaction,
 * rolled back when it refuses (as the container does).
 */
final class RequestFixture implements AutoCloseable {

    static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    static final DivisionCode WENCHENG = DivisionCode.of("330328");
    static final WorkingDays DAYS = new WorkingDays(HolidaySchedule.bundled());
    /** The real writers, with the machine's CJK font (as on the server). */
    static final DocumentRenderer LETTERS = DocumentRenderer.withFont(CjkFont.find(CjkFont.candidates(Optional.empty())));
    static final StaffIdentity TOWN_CLERK = new StaffIdentity("wc-bzj-clerk", "刘芳", BAIZHANGJI, Set.of(StaffRole.CLERK));
    static final StaffIdentity TOWN_HEAD = new StaffIdentity("wc-bzj-head", "郑卫东", BAIZHANGJI,
            Set.of(StaffRole.REQUEST_OFFICER, StaffRole.DISCLOSURE_HEAD));
    static final StaffIdentity VILLAGE_CLERK = new StaffIdentity("wc-hz-clerk", "张晓梅", HUANGZHUANG, Set.of(StaffRole.CLERK));
    static final StaffIdentity COUNTY = new StaffIdentity("wc-county", "赵国华", WENCHENG, Set.of(StaffRole.COUNTY_SUPERVISOR));
    static final Application APPLICATION = new Application(
            ApplicantType.NATURAL_PERSON, "王小明", "13800000000", "2026年百丈漈镇道路硬化工程的招标文件");

    final TestDatabase db = new TestDatabase();

    static RequestDesk desk(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("UTC"));
        return new RequestDesk(new AuditTrail(), DAYS, clock, LETTERS);
    }

    /** One use case in its own transaction, rolled back when it refuses. */
    <T> T in(TenantScope scope, Function<EntityManager, T> work) {
        return db.inTransaction(scope, work);
    }

    /** A use case of the town's clerk on {@code today}. */
    <T> T asTown(LocalDate today, BiFunction<RequestDesk, EntityManager, T> work) {
        return in(RequestDesk.handlerScope(TOWN_CLERK, BAIZHANGJI), em -> work.apply(desk(today), em));
    }

    Intake registered(LocalDate on) {
        return registered(on, APPLICATION);
    }

    Intake registered(LocalDate on, Application application) {
        return asTown(on, (d, em) -> d.register(em, BAIZHANGJI, RequestChannel.IN_PERSON, on, application, "wc-bzj-clerk"));
    }

    @Override
    public void close() {
        db.close();
    }
}
