package org.gongshi.relief;

import jakarta.persistence.EntityManager;
import org.gongshi.access.TestDatabase;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.HolidaySchedule;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.privacy.FieldType;
import org.gongshi.sheet.SheetLimits;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BiFunction;

/** Relief lists on the real mappings and migrations, a desk on a fixed day, one use case per transaction. */
final class ReliefFixture implements AutoCloseable {

    static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    static final DivisionCode NEIGHBOUR = DivisionCode.of("330328101201");
    static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    static final WorkingDays DAYS = new WorkingDays(HolidaySchedule.bundled());
    static final SecretSealing SEALING = new SecretSealing(SecretSealing.developmentKey());

    final TestDatabase db = new TestDatabase();

    static ReliefDesk desk(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("UTC"));
        return new ReliefDesk(new AuditTrail(), DAYS, clock, SEALING);
    }

    <T> T in(DivisionCode division, LocalDate today, BiFunction<ReliefDesk, EntityManager, T> work) {
        return db.inTransaction(TenantScope.own(division), em -> work.apply(desk(today), em));
    }

    <T> java.util.List<T> listIn(DivisionCode division, LocalDate today,
                                 BiFunction<ReliefDesk, EntityManager, java.util.List<T>> work) {
        return in(division, today, work);
    }

    ReliefListView imported(DivisionCode division, LocalDate on, ReliefListType type, String fileName, byte[] file,
                            Map<String, FieldType> mapping) {
        return in(division, on, (d, em) -> d.importList(em, division, type, null, fileName, new ByteArrayInputStream(file),
                file.length, mapping, SheetLimits.defaults(), "wc-hz-clerk", p -> { }));
    }

    @Override
    public void close() {
        db.close();
    }
}
