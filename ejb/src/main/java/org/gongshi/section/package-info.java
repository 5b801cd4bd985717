/**
 * Board sections (栏目) of each division's disclosure board: a default set by level, drawn from the
 * standard catalog domains, which a tenant administrator renames, reorders, extends and hides. Owns
 * the BOARD_SECTION table. Depends on {@code access}, {@code audit} and {@code shared}; the notice
 * capability depends on this one (a notice's section must be one of its division's keys), never the
 * other way round.
 */
package org.gongshi.section;
