package org.gongshi.oversight;

import org.gongshi.tenancy.DivisionLevel;

import java.util.List;

/** One tenant's score (0–100), colour and the deductions that explain it. */
public record TenantCompliance(String divisionCode, String name, DivisionLevel level, String parentCode,
                               int score, Colour colour, List<Deduction> deductions) {

    public TenantCompliance {
        deductions = List.copyOf(deductions);
    }

    /** The count of findings of one factor (0 when not assessed). */
    public int count(Factor factor) {
        return deductions.stream().filter(d -> d.factor() == factor).mapToInt(Deduction::count).sum();
    }
}
