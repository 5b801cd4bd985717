package org.gongshi.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongshi.shared.Ids;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One day of a holiday schedule an administrator loaded: a day off or a make-up working day.
 * National data, deliberately without a tenant criterion: it is reached only through an entity
 * manager of {@code TenantData.openNational()}, which cannot query tenant entities at all.
 */
@Entity
@Table(name = "HOLIDAY_DAY")
public class HolidayDay {

    public enum Kind { HOLIDAY, MAKE_UP_WORKDAY }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "HOLIDAY_DATE", nullable = false, updatable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "NAME", length = 40, nullable = false, updatable = false)
    private String name;

    @Column(name = "HOLIDAY_YEAR", nullable = false, updatable = false)
    private int year;

    @Column(name = "LOADED_BY", length = 100, nullable = false, updatable = false)
    private String loadedBy;

    @Column(name = "LOADED_AT", nullable = false, updatable = false)
    private Instant loadedAt;

    protected HolidayDay() {
        // for JPA
    }

    HolidayDay(LocalDate date, Kind kind, String name, String loadedBy, Instant loadedAt) {
        this.id = Ids.newId();
        this.date = date;
        this.kind = kind;
        this.name = name.length() > 40 ? name.substring(0, 40) : name;
        this.year = date.getYear();
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
    }

    public LocalDate date() {
        return date;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public String loadedBy() {
        return loadedBy;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
