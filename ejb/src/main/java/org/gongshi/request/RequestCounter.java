package org.gongshi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.gongshi.tenancy.DivisionCode;

/**
 * The running number behind receipt numbers: one counter per division and year, taken under a row
 * lock so two requests never get the same number.
 */
@Entity
@Table(name = "REQUEST_COUNTER")
@AdditionalCriteria("this.divisionCode LIKE :tenantScope")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class RequestCounter {

    /** Division code and year, e.g. {@code 330328101-2026}. */
    @Id
    @Column(name = "COUNTER_KEY", length = 20, nullable = false, updatable = false)
    private String key;

    @Column(name = "DIVISION_CODE", length = 12, nullable = false, updatable = false)
    private String divisionCode;

    @Column(name = "LAST_VALUE", nullable = false)
    private int lastValue;

    protected RequestCounter() {
        // for JPA
    }

    RequestCounter(DivisionCode division, int year) {
        this.key = key(division, year);
        this.divisionCode = division.value();
    }

    static String key(DivisionCode division, int year) {
        return division.value() + "-" + year;
    }

    /** The next receipt number, e.g. {@code 330328101-2026-0001}. */
    String next() {
        lastValue++;
        return "%s-%04d".formatted(key, lastValue);
    }
}
