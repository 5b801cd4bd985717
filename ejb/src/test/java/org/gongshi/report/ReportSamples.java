package org.gongshi.report;

import org.gongshi.access.TestDatabase;
import org.gongshi.audit.AuditTrail;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Named divisions of 文成县 from the seed data, the desk on a fixed day, and transactions on a test database. */
final class ReportSamples {

    static final DivisionCode WENCHENG = DivisionCode.of("330328");
    static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");

    private ReportSamples() {
    }

    static ReportDesk desk(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("UTC"));
        return new ReportDesk(new AuditTrail(), clock);
    }

    static <T> T in(TestDatabase db, TenantScope scope, Function<jakarta.persistence.EntityManager, T> work) {
        return db.inTransaction(scope, work);
    }

    /** The first {@code n} towns and villages of 文成县, in code order. */
    static List<DivisionCode> wenchengDivisions(int n) {
        List<DivisionCode> out = new ArrayList<>();
        collect(DivisionDirectory.seed(), WENCHENG, out, n);
        return out;
    }

    private static void collect(DivisionDirectory dir, DivisionCode code, List<DivisionCode> out, int n) {
        for (Division child : dir.children(code)) {
            if (out.size() >= n) {
                return;
            }
            out.add(child.code());
            collect(dir, child.code(), out, n);
        }
    }
}
