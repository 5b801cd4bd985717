package org.gongshi.section;

import org.gongshi.tenancy.DivisionCode;

/** A division's board sections were added, renamed, moved, hidden or shown. Fired inside the change's transaction. */
public record SectionsChanged(DivisionCode division) {
}
