/**
 * Relief and poverty lists (issue #5): 低保, 特困, 临时救助 and 医疗救助 lists, registered poor and
 * out-of-poverty households, poverty fund and project lists. Owns the list types and their legal
 * rules ({@link org.gongshi.relief.ReliefListType}), the import of a clerk's spreadsheet with every
 * row masked as it is read (only masked values and a keyed hash of the ID number are ever stored —
 * never the file, never a raw value), the per-tenant masking policies, column mappings and hash
 * secrets, the submission of a list as a notice (through the notices' own review, personal-data gate
 * and publication), retention with deletion records (PIPL Art. 47), and the residents' self-check.
 * <p>
 * Depends on {@code privacy}, {@code sheet}, {@code notice}, {@code calendar}, {@code access},
 * {@code audit} and {@code shared}. Must not be depended on by {@code notice} or {@code privacy}; it
 * never publishes anything itself and never bypasses the notice review or gate.
 */
package org.gongshi.relief;
